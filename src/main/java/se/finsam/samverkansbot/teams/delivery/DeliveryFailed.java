package se.finsam.samverkansbot.teams.delivery;

/**
 * A message with an {@link MessageOrigin} did not reach its recipient. Published in the
 * transaction that records the failure, so that the package that wrote the message can
 * act in the same transaction (tell the team, flag a plan); listeners match on the
 * origin's kind and part.
 *
 * @param origin what the message was about
 * @param reason why it failed
 * @param recipientUser the Entra object id of the person the message was for, when it
 * went to a personal chat; null otherwise
 * @param recipientTeam the id of the team whose channel the message was for, when the bot
 * cannot reach it there (removed, never added, or Teams answered 403/404); null otherwise
 */
public record DeliveryFailed(MessageOrigin origin, Reason reason, String recipientUser, String recipientTeam) {

    public enum Reason {

        /**
         * The recipient cannot be reached: the bot was blocked or removed (403), the
         * conversation is gone (404), or there never was a conversation with them.
         */
        UNREACHABLE,

        /** Attempts ran out or Teams refused the message: a dead letter. */
        DEAD

    }

}
