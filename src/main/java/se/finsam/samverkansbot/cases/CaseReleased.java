package se.finsam.samverkansbot.cases;

/**
 * The team member a case was assigned to left the team: the case, still open, has no
 * assignee now.
 *
 * @param caseId the case
 * @param formerAssigneeId the Entra ID object id of the member who left
 * @param formerAssigneeName their display name in Teams, if known
 */
public record CaseReleased(long caseId, String formerAssigneeId, String formerAssigneeName) {
}
