package se.finsam.samverkansbot.cases;

/**
 * A team member asked the caseworker to clarify; {@code entry} is the question's index in
 * the case's history.
 */
public record ClarificationAsked(long caseId, int entry) {
}
