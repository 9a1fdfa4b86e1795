package se.finsam.samverkansbot.followups;

/** What happened to a plan. */
public enum HistoryKind {

    REGISTERED, REMINDER_SENT, ESCALATED, HELD, POSTPONED, ENDED, COMPLETED, FLAGGED

}
