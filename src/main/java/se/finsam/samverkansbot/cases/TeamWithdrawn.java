package se.finsam.samverkansbot.cases;

import java.util.List;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A konsultationsteam no longer takes cases: its channel or the bot is gone (it gave up
 * its kommuner, and its open cases went to another team or wait for one), or it was
 * archived (it keeps its kommuner, takes no new cases, and its open cases stay with it
 * until it is unarchived).
 *
 * @param teamId the team
 * @param teamName its name, if known
 * @param kommuner the kommuner that have no team taking their cases now
 * @param reason what happened
 */
public record TeamWithdrawn(String teamId, String teamName, List<Kommun> kommuner, Reason reason) {

    public TeamWithdrawn {
        kommuner = List.copyOf(kommuner);
    }

    public enum Reason {

        /** The channel cases were posted in was deleted. */
        CHANNEL_DELETED,

        /** The bot was removed from the team. */
        BOT_REMOVED,

        /** The team was deleted. */
        TEAM_DELETED,

        /**
         * Teams refused a message to the team's channel: the channel or the bot is gone.
         */
        UNREACHABLE,

        /**
         * The bot was never added to the team (one set up in the configuration only), so
         * no case can be posted there; it takes its configured kommuner again when the
         * bot is added.
         */
        NOT_INSTALLED,

        /** The team was archived: read-only until it is unarchived. */
        ARCHIVED

    }

}
