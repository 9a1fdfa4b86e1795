package se.finsam.samverkansbot.teams.conversations;

import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * Something changed in a team the bot is installed in, as Teams told the bot: published
 * in the transaction that recorded it, so that the capability that uses the team can act.
 */
public sealed interface TeamChanged {

    /** The team's id in Teams. */
    String teamId();

    /** A channel of the team was deleted. */
    record ChannelDeleted(String teamId, String channelId) implements TeamChanged {
    }

    /** A channel of the team was renamed. */
    record ChannelRenamed(String teamId, String channelId, String channelName) implements TeamChanged {
    }

    /** The team was renamed. */
    record TeamRenamed(String teamId, String name) implements TeamChanged {
    }

    /** The bot was added to the team. */
    record BotAdded(String teamId) implements TeamChanged {
    }

    /** The bot was removed from the team: it can no longer write there. */
    record BotRemoved(String teamId) implements TeamChanged {
    }

    /** The team was deleted (soft or for good). */
    record TeamDeleted(String teamId) implements TeamChanged {
    }

    /** The team was archived: read-only, nobody (nor the bot) can post in it. */
    record TeamArchived(String teamId) implements TeamChanged {
    }

    /** The team was unarchived, or restored after being deleted. */
    record TeamReopened(String teamId) implements TeamChanged {
    }

    /** People left the team (or were removed from it). */
    record MembersRemoved(String teamId, List<UserId> members) implements TeamChanged {

        public MembersRemoved {
            members = List.copyOf(members);
        }

    }

}
