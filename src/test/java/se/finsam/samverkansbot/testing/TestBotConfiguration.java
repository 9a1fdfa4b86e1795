package se.finsam.samverkansbot.testing;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.finsam.samverkansbot.teams.edge.BotFrameworkOpenIdMetadata;
import se.finsam.testhooks.FixedOutboundTokenConfiguration;
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
        return FixedOutboundTokenConfiguration.withToken(OUTBOUND_TOKEN);
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

}
