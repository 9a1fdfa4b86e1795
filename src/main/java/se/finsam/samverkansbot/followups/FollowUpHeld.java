package se.finsam.samverkansbot.followups;

import java.time.Instant;
import java.time.LocalDate;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A follow-up of a plan was held. Ids, kommun and dates only.
 *
 * @param planId the plan
 * @param kommun its kommun
 * @param dueDate the date it was due
 * @param heldOn the date it was held
 * @param at when it was recorded
 */
public record FollowUpHeld(long planId, Kommun kommun, LocalDate dueDate, LocalDate heldOn, Instant at) {

    /** Held on or before its due date. */
    public boolean onTime() {
        return !heldOn.isAfter(dueDate);
    }

}
