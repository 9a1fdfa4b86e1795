package se.finsam.samverkansbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot Connector for bots running as separate processes (benchmarks, crash tests):
 * counts every message it accepts by its text, so that lost and doubled messages show. It
 * can keep Teams' limits (a global rate and the per-conversation windows, 429 with
 * {@code Retry-After: 1} beyond them), answer a share of calls 503 at random, and take a
 * while to answer. A message counts as received when it is accepted, before the answer
 * goes back: a bot killed while waiting for the answer has delivered it, but does not
 * know.
 */
public final class CountingConnector implements AutoCloseable {

    /** Teams' per-conversation limits, as {count, milliseconds}. */
    public static final List<long[]> TEAMS_CONVERSATION_LIMITS = List.of(new long[] { 7, 1000 }, new long[] { 8, 2000 },
            new long[] { 60, 30000 }, new long[] { 1800, 3600000 });

    private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private final ExecutorService threads;

    private final int globalPerSecond;

    private final List<long[]> conversationLimits;

    private final double unavailableShare;

    private final Duration answerDelay;

    private final Deque<Long> globalWindow = new ArrayDeque<>();

    private final Map<String, Deque<Long>> conversationWindows = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    private final Set<String> answering = ConcurrentHashMap.newKeySet();

    private final AtomicInteger accepted = new AtomicInteger();

    private final AtomicInteger tooManyRequests = new AtomicInteger();

    private final AtomicInteger unavailable = new AtomicInteger();

    private volatile Instant first;

    private volatile Instant last;

    /**
     * @param globalPerSecond calls accepted in any second, 0 for no limit
     * @param conversationLimits limits per conversation, {count, milliseconds} each
     * @param unavailableShare share of calls answered 503 at random
     * @param answerDelay how long an accepted call waits for its answer
     */
    public CountingConnector(int globalPerSecond, List<long[]> conversationLimits, double unavailableShare,
            Duration answerDelay) throws IOException {
        this.globalPerSecond = globalPerSecond;
        this.conversationLimits = conversationLimits;
        this.unavailableShare = unavailableShare;
        this.answerDelay = answerDelay;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        threads = Executors.newFixedThreadPool(64, (runnable) -> {
            Thread thread = new Thread(runnable, "counting-connector");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/v3/conversations", this::handle);
        server.start();
    }

    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher path = ACTIVITIES.matcher(exchange.getRequestURI().getPath());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (!path.matches() || !"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 404, null);
            return;
        }
        if (unavailableShare > 0 && ThreadLocalRandom.current().nextDouble() < unavailableShare) {
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
        received.computeIfAbsent(text, (key) -> new AtomicInteger()).incrementAndGet();
        accepted.incrementAndGet();
        Instant now = Instant.now();
        if (first == null) {
            first = now;
        }
        last = now;
        if (!answerDelay.isZero()) {
            answering.add(text);
            try {
                Thread.sleep(answerDelay.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                answering.remove(text);
            }
        }
        try {
            respond(exchange, 200, null);
        }
        catch (IOException callerGone) {
            // The bot was killed while it waited: the message arrived all the same.
        }
    }

    /** Counts the call in every window, or refuses it if one is full. */
    private synchronized boolean admit(String conversation) {
        long now = System.currentTimeMillis();
        if (globalPerSecond > 0) {
            while (!globalWindow.isEmpty() && globalWindow.peekFirst() <= now - 1000) {
                globalWindow.pollFirst();
            }
            if (globalWindow.size() >= globalPerSecond) {
                return false;
            }
        }
        Deque<Long> calls = conversationWindows.computeIfAbsent(conversation, (key) -> new ArrayDeque<>());
        for (long[] limit : conversationLimits) {
            long inWindow = calls.stream().filter((at) -> at > now - limit[1]).count();
            if (inWindow >= limit[0]) {
                return false;
            }
        }
        if (globalPerSecond > 0) {
            globalWindow.addLast(now);
        }
        if (!conversationLimits.isEmpty()) {
            calls.addLast(now);
        }
        return true;
    }

    private static void respond(HttpExchange exchange, int status, String retryAfter) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        byte[] answer = (status == 200 ? "{\"id\":\"" + UUID.randomUUID() + "\"}" : "{}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** Different messages received. */
    public int distinct() {
        return received.size();
    }

    /** Calls accepted, repeats included. */
    public int accepted() {
        return accepted.get();
    }

    /** How often this message was received. */
    public int timesReceived(String text) {
        AtomicInteger times = received.get(text);
        return times == null ? 0 : times.get();
    }

    /** The messages received more than once, with how often. */
    public Map<String, Integer> doubled() {
        Map<String, Integer> doubled = new java.util.TreeMap<>();
        received.forEach((text, times) -> {
            if (times.get() > 1) {
                doubled.put(text, times.get());
            }
        });
        return doubled;
    }

    /** The messages accepted whose answer has not gone back yet. */
    public Set<String> answering() {
        return Set.copyOf(answering);
    }

    public int tooManyRequests() {
        return tooManyRequests.get();
    }

    public int unavailable() {
        return unavailable.get();
    }

    public Instant firstAccepted() {
        return first;
    }

    public Instant lastAccepted() {
        return last;
    }

    /** Waits until this many different messages have arrived. */
    public boolean awaitDistinct(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return received.size() >= count;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

}
