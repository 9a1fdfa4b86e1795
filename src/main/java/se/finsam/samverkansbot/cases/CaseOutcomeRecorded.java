package se.finsam.samverkansbot.cases;

/** The caseworker told what the advice did, after the case was closed. */
public record CaseOutcomeRecorded(long caseId) {
}
