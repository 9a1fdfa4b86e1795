package se.finsam.samverkansbot.followups;

/** Whether a plan still has follow-ups ahead. */
public enum PlanStatus {

    ACTIVE,

    /** Ended by a user. */
    ENDED,

    /** Its last checkpoint was held. */
    COMPLETED

}
