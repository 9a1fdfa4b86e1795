package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactFormat;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.ConnectorTokens;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * Turn latency under open-loop load: signed activities posted to {@code /api/messages} at
 * a fixed rate whatever the bot answers (100, 200 and 300 a second), a mix of commands
 * from 50 caseworkers in personal chat (help, contact search, their cases, their
 * follow-ups), the replies going to a local connector that answers at once. Each
 * request's latency runs from the moment it was scheduled, not from when it was sent, so
 * a stalled bot shows in the figures (no coordinated omission). Beside it,
 * {@code /actuator/health/liveness} is probed at 20 a second: its p99 is the floor of the
 * machine and the web server under the same load. The application runs in production mode
 * (token validation, tenant allow-list, structured logs to a file) on an H2 file database
 * and on embedded PostgreSQL, in this JVM. Goals on a 2-core machine: p99 ≤ 25 ms at
 * 100/s, ≤ 50 ms at 200/s.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.teams.edge.TurnLatencyBenchmark
 * </pre>
 *
 * Options (system properties): {@code bench.rates} (default {@code 100,200,300}),
 * {@code bench.seconds} per rate (20), {@code bench.warmup} seconds at 50/s before the
 * first rate (60), {@code bench.databases} ({@code h2,postgresql}).
 */
public final class TurnLatencyBenchmark {

    private static final int USERS = 50;

    private static final int CONTACTS = 300;

    private static final int PROBES_PER_SECOND = 20;

    private static final int WARMUP_RATE = 50;

    private static final String TEAM = "19:bench-team@thread.tacv2";

    private static final List<String> KOMMUNER = List.of("Osby", "Hässleholm", "Kristianstad");

    private static final List<String> QUERIES = List.of("fk sjukpenning osby", "psykiatrin hässleholm",
            "vc rehabkoordinator", "ekb kristianstad", "arbetsformedlingen etablering", "sjukpeninng",
            "forsakringskasan sgi", "sip", "samverkansansvarig", "af arbetsträning", "läkarintyg sjukskrivning", "tolk",
            "daglig verksamhet lss osby", "boendestod kristianstad", "kundtjänst fk");

    private static final List<String> TOPICS = List.of("sjukpenning", "SGI", "rehabiliteringsersättning", "etablering",
            "aktivitetsstöd", "arbetslivsinriktad rehabilitering", "SIP", "ekonomiskt bistånd", "psykisk ohälsa",
            "missbruk", "sjukskrivning", "läkarintyg", "arbetsträning", "tolk", "LSS", "daglig verksamhet",
            "boendestöd", "försörjningsstöd");

    private static final List<String> UNITS = List.of("Samverkansansvarig", "Mottagning", "Rehabkoordinator",
            "Handläggarteam", "Kundtjänst", "Vårdcentral", "Beroendemottagning", "Arbetsmarknadsenhet", "Socialkontor",
            "Öppenvård", "Kurator", "Specialistteam");

    /** The command mix: what each turn asks, with its weight in percent. */
    private enum Command {

        HELP(25), CONTACT_SEARCH(35), CASE_LIST(20), FOLLOW_UP_LIST(20);

        final int weight;

        Command(int weight) {
            this.weight = weight;
        }

        static Command pick(Random random) {
            int roll = random.nextInt(100);
            for (Command command : values()) {
                roll -= command.weight;
                if (roll < 0) {
                    return command;
                }
            }
            return HELP;
        }

    }

    private TurnLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream(System.getProperty("bench.rates", "100,200,300").split(","))
            .mapToInt(rate -> Integer.parseInt(rate.strip()))
            .toArray();
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 60);
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgresql").split(","));
        System.out.printf(Locale.ROOT,
                "Turn latency benchmark: %d users, mix %s, %d s per rate after %d s of warm-up%n", USERS, mix(),
                seconds, warmup);
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s, Java %s; load at start %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), load());
        try (ReplySink sink = new ReplySink()) {
            for (String database : databases) {
                Path dataDir = Files.createTempDirectory("turn-latency");
                Map<String, Object> properties = new HashMap<>();
                properties.put("samverkansbot.organisation.kommuner", String.join(",", KOMMUNER));
                properties.put("samverkansbot.organisation.coordinators[0].user-id",
                        TestUsers.COORDINATOR.aadObjectId());
                properties.put("samverkansbot.organisation.coordinators[0].name", TestUsers.COORDINATOR.name());
                // Production logging (ECS JSON), to a file rather than into the figures.
                properties.put("logging.file.name", dataDir.resolve("bot.log").toString());
                properties.put("logging.structured.format.file", "ecs");
                properties.put("logging.threshold.console", "OFF");
                properties.put("spring.main.banner-mode", "off");
                try (RunningBot bot = switch (database.strip()) {
                    case "h2" -> RunningBot.onH2Files(dataDir, properties);
                    case "postgresql" -> RunningBot.onPostgres(TestPostgres.newDatabase(), properties);
                    default -> throw new IllegalArgumentException("Unknown database " + database);
                }) {
                    System.out.printf(Locale.ROOT, "%n%s (log: %s)%n",
                            "h2".equals(database.strip()) ? "H2 file database" : "Embedded PostgreSQL",
                            dataDir.resolve("bot.log"));
                    Load load = new Load(bot, sink);
                    load.prepare();
                    Result warm = load.run(WARMUP_RATE, warmup);
                    System.out.printf(Locale.ROOT, "  warm-up at %d/s: p50 %.1f ms, p99 %.1f ms%n", WARMUP_RATE,
                            warm.turns.p50(), warm.turns.p99());
                    System.out.println(
                            "  rate   turns  failed   p50 ms   p99 ms   max ms | liveness p50/p99 ms | load 1/5/15 min");
                    for (int rate : rates) {
                        Thread.sleep(2000);
                        Result result = load.run(rate, seconds);
                        System.out.printf(Locale.ROOT, "  %3d/s %7d %7d %8.1f %8.1f %8.1f | %8.1f %8.1f | %s%n", rate,
                                result.turns.count(), result.failed, result.turns.p50(), result.turns.p99(),
                                result.turns.max(), result.liveness.p50(), result.liveness.p99(), load());
                        StringBuilder perCommand = new StringBuilder("         p99 by command:");
                        result.byCommand.forEach((command, latencies) -> perCommand.append(String.format(Locale.ROOT,
                                " %s %.1f ms;", command.name().toLowerCase(), latencies.p99())));
                        System.out.println(perCommand);
                    }
                }
                finally {
                    if (!Boolean.getBoolean("bench.keep")) {
                        deleteRecursively(dataDir);
                    }
                }
            }
        }
        System.exit(0);
    }

    private static String mix() {
        StringBuilder mix = new StringBuilder();
        for (Command command : Command.values()) {
            mix.append(mix.isEmpty() ? "" : ", ")
                .append(command.name().toLowerCase())
                .append(' ')
                .append(command.weight)
                .append('%');
        }
        return mix.toString();
    }

    /** The machine's load averages, as {@code uptime} shows them. */
    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException unknown) {
            return "unknown";
        }
    }

    /** The users, their data and the activities they send, for one running bot. */
    private static final class Load {

        private final RunningBot bot;

        private final ReplySink sink;

        private final List<TestUser> users = new ArrayList<>();

        private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

        /**
         * Blocking sends on reused threads: the client's asynchronous sends would start a
         * thread for each request on a 2-core machine (the common pool has one thread
         * there, so CompletableFuture starts a thread per task), load the bot never made.
         */
        private final ExecutorService senders = Executors.newCachedThreadPool(daemon("bench-sender"));

        private final String token;

        private final AtomicInteger ids = new AtomicInteger();

        Load(RunningBot bot, ReplySink sink) {
            this.bot = bot;
            this.sink = sink;
            this.token = ConnectorTokens.valid(TestUsers.BOT_APP_ID, sink.serviceUrl()).header();
            for (int i = 0; i < USERS; i++) {
                users.add(new TestUser("29:bench-user-" + i, "aad-bench-user-" + i, "Handläggare " + (i + 1)));
            }
        }

        /**
         * The team (added through the endpoint, as Teams does), the users' installations,
         * a case for every other user, two follow-ups each and a contact directory.
         */
        void prepare() {
            BotClient client = bot.client();
            client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, TEAM, "Konsultationsteam Nordost"));
            TestActivities setUp = TestActivities.personalMessage(TestUsers.COORDINATOR,
                    "konsultationsteam " + String.join(", ", KOMMUNER));
            ((ObjectNode) setUp.node().get("conversation")).put("id", TEAM + ";messageid=bench-thread")
                .put("conversationType", "channel");
            ObjectNode channelData = (ObjectNode) setUp.node().get("channelData");
            channelData.putObject("team").put("id", TEAM).put("name", "Konsultationsteam Nordost");
            channelData.putObject("channel").put("id", TEAM);
            check(client.send(setUp), "team set-up");
            FakeConnector.get()
                .awaitSent(sent -> sent.text() != null && sent.text().startsWith("Klart!"), Duration.ofSeconds(30));

            CaseManagement cases = bot.bean(CaseManagement.class);
            FollowUpManagement followUps = bot.bean(FollowUpManagement.class);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            Random random = new Random(7);
            for (int i = 0; i < users.size(); i++) {
                TestUser user = users.get(i);
                check(client.send(TestActivities.botInstalledPersonally(user).serviceUrl(sink.serviceUrl())),
                        "installation");
                UserId id = UserId.of(user.aadObjectId());
                String kommun = KOMMUNER.get(i % KOMMUNER.size());
                if (i % 2 == 0) {
                    cases.raise(new NewCase(new Person(id, user.name(), Agency.FK), TestUsers.TENANT,
                            new Kommun(kommun), Agency.FK, EnumSet.of(Agency.AF, Agency.KOMMUN_SOCIAL_SERVICES),
                            AgeBand.AGE_30_39, Gender.WOMAN, EnumSet.of(Category.RULES, Category.INCOME),
                            "Kvinna 30–39 år, sjukskriven sedan två år, avslag på sjukpenning.",
                            "Hur kan vi samordna insatserna så att hon inte hamnar mellan stolarna?", true, Set.of()));
                }
                for (int plan = 0; plan < 2; plan++) {
                    followUps.register(new Registration(id, TestUsers.TENANT, plan == 0 ? "SIP" : "AFTER_INSATS",
                            "SIP-" + i + "-" + plan, today.minusDays(random.nextInt(120)).toString(), null, "ME",
                            kommun, null, Set.of(), user.name()));
                }
            }
            String csv = contactsCsv(new Random(42));
            bot.bean(ContactDirectory.class)
                .importFile(csv, ContactFormat.CSV, UserId.of(TestUsers.COORDINATOR.aadObjectId()));
            awaitOutboxDrained(bot.bean(DataSource.class));
        }

        Result run(int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            int probes = PROBES_PER_SECOND * seconds;
            Random random = new Random(rate * 31L + seconds);
            Command[] commands = new Command[total];
            HttpRequest[] requests = new HttpRequest[total];
            for (int i = 0; i < total; i++) {
                commands[i] = Command.pick(random);
                requests[i] = turn(users.get(i % users.size()), commands[i], random);
            }
            HttpRequest probe = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(30))
                .build();
            long[] turnLatencies = new long[total];
            long[] probeLatencies = new long[probes];
            AtomicInteger failed = new AtomicInteger();
            List<CompletableFuture<?>> pending = new ArrayList<>(total + probes);
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            long turnInterval = TimeUnit.SECONDS.toNanos(1) / rate;
            long probeInterval = TimeUnit.SECONDS.toNanos(1) / PROBES_PER_SECOND;
            int turn = 0;
            int probed = 0;
            while (turn < total || probed < probes) {
                long nextTurn = turn < total ? start + turn * turnInterval : Long.MAX_VALUE;
                long nextProbe = probed < probes ? start + probed * probeInterval : Long.MAX_VALUE;
                final long scheduled = Math.min(nextTurn, nextProbe);
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                if (nextTurn <= nextProbe) {
                    int index = turn++;
                    pending.add(CompletableFuture.runAsync(() -> {
                        if (send(requests[index]) >= 300) {
                            failed.incrementAndGet();
                        }
                        turnLatencies[index] = System.nanoTime() - scheduled;
                    }, senders));
                }
                else {
                    int index = probed++;
                    pending.add(CompletableFuture.runAsync(() -> {
                        if (send(probe) != 200) {
                            failed.incrementAndGet();
                        }
                        probeLatencies[index] = System.nanoTime() - scheduled;
                    }, senders));
                }
            }
            try {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
            catch (Exception timedOutOrFailed) {
                // Counted per request above; a request still open counts as its time so
                // far.
                long now = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    if (turnLatencies[i] == 0) {
                        turnLatencies[i] = now - (start + i * turnInterval);
                    }
                }
            }
            Map<Command, Latencies> byCommand = new java.util.EnumMap<>(Command.class);
            for (Command command : Command.values()) {
                byCommand.put(command,
                        new Latencies(java.util.stream.IntStream.range(0, total)
                            .filter(i -> commands[i] == command)
                            .mapToLong(i -> turnLatencies[i])
                            .toArray()));
            }
            return new Result(new Latencies(turnLatencies), new Latencies(probeLatencies), failed.get(), byCommand);
        }

        private HttpRequest turn(TestUser user, Command command, Random random) {
            String text = switch (command) {
                case HELP -> "hjälp";
                case CONTACT_SEARCH -> "kontakt " + QUERIES.get(random.nextInt(QUERIES.size()));
                case CASE_LIST -> "mina ärenden";
                case FOLLOW_UP_LIST -> "uppföljningar";
            };
            String body = TestActivities.personalMessage(user, text)
                .serviceUrl(sink.serviceUrl())
                .id("act-bench-" + ids.incrementAndGet())
                .json();
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        }

        /** The status, or 599 for no answer. */
        private int send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            catch (IOException failed) {
                return 599;
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 599;
            }
        }

        private static void check(BotClient.Response response, String what) {
            if (response.status() >= 300) {
                throw new IllegalStateException(what + " answered " + response.status());
            }
        }

        private static void awaitOutboxDrained(DataSource dataSource) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && jdbc
                .sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' OR leased_until IS NOT NULL")
                .query(Long.class)
                .single() > 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }

    }

    private record Result(Latencies turns, Latencies liveness, int failed, Map<Command, Latencies> byCommand) {
    }

    /** Latencies in nanoseconds, reported in milliseconds. */
    private record Latencies(long[] sorted) {

        Latencies {
            sorted = sorted.clone();
            Arrays.sort(sorted);
        }

        int count() {
            return sorted.length;
        }

        double p50() {
            return quantile(0.50);
        }

        double p99() {
            return quantile(0.99);
        }

        double max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        }

        private double quantile(double q) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

    }

    private static String contactsCsv(Random random) {
        StringBuilder csv = new StringBuilder("key,agency,unit,kommuner,topics,phone,whenToUse,lastVerified\n");
        Agency[] agencies = Agency.values();
        for (int i = 0; i < CONTACTS; i++) {
            List<String> kommuner = new ArrayList<>();
            for (String kommun : KOMMUNER) {
                if (random.nextInt(3) == 0) {
                    kommuner.add(kommun);
                }
            }
            List<String> topics = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(4); t++) {
                topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
            }
            csv.append("bench-")
                .append(i)
                .append(',')
                .append(agencies[random.nextInt(agencies.length)].name())
                .append(',')
                .append(UNITS.get(random.nextInt(UNITS.size())))
                .append(' ')
                .append(i)
                .append(",\"")
                .append(String.join(", ", kommuner))
                .append("\",\"")
                .append(String.join(", ", topics))
                .append("\",010-000 00 00 (exempel),När frågan gäller ")
                .append(TOPICS.get(random.nextInt(TOPICS.size())))
                .append(".,2026-0")
                .append(1 + random.nextInt(9))
                .append("-1")
                .append(random.nextInt(9))
                .append('\n');
        }
        return csv.toString();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * The Bot Connector for the benchmark's replies: answers every call at once and keeps
     * nothing, so that a long run does not fill the memory as the test connector's record
     * of every message would.
     */
    static final class ReplySink implements AutoCloseable {

        private final HttpServer server;

        private final ExecutorService executor = Executors.newFixedThreadPool(8, daemon("reply-sink"));

        final AtomicInteger received = new AtomicInteger();

        ReplySink() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.setExecutor(executor);
            server.createContext("/", this::answer);
            server.start();
        }

        String serviceUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        private void answer(HttpExchange exchange) throws IOException {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            received.incrementAndGet();
            byte[] answer = ("{\"id\":\"reply-" + received.get() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }

    }

}
