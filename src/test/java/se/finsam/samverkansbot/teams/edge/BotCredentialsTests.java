package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.AppCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The conventional Bot Framework settings are read, checked and never shown. */
class BotCredentialsTests {

    private static final String TENANT = "11111111-2222-3333-4444-555555555555";

    @Test
    void readsTheConventionalSettings() {
        BotCredentials credentials = BotCredentials
            .from(new MockEnvironment().withProperty("MicrosoftAppId", " app-id ")
                .withProperty("MicrosoftAppPassword", "secret")
                .withProperty("MicrosoftAppType", "SingleTenant")
                .withProperty("MicrosoftAppTenantId", TENANT));

        assertThat(credentials.appId()).isEqualTo("app-id");
        assertThat(credentials.appType()).isEqualTo(BotCredentials.AppType.SINGLE_TENANT);
        assertThat(credentials.tokenTenant()).isEqualTo(TENANT);
        credentials.requireComplete();
    }

    @Test
    void multiTenantIsTheDefaultAndAsksNoTenantForTokens() {
        BotCredentials credentials = BotCredentials.from(new MockEnvironment().withProperty("MicrosoftAppId", "app-id")
            .withProperty("MicrosoftAppPassword", "secret")
            .withProperty("MicrosoftAppTenantId", TENANT));

        assertThat(credentials.appType()).isEqualTo(BotCredentials.AppType.MULTI_TENANT);
        assertThat(credentials.tokenTenant()).isNull();
    }

    @Test
    void missingSettingsAreAllNamedInSwedish() {
        BotCredentials credentials = BotCredentials
            .from(new MockEnvironment().withProperty("MicrosoftAppType", "SingleTenant"));

        assertThatThrownBy(credentials::requireComplete).isInstanceOfSatisfying(BotCredentialsException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.startsWith("MicrosoftAppId saknas"))
                    .anyMatch(p -> p.startsWith("MicrosoftAppPassword saknas"))
                    .anyMatch(p -> p.startsWith("MicrosoftAppTenantId saknas")));
    }

    @Test
    void unknownAppTypeIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppType", "Anything");
        assertThatThrownBy(() -> BotCredentials.from(environment)).isInstanceOf(BotCredentialsException.class)
            .hasMessageContaining("MicrosoftAppType");
    }

    @Test
    void managedIdentityIsRefusedWithAnExplanation() {
        BotCredentials credentials = BotCredentials.from(new MockEnvironment().withProperty("MicrosoftAppId", "app-id")
            .withProperty("MicrosoftAppType", "UserAssignedMSI"));
        assertThatThrownBy(credentials::requireComplete).hasMessageContaining("UserAssignedMSI stöds inte");
    }

    @Test
    void passwordNeverAppearsInToString() {
        BotCredentials credentials = new BotCredentials("app-id", "very-secret", BotCredentials.AppType.MULTI_TENANT,
                null);
        assertThat(credentials.toString()).doesNotContain("very-secret").contains("app-id");
    }

    @Test
    void singleTenantRegistrationRequestsTokensFromItsOwnTenant() {
        BotCredentials credentials = new BotCredentials("app-id", "secret", BotCredentials.AppType.SINGLE_TENANT,
                TENANT);

        AppCredentials outbound = new BotFrameworkConfiguration().outboundCredentials(credentials)
            .create("app-id", "https://api.botframework.com/.default");

        assertThat(outbound.oAuthEndpoint()).endsWith(TENANT);
        assertThat(outbound.oAuthScope()).isEqualTo("https://api.botframework.com/.default");
    }

    @Test
    void multiTenantRegistrationRequestsTokensFromTheBotFrameworkTenant() {
        BotCredentials credentials = new BotCredentials("app-id", "secret", BotCredentials.AppType.MULTI_TENANT, null);

        AppCredentials outbound = new BotFrameworkConfiguration().outboundCredentials(credentials)
            .create("app-id", "https://api.botframework.com/.default");

        assertThat(outbound.oAuthEndpoint()).endsWith("botframework.com");
    }

}
