package se.finsam.samverkansbot.teams.edge;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

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

    /**
     * The SDK's connector client, one per serviceUrl and credentials as the SDK keeps
     * them, but writing its JSON with {@link ConnectorJson}. Without credentials (dev
     * profile without an app id) the SDK's own.
     */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
            AppCredentials credentials) {
        if (credentials == null) {
            return super.getOrCreateConnectorClient(serviceUrl, credentials);
        }
        ConnectorClient cached = getConnectorClientCache()
            .get(keyForConnectorClient(serviceUrl, credentials.getAppId(), credentials.oAuthScope()));
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        try {
            ConnectorClient created = connectorClient(serviceUrl, credentials);
            // Two turns may create one at once: either serves.
            addConnectorClientToCache(serviceUrl, credentials.getAppId(), credentials.oAuthScope(), created);
            return CompletableFuture.completedFuture(created);
        }
        catch (IllegalArgumentException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
    }

    private static ConnectorClient connectorClient(String serviceUrl, AppCredentials credentials) {
        String baseUrl;
        try {
            baseUrl = new URI(serviceUrl).toURL().toString();
        }
        catch (URISyntaxException | MalformedURLException | IllegalArgumentException invalid) {
            throw new IllegalArgumentException(String.format("Invalid Service URL: %s", serviceUrl), invalid);
        }
        return new RestConnectorClient(
                new RestClient.Builder(new OkHttpClient.Builder(), new Retrofit.Builder()).withBaseUrl(baseUrl)
                    .withCredentials(credentials)
                    .withSerializerAdapter(new ConnectorJson())
                    .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                    .build());
    }

}
