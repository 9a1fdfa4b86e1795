package se.finsam.samverkansbot.followups;

/** What a follow-up plan follows up. */
public enum PlanType {

    /** Samordnad individuell plan: a SIP meeting at least every three months. */
    SIP,

    /** Follow-ups in the first six months after an insats ended. */
    AFTER_INSATS,

    /** Any other follow-up, at an interval the user chooses. */
    OTHER

}
