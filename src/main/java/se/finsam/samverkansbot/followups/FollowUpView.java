package se.finsam.samverkansbot.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;

/**
 * A plan as the other modules see it.
 *
 * @param id the plan's id
 * @param owner who registered it
 * @param ownerName their name as Teams gave it when they registered, or null (emptied
 * with the reference and note after the plan ended)
 * @param tenantId the Microsoft Entra tenant it was registered in
 * @param kommun the kommun whose coordinators follow it
 * @param type what it follows up
 * @param reference the user's pseudonymous reference (checked by the privacy guard)
 * @param note the optional note (checked by the privacy guard), or null
 * @param remind who is reminded
 * @param dueDate the next due date, or null when the plan is no longer active
 * @param nextReminderAt when the next reminder goes out, or null when none is planned
 * @param status whether follow-ups lie ahead
 * @param overdue whether the due date has passed
 * @param flagged whether reminders of the plan did not reach someone
 * @param history what happened, oldest first
 */
public record FollowUpView(long id, UserId owner, String ownerName, String tenantId, Kommun kommun, PlanType type,
        String reference, String note, ReminderTarget remind, LocalDate dueDate, Instant nextReminderAt,
        PlanStatus status, boolean overdue, boolean flagged, List<FollowUpHistoryEntry> history) {

    public FollowUpView {
        history = List.copyOf(history);
    }

    /** Leaves out the reference and note, which users wrote. */
    @Override
    public String toString() {
        return "FollowUpView[" + id + ", " + type + ", due " + dueDate + ", " + status + "]";
    }

}
