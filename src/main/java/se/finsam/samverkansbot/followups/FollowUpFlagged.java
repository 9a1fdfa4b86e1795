package se.finsam.samverkansbot.followups;

import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * The reminders of a plan do not reach someone (no personal chat with the bot, the bot
 * was removed or blocked, or a message became a dead letter): the plan is flagged and its
 * kommun's coordinators are told, once.
 *
 * @param plan the plan
 * @param coordinators the coordinators of the plan's kommun (may be empty)
 * @param reason a short code: {@code unreachable} or {@code dead-letter}
 */
public record FollowUpFlagged(FollowUpView plan, List<UserId> coordinators, String reason) {

    public FollowUpFlagged {
        coordinators = List.copyOf(coordinators);
    }

}
