package se.finsam.samverkansbot.cases;

/** The caseworker answered; {@code entry} is the answer's index in the case's history. */
public record ClarificationAnswered(long caseId, int entry) {
}
