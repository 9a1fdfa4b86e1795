package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.WorkingDays;

/**
 * When a meeting's notices go out: the agenda on the deadline day (N working days before
 * the meeting) at the configured time, the reminder on the meeting's morning. Local times
 * become instants through {@link ZoneId}, so they are right on either side of a
 * daylight-saving change.
 */
@Component
class MeetingRules {

    private final WorkingDays workingDays;

    private final MeetingProperties properties;

    private final ZoneId zone;

    MeetingRules(WorkingDays workingDays, MeetingProperties properties, CoreProperties core) {
        this.workingDays = workingDays;
        this.properties = properties;
        this.zone = core.zone();
    }

    Instant agendaDueAt(LocalDate meetingDate, int deadlineWorkingDays) {
        return workingDays.minus(meetingDate, deadlineWorkingDays)
            .atTime(properties.agendaTime())
            .atZone(zone)
            .toInstant();
    }

    /** On the meeting's morning, and no later than its start. */
    Instant reminderDueAt(LocalDate meetingDate, LocalTime start) {
        LocalTime time = properties.reminderTime().isBefore(start) ? properties.reminderTime() : start;
        return meetingDate.atTime(time).atZone(zone).toInstant();
    }

    ZonedDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone);
    }

    LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    ZoneId zone() {
        return zone;
    }

}
