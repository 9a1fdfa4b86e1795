package se.finsam.samverkansbot.testing;

import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays the Bot Connector for tests, on one local port per test JVM: serves the OpenID
 * configuration and signing keys the bot validates incoming tokens against, and records
 * every call the bot makes to its serviceUrl (replies, card updates, new conversations).
 */
public final class FakeConnector {

    private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities(?:/([^/]+))?");

    private static final Pattern PAGED_MEMBERS = Pattern.compile("/v3/conversations/([^/]+)/pagedmembers");

    private static final Pattern MEMBER = Pattern.compile("/v3/conversations/([^/]+)/members/([^/]+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FakeConnector instance;

    private final HttpServer server;

    private final TestKeys keys;

    private final List<SentActivity> sent = new CopyOnWriteArrayList<>();

    private final AtomicInteger ids = new AtomicInteger();

    private final Map<String, Queue<Scripted>> scripts = new ConcurrentHashMap<>();

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    private final Map<String, List<TestUsers.TestUser>> rosters = new ConcurrentHashMap<>();

    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    private record Profile(TestUsers.TestUser user, String email) {
    }

    /** Members on one page of a roster: small, so that tests read several pages. */
    public static final int ROSTER_PAGE = 2;

    /**
     * An answer the connector gives instead of success.
     *
     * @param status the HTTP status
     * @param retryAfterSeconds the {@code Retry-After} header, or null for none
     */
    public record Scripted(int status, Integer retryAfterSeconds) {

        public static Scripted status(int status) {
            return new Scripted(status, null);
        }

        public static Scripted tooManyRequests(int retryAfterSeconds) {
            return new Scripted(429, retryAfterSeconds);
        }

    }

    /** One call to a conversation, successful or not. */
    public record Attempt(String conversationId, int status, Instant at) {
    }

    private FakeConnector(TestKeys keys) throws IOException {
        this.keys = keys;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "fake-connector");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/.well-known/openid-configuration", this::openIdConfiguration);
        server.createContext("/keys", exchange -> respond(exchange, 200, keys.jwks()));
        server.createContext("/v3/conversations", this::conversations);
        server.start();
    }

    /**
     * The JVM's one fake connector, shared by every application a test starts (its
     * {@link TestBotConfiguration} points token validation at this connector's keys).
     */
    public static synchronized FakeConnector get() {
        if (instance == null) {
            try {
                instance = new FakeConnector(TestKeys.generate());
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String openIdMetadataUrl() {
        return serviceUrl() + ".well-known/openid-configuration";
    }

    public TestKeys keys() {
        return keys;
    }

    /**
     * Makes the next calls to a conversation fail with these answers, in order; calls
     * after them succeed again.
     */
    public void script(String conversationId, Scripted... answers) {
        scripts.computeIfAbsent(conversationId, (id) -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    /**
     * The members Teams lists for a team ({@code GET
     * v3/conversations/{teamId}/pagedmembers}), {@link #ROSTER_PAGE} a page with a
     * continuation token for the next, as Teams pages them; a team without a roster
     * answers 404.
     */
    public void roster(String teamId, TestUsers.TestUser... members) {
        rosters.put(teamId, List.of(members));
    }

    /**
     * What Teams tells of a user in their member information ({@code GET
     * v3/conversations/{id}/members/{userId}}): their e-mail address and user principal
     * name. A user without a profile answers 404.
     */
    public void profile(TestUsers.TestUser user, String email) {
        profiles.put(user.id(), new Profile(user, email));
    }

    /** Forgets the answers not yet given to a conversation. */
    public void unscript(String conversationId) {
        scripts.remove(conversationId);
    }

    /** Every call to a conversation, failed ones included, oldest first. */
    public List<Attempt> attemptsAt(String conversationId) {
        return attempts.stream().filter((attempt) -> conversationId.equals(attempt.conversationId())).toList();
    }

    /** Everything the bot sent so far, oldest first. */
    public List<SentActivity> sent() {
        return List.copyOf(sent);
    }

    public List<SentActivity> sentTo(String conversationId) {
        return sent.stream().filter(activity -> conversationId.equals(activity.conversationId())).toList();
    }

    /**
     * Waits until the bot has sent something matching, and returns it; fails after the
     * timeout.
     */
    public SentActivity awaitSent(Predicate<SentActivity> matching, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (SentActivity activity : sent) {
                if (matching.test(activity)) {
                    return activity;
                }
            }
            sleep(20);
        }
        throw new AssertionError("The bot sent nothing matching within " + timeout + "; it sent " + sent);
    }

    public SentActivity awaitSentTo(String conversationId) {
        return awaitSent(activity -> conversationId.equals(activity.conversationId()), Duration.ofSeconds(10));
    }

    private void openIdConfiguration(HttpExchange exchange) throws IOException {
        ObjectNode configuration = JSON.createObjectNode()
            .put("issuer", "https://api.botframework.com")
            .put("authorization_endpoint", "https://invalid.botframework.test/")
            .put("jwks_uri", serviceUrl() + "keys");
        configuration.putArray("id_token_signing_alg_values_supported").add("RS256");
        configuration.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
        respond(exchange, 200, configuration.toString());
    }

    private void conversations(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        JsonNode body = readJson(exchange.getRequestBody());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher activities = ACTIVITIES.matcher(path);
        if (activities.matches()) {
            String conversationId = decode(activities.group(1));
            String activityId = activities.group(2) == null ? null : decode(activities.group(2));
            Scripted scripted = Optional.ofNullable(scripts.get(conversationId)).map(Queue::poll).orElse(null);
            if (scripted != null) {
                attempts.add(new Attempt(conversationId, scripted.status(), Instant.now()));
                if (scripted.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().set("Retry-After", scripted.retryAfterSeconds().toString());
                }
                respond(exchange, scripted.status(), "{\"error\":{\"code\":\"Scripted\",\"message\":\"fake\"}}");
                return;
            }
            attempts.add(new Attempt(conversationId, 200, Instant.now()));
            SentActivity.Kind kind = "PUT".equals(method) ? SentActivity.Kind.UPDATE : SentActivity.Kind.SEND;
            sent.add(new SentActivity(kind, conversationId, activityId, authorization, body, Instant.now()));
            String id = kind == SentActivity.Kind.UPDATE ? activityId : "sent-" + ids.incrementAndGet();
            respond(exchange, 200, JSON.createObjectNode().put("id", id).toString());
            return;
        }
        Matcher pagedMembers = PAGED_MEMBERS.matcher(path);
        if (pagedMembers.matches() && "GET".equals(method) && rosters.containsKey(decode(pagedMembers.group(1)))) {
            List<TestUsers.TestUser> roster = rosters.get(decode(pagedMembers.group(1)));
            String token = query(exchange, "continuationToken");
            int from = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
            int to = Math.min(roster.size(), from + ROSTER_PAGE);
            ObjectNode page = JSON.createObjectNode();
            com.fasterxml.jackson.databind.node.ArrayNode members = page.putArray("members");
            for (TestUsers.TestUser member : roster.subList(from, to)) {
                members.addObject()
                    .put("id", member.id())
                    .put("name", member.name())
                    .put("aadObjectId", member.aadObjectId());
            }
            if (to < roster.size()) {
                page.put("continuationToken", "page-" + to);
            }
            respond(exchange, 200, page.toString());
            return;
        }
        Matcher member = MEMBER.matcher(path);
        if (member.matches() && "GET".equals(method) && profiles.containsKey(decode(member.group(2)))) {
            Profile profile = profiles.get(decode(member.group(2)));
            respond(exchange, 200,
                    JSON.createObjectNode()
                        .put("id", profile.user().id())
                        .put("name", profile.user().name())
                        .put("aadObjectId", profile.user().aadObjectId())
                        .put("email", profile.email())
                        .put("userPrincipalName", profile.email())
                        .put("tenantId", TestUsers.TENANT)
                        .toString());
            return;
        }
        if ("/v3/conversations".equals(path) && "POST".equals(method)) {
            String conversationId = "created-" + ids.incrementAndGet();
            sent.add(new SentActivity(SentActivity.Kind.CREATE_CONVERSATION, conversationId, null, authorization, body,
                    Instant.now()));
            respond(exchange, 201,
                    JSON.createObjectNode()
                        .put("id", conversationId)
                        .put("activityId", "sent-" + ids.incrementAndGet())
                        .toString());
            return;
        }
        respond(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"fake connector\"}}");
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
                return decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode readJson(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
