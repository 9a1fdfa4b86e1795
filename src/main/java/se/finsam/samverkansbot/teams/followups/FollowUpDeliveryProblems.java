package se.finsam.samverkansbot.teams.followups;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.teams.delivery.DeliveryProblems;

/**
 * A follow-up message (origin {@code followup:<plan id>}) that cannot reach its recipient
 * (no personal chat, 403 or 404) or became a dead letter: the plan is flagged and its
 * coordinator told, once.
 */
@Component
class FollowUpDeliveryProblems implements DeliveryProblems {

    private final FollowUpManagement followUps;

    FollowUpDeliveryProblems(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    @Override
    public void unreachable(String origin, String recipientUser) {
        planOf(origin).ifPresent((id) -> followUps.undeliverable(id, "unreachable"));
    }

    @Override
    public void dead(String origin) {
        planOf(origin).ifPresent((id) -> followUps.undeliverable(id, "dead-letter"));
    }

    static Optional<Long> planOf(String origin) {
        if (origin == null || !origin.startsWith(FollowUpNotifier.ORIGIN)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(origin.substring(FollowUpNotifier.ORIGIN.length())));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
