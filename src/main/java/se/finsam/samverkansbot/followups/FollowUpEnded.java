package se.finsam.samverkansbot.followups;

import java.time.Instant;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A follow-up plan ended: a user ended it, or its last checkpoint was held. Ids, kommun
 * and dates only.
 *
 * @param planId the plan
 * @param kommun its kommun
 * @param status {@link PlanStatus#ENDED} or {@link PlanStatus#COMPLETED}
 * @param at when
 */
public record FollowUpEnded(long planId, Kommun kommun, PlanStatus status, Instant at) {
}
