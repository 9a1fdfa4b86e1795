package se.finsam.samverkansbot.teams.delivery;

/**
 * Where a message the bot sends on its own goes. Cards the bot posted earlier are named
 * by the key they were posted under, so that a reply or an update can be written before
 * the card itself has been delivered: messages to one conversation go out in the order
 * they were written.
 */
public sealed interface Recipient {

    /** A person's personal chat with the bot (it must have been installed for them). */
    record PersonalChat(String tenantId, String userAadObjectId) implements Recipient {
    }

    /** A new thread in a channel of a team the bot is installed in. */
    record NewThread(String teamId, String channelId) implements Recipient {
    }

    /** A reply in the thread under a card the bot posted as a new thread. */
    record ThreadReply(String cardKey) implements Recipient {
    }

    /** A new version of a card the bot posted earlier, in place. */
    record CardUpdate(String cardKey) implements Recipient {
    }

}
