package se.finsam.samverkansbot.cases;

/** A caseworker raised a case; it goes to the team that covers its kommun. */
public record CaseRaised(long caseId, String reference, String teamId) {
}
