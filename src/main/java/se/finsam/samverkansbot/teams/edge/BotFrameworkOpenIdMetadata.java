package se.finsam.samverkansbot.teams.edge;

import java.net.URI;

/**
 * Where the Bot Framework publishes the OpenID metadata whose {@code jwks_uri} names the
 * keys that sign incoming tokens. The application only ever uses {@link #BOT_FRAMEWORK}:
 * no setting points validation elsewhere (tests replace the bean with their own).
 *
 * @param location the OpenID configuration document
 */
public record BotFrameworkOpenIdMetadata(URI location) {

    /** The Bot Framework's own metadata, for tokens the Bot Connector sends to bots. */
    public static final BotFrameworkOpenIdMetadata BOT_FRAMEWORK = new BotFrameworkOpenIdMetadata(
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration"));

}
