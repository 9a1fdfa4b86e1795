package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.testing.CountingConnector;
import se.finsam.samverkansbot.testing.PackagedBot;
import se.finsam.samverkansbot.testing.QueuedMessages;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Real crashes of the packaged application: the process is killed (SIGKILL, no shutdown
 * of any kind) while the outbox is delivering to a connector that is slow to answer, so
 * that messages are in flight. Afterwards every message written is delivered, none that
 * was recorded as sent goes out again, and only messages in flight at the kill may arrive
 * twice. On H2 the same process starts again on its file; on PostgreSQL the second
 * instance takes over the killed one's messages when their lease ends.
 */
class DeliveryCrashIT {

    private static final Duration START = Duration.ofSeconds(150);

    private static final String H2_USER = "samverkansbot";

    private static final String H2_PASSWORD = "crash-test-password";

    /**
     * Threads of an instance that talk to the connector: at most so many calls in flight.
     */
    private static final int SENDERS = 8;

    private static final String SENT = "status = 'SENT'";

    /** Claimed by an instance and not finished: what it was delivering. */
    private static final String IN_FLIGHT = "status = 'PENDING' AND leased_until IS NOT NULL";

    @TempDir
    Path workDir;

    @Test
    void killedMidDeliveryOnH2LosesNothingAndSendsAtMostTheMessageInFlightTwice() throws Exception {
        int messages = 40;
        String prefix = "h2-crash";
        String url = "jdbc:h2:file:" + workDir.resolve("data/samverkansbot") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        // One message in hand at a time: "the one in flight" is one message.
        Map<String, String> settings = Map.of("samverkansbot.outbox.sender-threads", "1",
                "samverkansbot.outbox.max-in-flight", "1", "samverkansbot.outbox.poll-interval", "100ms");
        try (CountingConnector connector = new CountingConnector(0, List.of(), 0, Duration.ofMillis(200));
                PackagedBot bot = PackagedBot.production("h2", workDir, url, H2_USER, H2_PASSWORD, settings)) {
            // The first start makes the database; the messages are written while the bot
            // is stopped (the embedded database has one process at a time).
            bot.start().awaitHealthy(START);
            bot.stop();
            try (Connection db = DriverManager.getConnection(url, H2_USER, H2_PASSWORD)) {
                QueuedMessages.queue(db, connector.serviceUrl(), prefix, messages, messages);
            }

            bot.start().awaitHealthy(START);
            killWhileAnswering(bot, connector, messages / 4);
            Set<String> recordedSent = texts(url, H2_USER, H2_PASSWORD, SENT);
            Set<String> inFlight = texts(url, H2_USER, H2_PASSWORD, IN_FLIGHT);
            assertThat(recordedSent).as("recorded as sent before the kill").isNotEmpty();
            assertThat(inFlight).as("in flight at the kill").hasSizeLessThanOrEqualTo(1);

            Instant restarted = Instant.now();
            bot.start().awaitHealthy(START);
            assertThat(connector.awaitDistinct(messages, Duration.ofSeconds(60))).as("every message arrives").isTrue();
            Instant delivered = connector.lastAccepted();
            // The embedded database opens in one process at a time: read it after a stop.
            bot.stop();

            assertThat(texts(url, H2_USER, H2_PASSWORD, SENT)).as("all recorded as sent").hasSize(messages);
            assertThat(connector.distinct()).isEqualTo(messages);
            for (String text : recordedSent) {
                assertThat(connector.timesReceived(text)).as("recorded as sent, so not sent again: " + text)
                    .isEqualTo(1);
            }
            assertThat(connector.doubled().keySet()).as("only the message in flight may arrive twice")
                .isSubsetOf(inFlight);
            System.out.printf(
                    "[measured] H2, killed after %d of %d: %d recorded sent, in flight %s, doubled %s; "
                            + "all delivered %.1f s after the restart began%n",
                    recordedSent.size() + inFlight.size(), messages, recordedSent.size(), inFlight, connector.doubled(),
                    Duration.between(restarted, delivered).toMillis() / 1000.0);
        }
    }

    @Test
    void oneOfTwoInstancesOnPostgresKilledTheOtherTakesOverItsMessages() throws Exception {
        int messages = 300;
        String prefix = "pg-crash";
        String url = TestPostgres.newDatabase();
        Duration lease = Duration.ofSeconds(3);
        Map<String, String> settings = Map.of("samverkansbot.outbox.lease", lease.toSeconds() + "s",
                "samverkansbot.outbox.poll-interval", "100ms", "samverkansbot.outbox.sender-threads",
                Integer.toString(SENDERS));
        try (CountingConnector connector = new CountingConnector(0, List.of(), 0, Duration.ofMillis(300));
                PackagedBot killed = PackagedBot.production("pg-a", workDir, url, "postgres", "postgres", settings);
                PackagedBot survivor = PackagedBot.production("pg-b", workDir, url, "postgres", "postgres", settings)) {
            // The first start makes the schema; the second instance joins it.
            killed.start().awaitHealthy(START);
            survivor.start().awaitHealthy(START);
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                QueuedMessages.queue(db, connector.serviceUrl(), prefix, messages, messages);
            }

            killWhileAnswering(killed, connector, messages / 5);
            Instant killedAt = Instant.now();
            // Read before the killed instance's leases end: its messages are still
            // leased.
            Set<String> inFlight = texts(url, "postgres", "postgres", IN_FLIGHT);
            int atKill = connector.distinct();

            assertThat(connector.awaitDistinct(messages, Duration.ofSeconds(90)))
                .as("every message arrives, the killed instance's too")
                .isTrue();
            awaitNothingPending(url, "postgres", "postgres");

            assertThat(killed.isAlive()).isFalse();
            assertThat(texts(url, "postgres", "postgres", SENT)).hasSize(messages);
            assertThat(connector.distinct()).isEqualTo(messages);
            assertThat(connector.doubled().keySet()).as("only messages in flight at the kill may arrive twice")
                .isSubsetOf(inFlight)
                .hasSizeLessThanOrEqualTo(SENDERS);
            assertThat(connector.doubled().values()).as("and at most twice").allMatch((times) -> times == 2);
            System.out.printf(
                    "[measured] PostgreSQL, one of two killed after %d of %d: in flight %d, doubled %d; "
                            + "the survivor delivered the rest, the last %.1f s after the kill (lease %d s)%n",
                    atKill, messages, inFlight.size(), connector.doubled().size(),
                    Duration.between(killedAt, connector.lastAccepted()).toMillis() / 1000.0, lease.toSeconds());
        }
    }

    /** Kills the bot once it has delivered enough and is waiting for an answer. */
    private static void killWhileAnswering(PackagedBot bot, CountingConnector connector, int delivered) {
        await().atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(5))
            .until(() -> connector.distinct() >= delivered && !connector.answering().isEmpty());
        bot.kill();
    }

    /** The texts of the messages in this state. */
    private static Set<String> texts(String url, String user, String password, String condition) throws SQLException {
        Set<String> texts = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, user, password);
                var rows = db.createStatement().executeQuery("SELECT payload FROM outbox_message WHERE " + condition)) {
            while (rows.next()) {
                String payload = rows.getString(1);
                texts.add(payload.substring(payload.indexOf("\"text\":\"") + 8, payload.lastIndexOf('"')));
            }
        }
        return texts;
    }

    private static void awaitNothingPending(String url, String user, String password) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Connection db = DriverManager.getConnection(url, user, password);
                    var rows = db.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' "
                                + "OR leased_until IS NOT NULL")) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        });
    }

}
