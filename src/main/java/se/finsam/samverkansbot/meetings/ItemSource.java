package se.finsam.samverkansbot.meetings;

/** Who asked for a case to be taken up at a meeting. */
public enum ItemSource {

    /** The handläggare who raised the case. */
    CASEWORKER,

    /** A member of the konsultationsteam ("Ta upp på möte"). */
    TEAM

}
