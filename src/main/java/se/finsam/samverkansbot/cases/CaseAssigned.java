package se.finsam.samverkansbot.cases;

/** The case was assigned to a team member. */
public record CaseAssigned(long caseId, String assigneeId) {
}
