package se.finsam.samverkansbot.teams.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.finsam.samverkansbot.testing.CountingConnector;

/**
 * Benchmark of the durable outbox against a connector that enforces Teams' limits: 2,000
 * queued messages to 200 conversations, a global 50 per second (429 with
 * {@code Retry-After} beyond it), Teams' per-conversation limits, and 5 % random 503s.
 * Runs the packaged application ({@code target/samverkansbot.jar}, dev profile, H2 file)
 * as a separate process: once straight through, once killed (SIGKILL) in the middle and
 * started again. Prints delivered per second, 429s, 503s, lost and duplicates.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.teams.delivery.OutboxBenchmark
 * </pre>
 */
public final class OutboxBenchmark {

    private static final int CONVERSATIONS = 200;

    private static final int MESSAGES = 2000;

    private static final int GLOBAL_PER_SECOND = 50;

    private static final double UNAVAILABLE_SHARE = 0.05;

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("samverkansbot.jar", "target/samverkansbot.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first");
        }
        System.out.printf("Outbox benchmark: %d messages to %d conversations, limit %d/s global, %.0f %% random 503%n",
                MESSAGES, CONVERSATIONS, GLOBAL_PER_SECOND, UNAVAILABLE_SHARE * 100);
        System.out.printf("Machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"));
        run(jar, false);
        run(jar, true);
    }

    private static void run(Path jar, boolean killInTheMiddle) throws Exception {
        Path dataDir = Files.createTempDirectory("outbox-benchmark");
        try (CountingConnector connector = new CountingConnector(GLOBAL_PER_SECOND,
                CountingConnector.TEAMS_CONVERSATION_LIMITS, UNAVAILABLE_SHARE, Duration.ZERO)) {
            int port = freePort();
            // First start creates the database; stopped again before the messages are
            // queued.
            Process app = start(jar, dataDir, port);
            awaitHealthy(port, app);
            stop(app);
            queue(dataDir, connector.serviceUrl());

            app = start(jar, dataDir, port);
            if (killInTheMiddle) {
                connector.awaitDistinct(MESSAGES / 2, Duration.ofMinutes(3));
                app.destroyForcibly().waitFor();
                System.out.printf("  killed (SIGKILL) after %d delivered; starting again%n", connector.distinct());
                app = start(jar, dataDir, port);
            }
            boolean complete = connector.awaitDistinct(MESSAGES, Duration.ofMinutes(5));
            Thread.sleep(2000);
            stop(app);
            Duration elapsed = Duration.between(connector.firstAccepted(), connector.lastAccepted());
            double perSecond = (connector.distinct() - 1) / (elapsed.toMillis() / 1000.0);
            System.out.printf("%s:%n", killInTheMiddle ? "Killed once in the middle and restarted" : "Straight run");
            System.out.printf("  delivered %d of %d%s in %.1f s: %.1f per second (%.0f %% of the allowed %d/s)%n",
                    connector.distinct(), MESSAGES, complete ? "" : " (INCOMPLETE)", elapsed.toMillis() / 1000.0,
                    perSecond, 100 * perSecond / GLOBAL_PER_SECOND, GLOBAL_PER_SECOND);
            System.out.printf("  429 answered: %d, 503 answered: %d, lost: %d, duplicates: %d%n",
                    connector.tooManyRequests(), connector.unavailable(), MESSAGES - connector.distinct(),
                    connector.accepted() - connector.distinct());
        }
        finally {
            deleteRecursively(dataDir);
        }
    }

    private static Process start(Path jar, Path dataDir, int port) throws IOException {
        return new ProcessBuilder("java", "-jar", jar.toString(), "--spring.profiles.active=dev",
                "--server.port=" + port, "--samverkansbot.data-dir=" + dataDir,
                "--logging.level.se.finsam.samverkansbot=INFO")
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("app.log").toFile())
            .start();
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        app.waitFor();
    }

    private static void awaitHealthy(int port, Process app) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application did not become healthy");
    }

    /**
     * Queues the messages as the outbox stores them, with the conversations they go to.
     */
    private static void queue(Path dataDir, String serviceUrl) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("samverkansbot"), "sa",
                "")) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement conversation = db.prepareStatement("""
                    INSERT INTO conversation (conversation_id, kind, tenant_id, user_aad_object_id, service_url,
                        reference_json, installed, updated_at)
                    VALUES (?, 'PERSONAL', 'bench-tenant', ?, ?, '{}', TRUE, ?)""")) {
                for (int c = 0; c < CONVERSATIONS; c++) {
                    conversation.setString(1, "a:bench-" + c);
                    conversation.setString(2, "aad-bench-" + c);
                    conversation.setString(3, serviceUrl);
                    conversation.setTimestamp(4, now);
                    conversation.addBatch();
                }
                conversation.executeBatch();
            }
            try (PreparedStatement message = db.prepareStatement("""
                    INSERT INTO outbox_message (conversation_key, tenant_id, target, conversation_id, service_url,
                        payload, status, attempts, next_attempt_at, created_at)
                    VALUES (?, 'bench-tenant', 'PERSONAL', ?, ?, ?, 'PENDING', 0, ?, ?)""")) {
                for (int m = 0; m < MESSAGES; m++) {
                    String conversationId = "a:bench-" + (m % CONVERSATIONS);
                    message.setString(1, conversationId);
                    message.setString(2, conversationId);
                    message.setString(3, serviceUrl);
                    message.setString(4,
                            JSON.createObjectNode().put("type", "message").put("text", "bench-" + m).toString());
                    message.setTimestamp(5, now);
                    message.setTimestamp(6, now);
                    message.addBatch();
                }
                message.executeBatch();
            }
            db.commit();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
    }

}
