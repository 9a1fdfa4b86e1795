package se.finsam.samverkansbot.teams.delivery;

/**
 * Told when a message cannot reach its recipient, so that the module that wrote it can
 * act (e.g. flag a follow-up to the coordinator). Called in the transaction that records
 * the problem.
 */
public interface DeliveryProblems {

    /**
     * The recipient cannot be reached: the bot was blocked or uninstalled (403), the
     * conversation is gone (404), or there never was a conversation with them.
     * @param origin the {@link OutboundMessage#origin()} of the message
     * @param recipientUser the person the message was for, if it went to a personal chat
     */
    default void unreachable(String origin, String recipientUser) {
    }

    /**
     * The message became a dead letter after its attempts ran out or Teams refused it.
     * @param origin the {@link OutboundMessage#origin()} of the message
     */
    default void dead(String origin) {
    }

}
