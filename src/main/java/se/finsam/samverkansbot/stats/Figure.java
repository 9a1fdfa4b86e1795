package se.finsam.samverkansbot.stats;

/** A column of a report. Users see {@code stats.figure.<NAME>}. */
public enum Figure {

    /** Cases raised in the period. */
    RAISED,

    /** Cases that got their first advice in the period. */
    ADVISED,

    /** Cases closed in the period. */
    CLOSED,

    /** Of those closed: the advice helped. */
    HELPED,

    /** Of those closed: the advice helped partly. */
    PARTLY,

    /** Of those closed: the advice did not help. */
    DID_NOT_HELP,

    /** Of those closed: closed without advice. */
    NO_ADVICE,

    /** Of those closed: the caseworker took the next step. */
    NEXT_STEP_TAKEN,

    /** Working days from raising to first advice, median (nearest rank). */
    MEDIAN_DAYS_TO_ADVICE(false),

    /** Working days from raising to first advice, 90th percentile (nearest rank). */
    P90_DAYS_TO_ADVICE(false),

    /** Follow-up plans active at some time in the period. */
    ACTIVE_PLANS,

    /** Follow-up reminders sent in the period. */
    REMINDERS_SENT,

    /** Overdue follow-ups escalated to the coordinator in the period. */
    ESCALATIONS,

    /** Follow-ups held in the period. */
    HELD,

    /** Of those held, the share held on or before their due date, in per cent. */
    HELD_ON_TIME_PERCENT(false),

    /** Contact directory searches in the period. */
    SEARCHES;

    private final boolean count;

    Figure() {
        this(true);
    }

    Figure(boolean count) {
        this.count = count;
    }

    /** Whether it is a count (else a number of days or a share). */
    public boolean isCount() {
        return count;
    }

}
