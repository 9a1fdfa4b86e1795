package se.finsam.samverkansbot.meetings;

/** What the team recommends after discussing a case. */
public enum NextStep {

    /** A samordnad individuell plan is recommended. */
    SIP_RECOMMENDED,

    /** The case comes back at a later meeting. */
    NEW_MEETING,

    /** The handläggare contacts another agency the team pointed to. */
    CONTACT_OTHER_AGENCY,

    /** Nothing more for the team: the case can be closed. */
    CLOSED,

    /** None of these. */
    OTHER

}
