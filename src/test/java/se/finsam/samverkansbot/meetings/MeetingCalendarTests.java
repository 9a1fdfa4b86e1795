package se.finsam.samverkansbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.finsam.samverkansbot.core.UserId;

/**
 * The invitations land in calendar programs: ical4j and biweekly (a second, independent
 * parser) read the same event at the same instant, with the Europe/Stockholm VTIMEZONE, a
 * UID that stays when the meeting moves, a SEQUENCE that rises, and METHOD:CANCEL when it
 * is cancelled. A handläggare's invitation covers only their slot.
 */
class MeetingCalendarTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final MeetingCalendar calendar = new MeetingCalendar(messages(),
            new MeetingProperties(LocalTime.NOON, LocalTime.of(8, 0), Period.ofMonths(6), Period.ofYears(1),
                    Duration.ofMinutes(1), 200, 8, "konsultationsteam@forbundet.example.se", "samverkansbot.test"),
            Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), STOCKHOLM));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/meetings");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    // Tuesday 30 March 2027, the first week of summer time: 13:00 is 11:00 UTC.
    private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 30, 13, 0, 0, 0, STOCKHOLM);

    private static final AgendaItemView ITEM = new AgendaItemView(7, 3, 42, "KT-2027-0042", "Osby", List.of("RULES"),
            "Hur tolkar vi avslaget?", UserId.of("aad-anna"), "tenant", true, ItemSource.CASEWORKER, 2,
            LocalTime.of(13, 20), LocalTime.of(13, 40), 0);

    private static MeetingView meeting(ZonedDateTime start, MeetingStatus status, int sequence) {
        return new MeetingView(3, "team-1", "channel-1", "Konsultationsteam Nordost", LocalDate.of(2027, 3, 30), start,
                start.plusMinutes(120), "Rum Kullen, kommunhuset", "https://teams.microsoft.com/l/meetup-join/abc",
                status, null, null, sequence, start.minusDays(5).toInstant(), true, 5, 20, List.of(ITEM));
    }

    @Test
    void theTeamsInvitationReadsTheSameInBothParsers() throws Exception {
        Invitation invitation = calendar.forTeam(meeting(START, MeetingStatus.PLANNED, 0));

        Calendar parsed = new CalendarBuilder().build(new StringReader(invitation.content()));
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(parsed.getComponents("VTIMEZONE")).singleElement()
            .satisfies((zone) -> assertThat(((VTimeZone) zone).getProperty(Property.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Stockholm"));
        net.fortuna.ical4j.model.component.VEvent event = (net.fortuna.ical4j.model.component.VEvent) parsed
            .getComponents("VEVENT")
            .get(0);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
            .isEqualTo("Europe/Stockholm");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-3@samverkansbot.test");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Rum Kullen, kommunhuset");
        assertThat(invitation.content()).contains("DTSTART;TZID=Europe/Stockholm:20270330T130000");
        assertThat(parsed.validate().hasErrors()).as("RFC 5545 and iTIP").isFalse();
        assertThat(invitation.content()).containsOnlyOnce("DTSTAMP");

        ICalendar other = Biweekly.parse(invitation.content()).first();
        assertThat(other.getMethod().getValue()).isEqualTo("PUBLISH");
        VEvent otherEvent = other.getEvents().get(0);
        assertThat(otherEvent.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-30T11:00:00Z"));
        assertThat(otherEvent.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-30T13:00:00Z"));
        assertThat(otherEvent.getUid().getValue()).isEqualTo("meeting-3@samverkansbot.test");
        assertThat(otherEvent.getSequence().getValue()).isZero();
        assertThat(otherEvent.getUrl().getValue()).isEqualTo("https://teams.microsoft.com/l/meetup-join/abc");
        assertThat(otherEvent.getSummary().getValue())
            .isEqualTo("Konsultationsteamets möte – Konsultationsteam Nordost");
        assertThat(otherEvent.getOrganizer().getEmail()).isEqualTo("konsultationsteam@forbundet.example.se");
    }

    @Test
    void aMovedMeetingKeepsItsUidWithAHigherSequenceAndACancelledOneIsACancel() {
        ZonedDateTime later = START.plusDays(1).withHour(9);
        ICalendar moved = Biweekly.parse(calendar.forTeam(meeting(later, MeetingStatus.PLANNED, 1)).content()).first();
        Invitation cancel = calendar.forTeam(meeting(later, MeetingStatus.CANCELLED, 2));
        ICalendar cancelled = Biweekly.parse(cancel.content()).first();

        assertThat(moved.getEvents().get(0).getUid().getValue()).isEqualTo("meeting-3@samverkansbot.test");
        assertThat(moved.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getEvents().get(0).getDateStart().getValue().toInstant())
            .isEqualTo(Instant.parse("2027-03-31T07:00:00Z"));
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.contentType()).contains("method=CANCEL");
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().get(0).getUid().getValue()).isEqualTo("meeting-3@samverkansbot.test");
        assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
        assertThat(cancelled.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aCaseworkersInvitationCoversOnlyTheirSlot() throws Exception {
        Invitation invitation = calendar.forCaseworker(meeting(START, MeetingStatus.PLANNED, 1), ITEM, false);

        new CalendarBuilder().build(new StringReader(invitation.content())).validate();
        VEvent event = Biweekly.parse(invitation.content()).first().getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-30T11:20:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-30T11:40:00Z"));
        assertThat(event.getUid().getValue()).isEqualTo("meeting-3-item-7@samverkansbot.test");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getSummary().getValue()).contains("KT-2027-0042");
        assertThat(invitation.content()).as("the case's question stays out of calendars").doesNotContain("avslaget");
        assertThat(invitation.fileName()).isEqualTo("konsultationsteam-2027-03-30-2.ics");

        Invitation off = calendar.forCaseworker(meeting(START, MeetingStatus.PLANNED, 1), ITEM, true);
        assertThat(Biweekly.parse(off.content()).first().getMethod().getValue()).isEqualTo("CANCEL");
    }

}
