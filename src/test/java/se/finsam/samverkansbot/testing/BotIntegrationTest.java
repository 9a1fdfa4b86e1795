package se.finsam.samverkansbot.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of end-to-end tests: the whole application in production mode (Bot Framework
 * authentication on) on a random port with an in-memory H2 database and real Quartz,
 * talking to the {@link FakeConnector}. Tests post real activities through {@link #bot()}
 * and read what the bot sent at {@link #connector()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestBotConfiguration.class)
public abstract class BotIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private org.springframework.core.env.Environment environment;

    @DynamicPropertySource
    static void botProperties(DynamicPropertyRegistry registry) {
        TestBotConfiguration.productionModeProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:samverkansbot-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        // Quartz shares job store connections JVM-wide by scheduler name; applications
        // that tests start
        // themselves (RunningBot) use names of their own.
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-shared-test");
    }

    protected BotClient bot() {
        return new BotClient(port);
    }

    protected FakeConnector connector() {
        return FakeConnector.get();
    }

    protected int port() {
        return port;
    }

}
