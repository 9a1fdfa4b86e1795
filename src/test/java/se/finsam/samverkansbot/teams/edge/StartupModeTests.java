package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.finsam.samverkansbot.SamverkansbotApplication;
import se.finsam.samverkansbot.testing.TestBotConfiguration;

/**
 * Production mode (no profile) never runs without authentication: it refuses to start
 * without credentials or without a tenant allow-list, and says why in Swedish.
 */
class StartupModeTests {

    @TempDir
    Path dataDir;

    @Test
    void productionModeRefusesToStartWithoutCredentials() {
        Map<String, Object> properties = Map.of("server.port", "0", "samverkansbot.data-dir", dataDir.toString(),
                "samverkansbot.teams.allowed-tenants", "11111111-2222-3333-4444-555555555555");

        assertThatThrownBy(
                () -> new SpringApplicationBuilder(SamverkansbotApplication.class).run(arguments(properties)).close())
            .hasRootCauseInstanceOf(BotCredentialsException.class);
    }

    @Test
    void productionModeRefusesToStartWithoutTenantAllowList() {
        Map<String, Object> properties = new HashMap<>(TestBotConfiguration.productionModeProperties());
        properties.remove("samverkansbot.teams.allowed-tenants");
        properties.put("server.port", "0");
        properties.put("samverkansbot.data-dir", dataDir.toString());

        assertThatThrownBy(
                () -> new SpringApplicationBuilder(SamverkansbotApplication.class).run(arguments(properties)).close())
            .hasRootCauseInstanceOf(TenantAllowListException.class);
    }

    @Test
    void productionModeRefusesToStartWithoutADatabaseItWasGiven() {
        Map<String, Object> properties = new HashMap<>(TestBotConfiguration.productionModeProperties());
        properties.put("server.port", "0");
        properties.put("samverkansbot.data-dir", dataDir.toString());

        assertThatThrownBy(
                () -> new SpringApplicationBuilder(SamverkansbotApplication.class).run(arguments(properties)).close())
            .hasRootCauseInstanceOf(UnsafeSetupException.class)
            .rootCause()
            .hasMessageContaining("spring.datasource.url");
    }

    @Test
    void productionModeRefusesTheEmbeddedDatabasesDefaultAccount() {
        Map<String, Object> properties = new HashMap<>(TestBotConfiguration.productionModeProperties());
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir + "/samverkansbot;DB_CLOSE_ON_EXIT=FALSE");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");

        assertThatThrownBy(
                () -> new SpringApplicationBuilder(SamverkansbotApplication.class).run(arguments(properties)).close())
            .hasRootCauseInstanceOf(UnsafeSetupException.class)
            .rootCause()
            .hasMessageContaining("'sa'")
            .hasMessageContaining("lösenord");
    }

    /** Command-line arguments win over application.yml, as an operator's would. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Test
    void failureIsExplainedWithWhatToSet() {
        FailureAnalysis analysis = new BotCredentialsFailureAnalyzer()
            .analyze(new BotCredentialsException(java.util.List.of("MicrosoftAppId saknas")));

        assertThat(analysis.getDescription()).contains("startar inte", "MicrosoftAppId saknas");
        assertThat(analysis.getAction()).contains("MicrosoftAppPassword", "--spring.profiles.active=dev");
    }

}
