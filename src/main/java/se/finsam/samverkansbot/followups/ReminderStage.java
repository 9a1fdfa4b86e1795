package se.finsam.samverkansbot.followups;

/** The reminders of one due date, in the order they go out. */
public enum ReminderStage {

    /** Some working days before the due date. */
    BEFORE,

    /** On the due date. */
    ON_DAY,

    /** Overdue for some working days: the coordinator is told, once. */
    ESCALATION

}
