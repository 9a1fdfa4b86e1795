package se.finsam.samverkansbot.teams.edge;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.CredentialProvider;

/**
 * The Bot Framework adapter with outgoing credentials from {@link OutboundCredentials}:
 * SDK 4.14.3 knows no {@code MicrosoftAppTenantId}, so a single-tenant registration needs
 * its tenant passed in here.
 */
class TeamsAdapter extends BotFrameworkAdapter {

    private final OutboundCredentials outboundCredentials;

    TeamsAdapter(CredentialProvider credentialProvider, ChannelProvider channelProvider,
            AuthenticationConfiguration authenticationConfiguration, OutboundCredentials outboundCredentials) {
        super(credentialProvider, authenticationConfiguration, channelProvider, null, null);
        this.outboundCredentials = outboundCredentials;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(outboundCredentials.create(appId, scope));
    }

}
