package se.finsam.samverkansbot.cases;

/**
 * Whether the handläggare wants their case taken up at a konsultationsteam meeting, and
 * whether they take part for it. The meetings module puts such a case on an agenda once
 * the case has a team.
 */
public enum MeetingWish {

    /** Written advice is enough. */
    NONE,

    /** Taken up at a meeting, without the handläggare. */
    DISCUSS,

    /** Taken up at a meeting, with the handläggare there for their item. */
    DISCUSS_AND_ATTEND;

    public boolean wanted() {
        return this != NONE;
    }

    public boolean attends() {
        return this == DISCUSS_AND_ATTEND;
    }

}
