package se.finsam.samverkansbot.meetings;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The konsultationsteam meetings: when their notices go out and how far ahead they are
 * planned.
 *
 * @param agendaTime local time (Europe/Stockholm) on the deadline day at which the agenda
 * closes and goes to the team's channel
 * @param reminderTime local time on the meeting's day at which the morning reminder goes
 * out (at the meeting's start if that is earlier)
 * @param horizon how far ahead a series' meetings are planned, so that cases can be
 * queued on them and the plan shows them
 * @param queueLimit how far ahead a case may be queued when the next meetings are full;
 * beyond it the request is refused
 * @param sweepInterval how often the scheduler looks for agendas and reminders that are
 * due
 * @param sweepPageSize meetings handled per page of a sweep, which bounds its memory
 * @param planShown meetings shown at most by {@code möten}
 * @param calendarOrganizer the e-mail address named as organiser in calendar invitations
 * (the förbund's functional mailbox); calendar programs want one
 * @param calendarDomain the domain in the invitations' UIDs; keep it once invitations
 * have gone out, or calendars see new events
 */
@ConfigurationProperties("samverkansbot.meetings")
public record MeetingProperties(@DefaultValue("12:00") LocalTime agendaTime,
        @DefaultValue("08:00") LocalTime reminderTime, @DefaultValue("P6M") Period horizon,
        @DefaultValue("P1Y") Period queueLimit, @DefaultValue("1m") Duration sweepInterval,
        @DefaultValue("200") int sweepPageSize, @DefaultValue("8") int planShown,
        @DefaultValue("samverkansbot@example.se") String calendarOrganizer,
        @DefaultValue("samverkansbot.finsam.se") String calendarDomain) {

    public MeetingProperties {
        if (sweepPageSize < 1 || planShown < 1 || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("samverkansbot.meetings: sizes and the horizon must be positive");
        }
    }

}
