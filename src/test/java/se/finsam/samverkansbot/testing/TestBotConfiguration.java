package se.finsam.samverkansbot.testing;

import java.net.URI;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.finsam.samverkansbot.teams.edge.BotFrameworkOpenIdMetadata;
import se.finsam.samverkansbot.teams.edge.OutboundCredentials;

/**
 * Keeps the bot's outgoing calls off Microsoft Entra ID: it authenticates to the fake
 * connector with a fixed token, which tests can check arrives.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBotConfiguration {

    public static final String OUTBOUND_TOKEN = "fake-outbound-token";

    /** The database account of the production-mode test applications (never 'sa'). */
    public static final String DATABASE_USER = "samverkansbot";

    public static final String DATABASE_PASSWORD = "test-only-password";

    /**
     * Token validation against the fake connector's OpenID metadata and keys instead of
     * the Bot Framework's: the test hook, which the application itself does not have.
     */
    @Bean
    @Primary
    BotFrameworkOpenIdMetadata fakeConnectorOpenIdMetadata() {
        return new BotFrameworkOpenIdMetadata(URI.create(FakeConnector.get().openIdMetadataUrl()));
    }

    @Bean
    @Primary
    OutboundCredentials fakeOutboundCredentials() {
        return (appId, scope) -> new FixedTokenCredentials(appId, scope);
    }

    /**
     * A test property set that runs the bot in production mode against the fake
     * connector.
     */
    public static Map<String, Object> productionModeProperties() {
        return Map.of("MicrosoftAppId", TestUsers.BOT_APP_ID, "MicrosoftAppPassword", "test-secret-not-used",
                "MicrosoftAppType", "MultiTenant", "samverkansbot.teams.allowed-tenants", TestUsers.TENANT,
                "spring.datasource.username", DATABASE_USER, "spring.datasource.password", DATABASE_PASSWORD,
                "samverkansbot.teams.uploads.hosts", "127.0.0.1");
    }

    static final class FixedTokenCredentials extends AppCredentials {

        FixedTokenCredentials(String appId, String scope) {
            super(null, scope);
            setAppId(appId);
        }

        @Override
        protected Authenticator buildAuthenticator() {
            return () -> CompletableFuture.completedFuture(new FixedToken());
        }

    }

    private static final class FixedToken implements IAuthenticationResult {

        @Override
        public String accessToken() {
            return OUTBOUND_TOKEN;
        }

        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return "test";
        }

        @Override
        public String scopes() {
            return "";
        }

        @Override
        public Date expiresOnDate() {
            return new Date(System.currentTimeMillis() + 3_600_000);
        }

    }

}
