package se.finsam.samverkansbot.cases;

/**
 * An open case that had lost its konsultationsteam went to the team that now takes its
 * kommun.
 */
public record CaseRouted(long caseId, String teamId) {
}
