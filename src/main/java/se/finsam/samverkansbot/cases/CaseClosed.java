package se.finsam.samverkansbot.cases;

/**
 * The case was closed, by the team or by the caseworker; when the team closed it, the
 * caseworker is still to give the outcome.
 */
public record CaseClosed(long caseId, boolean byCaseworker) {
}
