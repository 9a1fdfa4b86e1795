package se.finsam.samverkansbot.cases;

/** Where a case is in its life. Users see {@code case.status.<NAME>}. */
public enum CaseStatus {

    /** Raised, no advice yet. */
    OPEN,

    /** At least one piece of advice given. */
    ADVISED,

    /** Closed by the team or the caseworker. */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

}
