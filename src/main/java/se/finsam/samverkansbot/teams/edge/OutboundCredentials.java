package se.finsam.samverkansbot.teams.edge;

import com.microsoft.bot.connector.authentication.AppCredentials;

/**
 * Makes the credentials the bot authenticates its own calls to the Bot Connector with
 * (replies, proactive messages). Production asks Microsoft Entra ID; tests replace this
 * bean to keep calls off Azure.
 */
@FunctionalInterface
public interface OutboundCredentials {

    AppCredentials create(String appId, String scope);

}
