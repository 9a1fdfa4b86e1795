package se.finsam.samverkansbot.followups;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When follow-ups are due and when their reminders go out.
 *
 * @param reminderWorkingDaysBefore working days before the due date on which the first
 * reminder goes out (the second goes out on the due date)
 * @param reminderTime local time (Europe/Stockholm) at which reminders go out
 * @param escalateAfterWorkingDays working days a plan may be overdue without anything
 * being done before the kommun's coordinator is told, once
 * @param sipInterval time from one SIP meeting to the next ("åtminstone var tredje
 * månad")
 * @param afterInsatsCheckpoints the follow-ups after an ended insats, counted from the
 * day it ended
 * @param sweepInterval how often the scheduler looks for reminders that are due
 * @param sweepPageSize plans handled per page of a sweep, which bounds its memory
 * @param maxListed plans shown at most on one list card (a Teams card has a size limit)
 */
@ConfigurationProperties("samverkansbot.followups")
public record FollowUpProperties(@DefaultValue("5") int reminderWorkingDaysBefore,
        @DefaultValue("08:30") LocalTime reminderTime, @DefaultValue("3") int escalateAfterWorkingDays,
        @DefaultValue("P3M") Period sipInterval, @DefaultValue( {
                "P90D", "P6M" }) List<Period> afterInsatsCheckpoints,
        @DefaultValue("1m") Duration sweepInterval, @DefaultValue("500") int sweepPageSize,
        @DefaultValue("20") int maxListed){

    public FollowUpProperties {
        if (reminderWorkingDaysBefore < 0 || escalateAfterWorkingDays < 1 || sweepPageSize < 1 || maxListed < 1) {
            throw new IllegalArgumentException("samverkansbot.followups: days and sizes must be positive");
        }
        if (afterInsatsCheckpoints.isEmpty()) {
            throw new IllegalArgumentException("samverkansbot.followups.after-insats-checkpoints is empty");
        }
        afterInsatsCheckpoints = List.copyOf(afterInsatsCheckpoints);
    }

}
