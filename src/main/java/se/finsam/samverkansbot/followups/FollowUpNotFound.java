package se.finsam.samverkansbot.followups;

/**
 * No plan with this id that the user may see: plans are shown to their owner and to the
 * coordinators of their kommun only.
 */
public class FollowUpNotFound extends RuntimeException {

    public FollowUpNotFound(long id) {
        super("No follow-up plan " + id + " for this user");
    }

}
