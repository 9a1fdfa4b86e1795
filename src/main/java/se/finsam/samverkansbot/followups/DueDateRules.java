package se.finsam.samverkansbot.followups;

import se.finsam.samverkansbot.core.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;

/**
 * When a follow-up is due and when its reminders go out: due dates fall on working days
 * (a weekend or holiday moves them to the working day before), reminders go out at the
 * configured local time, which {@link ZoneId} turns into the right instant on either side
 * of a daylight-saving change.
 */
@Component
class DueDateRules {

    private final WorkingDays workingDays;

    private final FollowUpProperties properties;

    private final ZoneId zone;

    DueDateRules(WorkingDays workingDays, FollowUpProperties properties, CoreProperties core) {
        this.workingDays = workingDays;
        this.properties = properties;
        this.zone = core.zone();
    }

    /** The working day a follow-up planned for {@code date} is due. */
    LocalDate dueOn(LocalDate date) {
        return workingDays.onOrBefore(date);
    }

    /** The day a reminder of a due date goes out. */
    LocalDate dayOf(ReminderStage stage, LocalDate due) {
        return switch (stage) {
            case BEFORE -> workingDays.minus(due, properties.reminderWorkingDaysBefore());
            case ON_DAY -> due;
            case ESCALATION -> workingDays.plus(due, properties.escalateAfterWorkingDays());
        };
    }

    /** The instant a reminder of a due date goes out. */
    Instant timeOf(ReminderStage stage, LocalDate due) {
        return dayOf(stage, due).atTime(properties.reminderTime()).atZone(zone).toInstant();
    }

    LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    int workingDaysLeft(LocalDate from, LocalDate due) {
        return workingDays.between(from, due);
    }

    /** The schedule of a new plan: one recurring interval, or checkpoints. */
    String defaultSchedule(PlanType type) {
        return switch (type) {
            case SIP -> properties.sipInterval().toString();
            case AFTER_INSATS ->
                String.join(",", properties.afterInsatsCheckpoints().stream().map(Period::toString).toList());
            case OTHER -> null;
        };
    }

    static List<Period> periods(String schedule) {
        return Arrays.stream(schedule.split(",")).map(String::trim).map(Period::parse).toList();
    }

}
