package se.finsam.samverkansbot.cases;

import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * A case has had no advice for the configured number of working days; its coordinators
 * are reminded once.
 */
public record CaseAwaitsAdvice(long caseId, List<UserId> coordinators) {
}
