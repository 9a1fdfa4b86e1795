package se.finsam.samverkansbot.cases;

/** A team member gave advice; {@code entry} is its index in the case's history. */
public record AdviceGiven(long caseId, int entry) {
}
