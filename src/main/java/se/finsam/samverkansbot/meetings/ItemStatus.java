package se.finsam.samverkansbot.meetings;

/** Whether an item is on its meeting's agenda. */
public enum ItemStatus {

    QUEUED,

    /**
     * Taken off by a samverkanskoordinator, or its case was closed before the agenda went
     * out.
     */
    REMOVED

}
