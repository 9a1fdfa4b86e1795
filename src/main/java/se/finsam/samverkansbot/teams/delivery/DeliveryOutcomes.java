package se.finsam.samverkansbot.teams.delivery;

import java.util.Set;

/**
 * What the {@link DeliveryWorker} does with Teams' answer to one delivery: the status
 * code alone decides, so the rules can be read and tested apart from the sending.
 */
final class DeliveryOutcomes {

    private static final Set<Integer> RETRYABLE = Set.of(401, 408, 412, 429, 500, 502, 503, 504);

    /** What to do with a message after Teams answered. */
    enum Action {

        /** Delivered: record it (and the posted card). */
        SENT,

        /** The bot was blocked or removed, or the conversation is gone: stop it. */
        STOP_CONVERSATION,

        /** The card to update was deleted; the conversation itself is fine. */
        CARD_GONE,

        /** Try again later, if attempts are left. */
        RETRY,

        /** Teams refuses the message: a dead letter at once. */
        REFUSED

    }

    private DeliveryOutcomes() {
    }

    static Action of(BotConnector.Response response, OutboxStore.Target target) {
        if (response.successful()) {
            return Action.SENT;
        }
        int status = response.status();
        if (status == 403 || (status == 404 && target != OutboxStore.Target.UPDATE)) {
            return Action.STOP_CONVERSATION;
        }
        if (status == 404) {
            // The card was deleted in Teams; the conversation itself is fine.
            return Action.CARD_GONE;
        }
        if (RETRYABLE.contains(status)) {
            return Action.RETRY;
        }
        return Action.REFUSED;
    }

    /**
     * Whether the global rate-limit slot taken for this request is given back: a server
     * error (or a network error) did not count against the bot's rate.
     */
    static boolean refundsGlobalSlot(int status) {
        return status >= 500;
    }

}
