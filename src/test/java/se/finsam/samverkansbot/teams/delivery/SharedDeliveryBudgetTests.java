package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.FakeConnector.Attempt;
import se.finsam.samverkansbot.testing.OutboxRows;
import se.finsam.samverkansbot.testing.QueuedMessages;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Teams' limit for the whole app holds for all instances together: on PostgreSQL two
 * instances draw on one budget instead of each sending at the full rate.
 */
class SharedDeliveryBudgetTests {

    private static final int RATE = 2;

    private static final int MESSAGES = 12;

    private final FakeConnector connector = FakeConnector.get();

    @Test
    void twoInstancesOnOnePostgresTogetherKeepTheAppsRate() {
        String database = TestPostgres.newDatabase();
        // One message in hand per instance, so that both take part all along.
        Map<String, Object> properties = new HashMap<>(
                Map.of("samverkansbot.outbox.global-rate", RATE, "samverkansbot.outbox.max-in-flight", 1,
                        "samverkansbot.outbox.sender-threads", 1, "samverkansbot.outbox.poll-interval", "100ms"));
        String prefix = "budget-" + UUID.randomUUID();
        List<String> conversations = IntStream.range(0, MESSAGES)
            .mapToObj((c) -> QueuedMessages.conversationId(prefix, c))
            .toList();
        try (RunningBot first = RunningBot.onPostgres(database, properties);
                RunningBot second = RunningBot.onPostgres(database, properties)) {
            DataSource dataSource = first.bean(DataSource.class);
            double sentBefore = sent(first) + sent(second);

            QueuedMessages.queue(dataSource, connector.serviceUrl(), prefix, MESSAGES, MESSAGES);
            await().atMost(Duration.ofSeconds(60))
                .until(() -> conversations.stream().allMatch((c) -> !connector.sentTo(c).isEmpty()));
            OutboxRows.awaitAllFinished(dataSource);

            List<Instant> accepted = conversations.stream()
                .flatMap((c) -> connector.attemptsAt(c).stream())
                .filter((attempt) -> attempt.status() / 100 == 2)
                .map(Attempt::at)
                .sorted(Comparator.naturalOrder())
                .toList();
            assertThat(accepted).as("each message once").hasSize(MESSAGES);
            assertThat(conversations.stream().flatMap((c) -> connector.sentTo(c).stream()).map(SentActivity::text))
                .doesNotHaveDuplicates();
            assertThat(sent(first) - sentBefore).as("the first instance delivered").isPositive();
            assertThat(sent(second)).as("the second instance delivered").isPositive();
            assertThat(sent(first) + sent(second) - sentBefore).isEqualTo(MESSAGES);
            // Twelve places at two a second, one after the other, span 5.5 s; two
            // budgets of their own would send them in under 3 s.
            Duration span = Duration.between(accepted.get(0), accepted.get(MESSAGES - 1));
            assertThat(span).as("first to last delivery").isGreaterThan(Duration.ofMillis(4500));
            assertThat(JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM outbox_rate_budget")
                .query(Long.class)
                .single()).as("one budget in the database").isEqualTo(1);
        }
    }

    private static double sent(RunningBot bot) {
        return bot.bean(MeterRegistry.class).counter("samverkansbot.outbox.deliveries", "outcome", "sent").count();
    }

}
