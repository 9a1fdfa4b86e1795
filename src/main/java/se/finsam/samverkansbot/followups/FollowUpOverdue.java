package se.finsam.samverkansbot.followups;

import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * A follow-up is overdue by the configured working days and nobody acted: its kommun's
 * coordinators are told, once per due date.
 *
 * @param plan the plan
 * @param coordinators the coordinators of the plan's kommun (may be empty)
 */
public record FollowUpOverdue(FollowUpView plan, List<UserId> coordinators) {

    public FollowUpOverdue {
        coordinators = List.copyOf(coordinators);
    }

}
