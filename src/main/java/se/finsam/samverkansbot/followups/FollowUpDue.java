package se.finsam.samverkansbot.followups;

import java.time.LocalDate;
import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * A reminder of a follow-up is due: some working days before its due date, or on it.
 * Published in the transaction that records the reminder in the plan's history.
 *
 * @param plan the plan
 * @param recipients who is reminded
 * @param stage {@link ReminderStage#BEFORE} or {@link ReminderStage#ON_DAY}
 * @param workingDaysLeft working days from today to the due date
 */
public record FollowUpDue(FollowUpView plan, List<UserId> recipients, ReminderStage stage, int workingDaysLeft) {

    public FollowUpDue {
        recipients = List.copyOf(recipients);
    }

    public LocalDate dueDate() {
        return plan.dueDate();
    }

}
