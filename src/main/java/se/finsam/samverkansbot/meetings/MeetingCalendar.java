package se.finsam.samverkansbot.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Calendar invitations (RFC 5545, written by ical4j) for a meeting, so that notices land
 * in Outlook: the whole meeting for the team, only their slot for a handläggare. Each has
 * a UID that stays the same for the occurrence (its series and the date the rhythm
 * gives), a SEQUENCE raised on every change, the Europe/Stockholm VTIMEZONE, and
 * METHOD:CANCEL when the meeting (or the handläggare's item) is off.
 */
@Service
public class MeetingCalendar {

    private static final String STOCKHOLM = "Europe/Stockholm";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final MessageSource messages;

    private final MeetingProperties properties;

    private final Clock clock;

    MeetingCalendar(MessageSource messages, MeetingProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The whole meeting, for the team; a cancellation when it is cancelled. */
    public Invitation forTeam(MeetingView meeting) {
        boolean cancel = meeting.cancelled();
        String summary = meeting.teamName() == null ? text("meetings.ics.summary")
                : text("meetings.ics.summary.team", meeting.teamName());
        StringBuilder description = new StringBuilder(
                cancel ? text("meetings.ics.cancelled") : text("meetings.ics.description", meeting.items().size()));
        appendJoin(description, meeting);
        VEvent event = event(uid(meeting, null), meeting.sequence(), meeting.start(), meeting.end(), summary,
                description.toString(), meeting, cancel);
        return write(event, cancel, fileName(meeting, null));
    }

    /**
     * Only the handläggare's slot; a cancellation when the meeting is cancelled or the
     * item is no longer on it ({@code itemOff}).
     */
    public Invitation forCaseworker(MeetingView meeting, AgendaItemView item, boolean itemOff) {
        boolean cancel = meeting.cancelled() || itemOff;
        ZonedDateTime start = meeting.start().with(item.slotStart());
        ZonedDateTime end = meeting.start().with(item.slotEnd());
        StringBuilder description = new StringBuilder(
                cancel ? text("meetings.ics.cancelled.slot") : text("meetings.ics.description.slot", item.reference(),
                        TIME.format(item.slotStart()), TIME.format(item.slotEnd())));
        appendJoin(description, meeting);
        VEvent event = event(uid(meeting, item), meeting.sequence() + item.revision(), start, end,
                text("meetings.ics.summary.slot", item.reference()), description.toString(), meeting, cancel);
        return write(event, cancel, fileName(meeting, item));
    }

    private VEvent event(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
            String description, MeetingView meeting, boolean cancel) {
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid));
        event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Sequence(sequence));
        event.add(new Organizer(URI.create("mailto:" + properties.calendarOrganizer())));
        event.add(new Description(description));
        if (meeting.place() != null) {
            event.add(new Location(meeting.place()));
        }
        else if (meeting.onlineLink() != null) {
            event.add(new Location(meeting.onlineLink()));
        }
        if (meeting.onlineLink() != null) {
            event.add(new Url(URI.create(meeting.onlineLink())));
        }
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }

    private Invitation write(VEvent event, boolean cancel, String fileName) {
        VTimeZone zone = stockholm();
        // PUBLISH, not REQUEST: the bot knows no attendee's address, and iTIP requires
        // attendees in a REQUEST; calendars import a published event the same way.
        String method = cancel ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH;
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Samverkansboten//Konsultationsteam//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(zone);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        }
        catch (IOException | ValidationException e) {
            throw new IllegalStateException("Calendar invitation could not be written", e);
        }
        return new Invitation(fileName, method, out.toString());
    }

    /**
     * The VTIMEZONE of Europe/Stockholm. The tz database made Stockholm an alias of
     * Europe/Berlin (same rules since 1980), so ical4j's registry answers with Berlin's
     * definition; calendars match VTIMEZONE to DTSTART by TZID, so it is renamed.
     */
    private VTimeZone stockholm() {
        VTimeZone zone = registry.getTimeZone(STOCKHOLM).getVTimeZone().copy();
        zone.replace(new TzId(STOCKHOLM));
        return zone;
    }

    private void appendJoin(StringBuilder description, MeetingView meeting) {
        if (meeting.onlineLink() != null) {
            description.append('\n').append(text("meetings.ics.join", meeting.onlineLink()));
        }
    }

    private String uid(MeetingView meeting, AgendaItemView item) {
        String occurrence = "meeting-" + meeting.id();
        return (item == null ? occurrence : occurrence + "-item-" + item.id()) + "@" + properties.calendarDomain();
    }

    private static String fileName(MeetingView meeting, AgendaItemView item) {
        return "konsultationsteam-" + meeting.date() + (item == null ? "" : "-" + item.number()) + ".ics";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }

}
