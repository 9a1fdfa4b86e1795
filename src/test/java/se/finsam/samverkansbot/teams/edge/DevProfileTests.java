package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.finsam.samverkansbot.SamverkansbotApplication;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * The dev profile takes unauthenticated requests, so it fails closed: it listens on this
 * machine only, runs only on the embedded database and the fake dev tenant, and never
 * posts to a serviceUrl off this machine, whatever a request names.
 */
class DevProfileTests {

    @Test
    void devListensOnThisMachineOnlyAndRepliesOnlyToLoopbackServiceUrls() {
        try (ConfigurableApplicationContext dev = start(devProperties())) {
            assertThat(dev.getBean(ServerProperties.class).getAddress().isLoopbackAddress())
                .as("bound to the loopback address")
                .isTrue();
            BotClient client = new BotClient(((WebServerApplicationContext) dev).getWebServer().getPort());
            TestUser elsewhere = TestUsers.fresh("Extern Adress");
            TestUser local = TestUsers.fresh("Lokal Adress");

            BotClient.Response refused = client.post(TestActivities.personalMessage(elsewhere, "hjälp")
                .tenant(StartupChecks.DEV_TENANT)
                .serviceUrl("http://203.0.113.7:3978/")
                .json(), null);
            BotClient.Response answered = client
                .post(TestActivities.personalMessage(local, "hjälp").tenant(StartupChecks.DEV_TENANT).json(), null);

            assertThat(refused.status()).isEqualTo(403);
            assertThat(answered.status()).as("a serviceUrl on this machine is answered").isBetween(200, 202);
            assertThat(FakeConnector.get().awaitSentTo(local.personalConversationId())).isNotNull();
            assertThat(FakeConnector.get().attemptsAt(elsewhere.personalConversationId())).isEmpty();
        }
    }

    @Test
    void devRefusesToStartOnAnotherDatabaseThanH2() {
        Map<String, Object> properties = devProperties();
        properties.put("spring.datasource.url", TestPostgres.newDatabase());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");

        assertThatThrownBy(() -> start(properties).close()).hasRootCauseInstanceOf(UnsafeSetupException.class)
            .rootCause()
            .hasMessageContaining("H2");
    }

    @Test
    void devRefusesToStartWithATenantOtherThanTheDevTenant() {
        Map<String, Object> properties = devProperties();
        properties.put("samverkansbot.teams.allowed-tenants", TestUsers.TENANT);

        assertThatThrownBy(() -> start(properties).close()).hasRootCauseInstanceOf(UnsafeSetupException.class)
            .rootCause()
            .hasMessageContaining(TestUsers.TENANT);
    }

    private static Map<String, Object> devProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.profiles.active", "dev");
        properties.put("server.port", "0");
        properties.put("spring.datasource.url",
                "jdbc:h2:mem:dev-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        properties.put("spring.quartz.scheduler-name", "samverkansbot-dev-profile-" + UUID.randomUUID());
        return properties;
    }

    /** Command-line arguments win over application.yml, as a developer's would. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(SamverkansbotApplication.class).run(properties.entrySet()
            .stream()
            .map((e) -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new));
    }

}
