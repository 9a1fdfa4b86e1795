package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.teams.delivery.DeliveryOutcomes.Action;
import se.finsam.samverkansbot.teams.delivery.OutboxStore.Target;

/** What each answer from Teams means for a message in the outbox. */
class DeliveryOutcomesTests {

    private static Action outcome(int status, Target target) {
        return DeliveryOutcomes.of(new BotConnector.Response(status, null, null), target);
    }

    @Test
    void twoHundredsAreSent() {
        assertThat(outcome(200, Target.PERSONAL)).isEqualTo(Action.SENT);
        assertThat(outcome(201, Target.NEW_THREAD)).isEqualTo(Action.SENT);
        assertThat(outcome(299, Target.UPDATE)).isEqualTo(Action.SENT);
    }

    @Test
    void forbiddenStopsTheConversationWhateverTheTarget() {
        for (Target target : Target.values()) {
            assertThat(outcome(403, target)).isEqualTo(Action.STOP_CONVERSATION);
        }
    }

    @Test
    void notFoundStopsTheConversationUnlessACardUpdateWasMeant() {
        assertThat(outcome(404, Target.PERSONAL)).isEqualTo(Action.STOP_CONVERSATION);
        assertThat(outcome(404, Target.NEW_THREAD)).isEqualTo(Action.STOP_CONVERSATION);
        assertThat(outcome(404, Target.THREAD_REPLY)).isEqualTo(Action.STOP_CONVERSATION);
        assertThat(outcome(404, Target.UPDATE)).isEqualTo(Action.CARD_GONE);
    }

    @Test
    void throttlingPreconditionAuthAndServerErrorsAreRetried() {
        for (int status : new int[] { 401, 408, 412, 429, 500, 502, 503, 504 }) {
            assertThat(outcome(status, Target.PERSONAL)).as("status %d", status).isEqualTo(Action.RETRY);
        }
    }

    @Test
    void otherRefusalsAreDeadLettersAtOnce() {
        for (int status : new int[] { 400, 405, 409, 413, 501, 505, 302 }) {
            assertThat(outcome(status, Target.PERSONAL)).as("status %d", status).isEqualTo(Action.REFUSED);
        }
    }

    @Test
    void onlyServerErrorsGiveTheGlobalSlotBack() {
        assertThat(DeliveryOutcomes.refundsGlobalSlot(500)).isTrue();
        assertThat(DeliveryOutcomes.refundsGlobalSlot(503)).isTrue();
        assertThat(DeliveryOutcomes.refundsGlobalSlot(429)).isFalse();
        assertThat(DeliveryOutcomes.refundsGlobalSlot(200)).isFalse();
    }

}
