package se.finsam.samverkansbot.cases;

/**
 * An open case's konsultationsteam is gone and no other team takes its kommun: it stays
 * open and goes to the next team that does.
 */
public record CaseUnrouted(long caseId, String formerTeamId) {
}
