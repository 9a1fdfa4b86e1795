package se.finsam.samverkansbot.followups;

import java.time.Instant;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A follow-up plan was registered. Ids, kommun and dates only.
 *
 * @param planId the plan
 * @param kommun its kommun
 * @param type what it follows up
 * @param at when it was registered
 */
public record FollowUpRegistered(long planId, Kommun kommun, PlanType type, Instant at) {
}
