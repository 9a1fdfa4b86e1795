package se.finsam.samverkansbot.teams.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

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

    private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities");

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
        try (LimitedConnector connector = new LimitedConnector()) {
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
                    connector.tooManyRequests.get(), connector.unavailable.get(), MESSAGES - connector.distinct(),
                    connector.accepted.get() - connector.distinct());
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

    /**
     * A Bot Connector that keeps Teams' limits: 50 accepted calls in any second for the
     * whole app, the per-conversation windows, and 5 % of calls answered 503 at random.
     */
    static final class LimitedConnector implements AutoCloseable {

        private static final List<long[]> CONVERSATION_LIMITS = List.of(new long[] { 7, 1000 }, new long[] { 8, 2000 },
                new long[] { 60, 30000 }, new long[] { 1800, 3600000 });

        private final HttpServer server;

        private final Deque<Long> globalWindow = new ArrayDeque<>();

        private final Map<String, Deque<Long>> conversationWindows = new ConcurrentHashMap<>();

        private final Set<String> delivered = ConcurrentHashMap.newKeySet();

        final AtomicInteger accepted = new AtomicInteger();

        final AtomicInteger tooManyRequests = new AtomicInteger();

        final AtomicInteger unavailable = new AtomicInteger();

        private volatile Instant first;

        private volatile Instant last;

        LimitedConnector() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/v3/conversations", this::handle);
            server.start();
        }

        String serviceUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        private void handle(HttpExchange exchange) throws IOException {
            Matcher path = ACTIVITIES.matcher(exchange.getRequestURI().getPath());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!path.matches()) {
                respond(exchange, 404, null);
                return;
            }
            if (ThreadLocalRandom.current().nextDouble() < UNAVAILABLE_SHARE) {
                unavailable.incrementAndGet();
                respond(exchange, 503, null);
                return;
            }
            if (!admit(path.group(1))) {
                tooManyRequests.incrementAndGet();
                respond(exchange, 429, "1");
                return;
            }
            String text = JSON.readTree(body).path("text").asText();
            accepted.incrementAndGet();
            delivered.add(text);
            Instant now = Instant.now();
            if (first == null) {
                first = now;
            }
            last = now;
            respond(exchange, 200, null);
        }

        /** Counts the call in every window, or refuses it if one is full. */
        private synchronized boolean admit(String conversation) {
            long now = System.currentTimeMillis();
            while (!globalWindow.isEmpty() && globalWindow.peekFirst() <= now - 1000) {
                globalWindow.pollFirst();
            }
            if (globalWindow.size() >= GLOBAL_PER_SECOND) {
                return false;
            }
            Deque<Long> calls = conversationWindows.computeIfAbsent(conversation, (key) -> new ArrayDeque<>());
            for (long[] limit : CONVERSATION_LIMITS) {
                long inWindow = calls.stream().filter((at) -> at > now - limit[1]).count();
                if (inWindow >= limit[0]) {
                    return false;
                }
            }
            globalWindow.addLast(now);
            calls.addLast(now);
            return true;
        }

        private static void respond(HttpExchange exchange, int status, String retryAfter) throws IOException {
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            byte[] answer = (status == 200 ? "{\"id\":\"" + java.util.UUID.randomUUID() + "\"}" : "{}")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        }

        int distinct() {
            return delivered.size();
        }

        Instant firstAccepted() {
            return first;
        }

        Instant lastAccepted() {
            return last;
        }

        boolean awaitDistinct(int count, Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (delivered.size() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            return delivered.size() >= count;
        }

        @Override
        public void close() {
            server.stop(0);
        }

    }

}
