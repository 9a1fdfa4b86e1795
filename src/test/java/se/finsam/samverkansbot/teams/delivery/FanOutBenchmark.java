package se.finsam.samverkansbot.teams.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.finsam.samverkansbot.testing.CountingConnector;
import se.finsam.samverkansbot.testing.PackagedBot;
import se.finsam.samverkansbot.testing.QueuedMessages;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Benchmark of Teams' limit for the whole app kept by several instances together: three
 * instances of the packaged application (separate processes) on one embedded PostgreSQL
 * fan out 3,000 messages, one to each of 3,000 conversations, to a local connector that
 * enforces 50 calls in any second (429 with {@code Retry-After} beyond) and Teams'
 * per-conversation limits. Prints the rate achieved against the limit, the 429s, what
 * each instance sent, and lost and doubled messages counted at the connector and in the
 * database.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.teams.delivery.FanOutBenchmark [-Dexec.args=3]
 * </pre>
 */
public final class FanOutBenchmark {

    private static final int MESSAGES = 3000;

    private static final int LIMIT_PER_SECOND = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.printf("Fan-out benchmark: %d instances on one PostgreSQL, %d messages to %d conversations, "
                + "limit %d/s for the app%n", instances, MESSAGES, MESSAGES, LIMIT_PER_SECOND);
        System.out.printf("Machine: %d cores, load average at start %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        Path workDir = Files.createTempDirectory("fan-out-benchmark");
        String url = TestPostgres.newDatabase();
        List<PackagedBot> bots = new ArrayList<>();
        try (CountingConnector connector = new CountingConnector(LIMIT_PER_SECOND,
                CountingConnector.TEAMS_CONVERSATION_LIMITS, 0, Duration.ZERO)) {
            for (int i = 0; i < instances; i++) {
                bots.add(PackagedBot.production("instance-" + (i + 1), workDir, url, "postgres", "postgres",
                        Map.of("samverkansbot.outbox.global-rate", Integer.toString(LIMIT_PER_SECOND))));
            }
            // The first makes the schema; the others join it together.
            bots.get(0).start().awaitHealthy(Duration.ofMinutes(3));
            CompletableFuture
                .allOf(bots.subList(1, bots.size())
                    .stream()
                    .map((bot) -> CompletableFuture.runAsync(() -> bot.start().awaitHealthy(Duration.ofMinutes(3))))
                    .toArray(CompletableFuture[]::new))
                .join();
            System.out.printf("%d instances ready; load average %s%n", instances, loadAverage());

            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                QueuedMessages.queue(db, connector.serviceUrl(), "fan-out", MESSAGES, MESSAGES);
            }
            boolean complete = connector.awaitDistinct(MESSAGES, Duration.ofMinutes(5));
            awaitNothingPending(url);
            Thread.sleep(2000);

            double seconds = Duration.between(connector.firstAccepted(), connector.lastAccepted()).toMillis() / 1000.0;
            double perSecond = (connector.distinct() - 1) / seconds;
            System.out.printf("Delivered %d of %d%s in %.1f s: %.1f per second, %.1f %% of the limit %d/s%n",
                    connector.distinct(), MESSAGES, complete ? "" : " (INCOMPLETE)", seconds, perSecond,
                    100 * perSecond / LIMIT_PER_SECOND, LIMIT_PER_SECOND);
            System.out.printf("429 answered (over the limit): %d%n", connector.tooManyRequests());
            System.out.printf("At the connector: lost %d, doubled %d%n", MESSAGES - connector.distinct(),
                    connector.accepted() - connector.distinct());
            System.out.printf("In the database: %s%n", statuses(url));
            for (PackagedBot bot : bots) {
                System.out.printf("  %s sent %.0f%n", bot.log().getFileName(), sentBy(bot));
            }
            System.out.printf("Load average at the end %s%n", loadAverage());
        }
        finally {
            bots.forEach(PackagedBot::stop);
        }
        System.exit(0);
    }

    private static void awaitNothingPending(String url) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                    ResultSet rows = db.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static String statuses(String url) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rows = db.createStatement()
                    .executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status ORDER BY status")) {
            while (rows.next()) {
                counts.append(rows.getString(1)).append(' ').append(rows.getLong(2)).append("; ");
            }
        }
        return counts.toString();
    }

    private static double sentBy(PackagedBot bot) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.managementPort()
                        + "/actuator/metrics/samverkansbot.outbox.deliveries?tag=outcome:sent"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble(Double.NaN);
        }
        catch (Exception e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        }
        catch (Exception e) {
            return "unknown";
        }
    }

}
