package se.finsam.samverkansbot.stats;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Benchmark of the statistics reports (not a test): 100,000 cases (with their categories
 * and agencies) and 500,000 follow-up events (of 20,000 plans) in one year, 2025, in six
 * kommuner with three coordinators, on an embedded PostgreSQL and on an H2 file database.
 * Times every breakdown for a month, a quarter, a half year, the year and a custom run of
 * months, for the förbund and for a coordinator of two kommuner, each report worked out
 * from scratch (monthly counts read by SQL, disclosure control, medians). The facts are
 * inserted in bulk and then counted once, as the migration counts facts stored before the
 * count tables.
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.stats.StatisticsBenchmark
 * </pre>
 *
 * {@code -Dexec.args=postgresql} or {@code -Dexec.args=h2} runs one database only. Each
 * figure is wall-clock milliseconds and the CPU milliseconds of the reporting thread (the
 * latter hardly moves when other work shares the machine; for PostgreSQL it leaves out
 * the server's own time).
 */
public final class StatisticsBenchmark {

    private static final int CASES = 100_000;

    private static final int EVENTS = 500_000;

    private static final int PLANS = 20_000;

    private static final int YEAR = 2025;

    private static final List<String> KOMMUNER = List.of("Osby", "Hässleholm", "Östra Göinge", "Perstorp", "Högsby",
            "Mönsterås");

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Statistics benchmark: %,d cases, %,d follow-up events of %,d plans, in %d%n", CASES, EVENTS,
                PLANS, YEAR);
        System.out.printf("Machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Map<String, Object> settings = new HashMap<>();
        for (int i = 0; i < KOMMUNER.size(); i++) {
            settings.put("samverkansbot.organisation.kommuner[" + i + "]", KOMMUNER.get(i));
        }
        settings.put("samverkansbot.organisation.admins[0]", "aad-admin");
        settings.put("samverkansbot.organisation.coordinators[0].user-id", "aad-coord-1");
        settings.put("samverkansbot.organisation.coordinators[0].name", "Koordinator 1");
        settings.put("samverkansbot.organisation.coordinators[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.organisation.coordinators[0].kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.organisation.coordinators[1].user-id", "aad-coord-2");
        settings.put("samverkansbot.organisation.coordinators[1].name", "Koordinator 2");
        settings.put("samverkansbot.organisation.coordinators[1].kommuner[0]", "Högsby");
        settings.put("samverkansbot.organisation.coordinators[2].user-id", "aad-coord-3");
        settings.put("samverkansbot.organisation.coordinators[2].name", "Koordinator 3");
        settings.put("logging.level.root", "WARN");
        String only = args.length > 0 ? args[0] : "";
        if (!only.equals("h2")) {
            try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), settings)) {
                run("PostgreSQL 17 (embedded)", bot);
            }
        }
        if (!only.equals("postgresql")) {
            Path dataDir = Files.createTempDirectory("stats-benchmark");
            try (RunningBot bot = RunningBot.onH2Files(dataDir, settings)) {
                run("H2 file", bot);
            }
        }
        System.exit(0);
    }

    private static void run(String database, RunningBot bot) throws NoSuchAlgorithmException {
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);
        System.out.printf("%n%s:%n", database);
        long started = System.nanoTime();
        insert(jdbc);
        if (database.startsWith("PostgreSQL")) {
            jdbc.execute("ANALYZE");
        }
        System.out.printf("  inserted the facts in %.1f s%n", (System.nanoTime() - started) / 1e9);
        // The facts went in by bulk insert, past the listeners that keep the counts:
        // count
        // them as the migration does for facts stored before the count tables.
        started = System.nanoTime();
        bot.bean(TransactionTemplate.class).executeWithoutResult((status) -> bot.bean(StatCounts.class).recount());
        if (database.startsWith("PostgreSQL")) {
            jdbc.execute("ANALYZE");
        }
        System.out.printf("  counted them in %.1f s (%,d case count rows, %,d advice day rows)%n",
                (System.nanoTime() - started) / 1e9,
                jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_count", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM stat_advice_days", Long.class));
        Statistics statistics = bot.bean(Statistics.class);
        List<ReportPeriod> periods = List.of(ReportPeriod.month(YearMonth.of(YEAR, 3)), ReportPeriod.quarter(YEAR, 2),
                ReportPeriod.halfYear(YEAR, 2), ReportPeriod.year(YEAR),
                ReportPeriod.custom(YearMonth.of(YEAR, 2), YearMonth.of(YEAR, 10)));
        // Warm up: the first reports load classes and fill the JIT.
        for (int i = 0; i < 3; i++) {
            statistics.report(UserId.of("aad-admin"), ReportPeriod.year(YEAR), Breakdown.CATEGORY);
        }
        double worst = 0;
        double worstCpu = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String viewer : List.of("aad-admin", "aad-coord-1")) {
            System.out.printf("  %s:%n",
                    viewer.equals("aad-admin") ? "the förbund (admin)" : "a coordinator of two kommuner");
            for (ReportPeriod period : periods) {
                StringBuilder line = new StringBuilder();
                for (Breakdown breakdown : Breakdown.values()) {
                    long start = System.nanoTime();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    Report report = statistics.report(UserId.of(viewer), period, breakdown);
                    double ms = (System.nanoTime() - start) / 1e6;
                    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    digest.update(figures(report).getBytes(StandardCharsets.UTF_8));
                    worst = Math.max(worst, ms);
                    worstCpu = Math.max(worstCpu, cpu);
                    line.append(String.format(" %s %.0f/%.0f", breakdown.name().toLowerCase(), ms, cpu));
                }
                System.out.printf("    %-9s ms (wall/this thread's CPU):%s%n", period.kind().name().toLowerCase(),
                        line);
            }
        }
        System.out.printf("  slowest report: %.0f ms wall; most CPU of the reporting thread: %.0f ms%n", worst,
                worstCpu);
        // The same facts give the same figures on every database and after every change
        // that only makes reports faster.
        System.out.printf("  digest of every figure shown: %s%n", HexFormat.of().formatHex(digest.digest()));
    }

    /** What a report shows, in a fixed order. */
    private static String figures(Report report) {
        StringBuilder text = new StringBuilder();
        for (Report.Section section : List.of(report.cases(), report.followUps(), report.contactSearches())) {
            List<Report.Row> rows = new ArrayList<>(section.rows());
            rows.add(section.total());
            for (Report.Row row : rows) {
                text.append(row.value());
                section.figures().forEach((figure) -> text.append(' ').append(row.cell(figure)));
                text.append('\n');
            }
        }
        report.raisedByMonth()
            .forEach((month) -> text.append(month.month()).append(' ').append(month.cell()).append('\n'));
        return text.toString();
    }

    private static void insert(JdbcTemplate jdbc) {
        Random random = new Random(2025);
        LocalDate start = LocalDate.of(YEAR, 1, 1);
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> categories = new ArrayList<>();
        List<Object[]> agencies = new ArrayList<>();
        String[] outcomes = { "HELPED", "HELPED", "PARTLY", "DID_NOT_HELP", "NO_ADVICE", null };
        for (int id = 1; id <= CASES; id++) {
            LocalDate raised = start.plusDays(random.nextInt(365));
            LocalDate advised = random.nextInt(10) < 8 ? raised.plusDays(1 + random.nextInt(20)) : null;
            LocalDate closed = random.nextInt(10) < 7 ? raised.plusDays(5 + random.nextInt(60)) : null;
            String outcome = closed == null ? null : advised == null ? "NO_ADVICE" : outcomes[random.nextInt(6)];
            cases.add(new Object[] { id, KOMMUNER.get(random.nextInt(KOMMUNER.size())),
                    Agency.values()[random.nextInt(Agency.values().length)].name(),
                    AgeBand.values()[random.nextInt(AgeBand.values().length)].name(),
                    Gender.values()[random.nextInt(Gender.values().length)].name(), Date.valueOf(raised),
                    advised == null ? null : Date.valueOf(advised), advised == null ? null : 1 + random.nextInt(15),
                    closed == null ? null : Date.valueOf(closed), outcome,
                    closed == null ? null : random.nextBoolean() });
            int first = random.nextInt(Category.values().length);
            categories.add(new Object[] { id, Category.values()[first].name() });
            if (random.nextBoolean()) {
                categories
                    .add(new Object[] { id, Category.values()[(first + 1 + random.nextInt(Category.values().length - 1))
                            % Category.values().length]
                        .name() });
            }
            agencies.add(new Object[] { id, Agency.values()[random.nextInt(Agency.values().length)].name() });
            if (cases.size() == 5_000) {
                flush(jdbc, cases, categories, agencies);
            }
        }
        flush(jdbc, cases, categories, agencies);
        List<Object[]> plans = new ArrayList<>();
        for (int id = 1; id <= PLANS; id++) {
            LocalDate registered = start.minusDays(200).plusDays(random.nextInt(500));
            LocalDate ended = random.nextInt(3) == 0 ? registered.plusDays(30 + random.nextInt(200)) : null;
            plans.add(new Object[] { id, KOMMUNER.get(id % KOMMUNER.size()), "SIP", Date.valueOf(registered),
                    ended == null ? null : Date.valueOf(ended) });
        }
        jdbc.batchUpdate(
                "INSERT INTO stat_follow_up_plan (plan_id, kommun, plan_type, registered_on, ended_on) VALUES (?, ?, ?, ?, ?)",
                plans);
        String[] kinds = { "REMINDER", "REMINDER", "REMINDER", "HELD", "ESCALATION" };
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            int plan = 1 + random.nextInt(PLANS);
            String kind = kinds[random.nextInt(kinds.length)];
            events.add(new Object[] { plan, KOMMUNER.get(plan % KOMMUNER.size()), kind,
                    Date.valueOf(start.plusDays(random.nextInt(365))),
                    kind.equals("HELD") ? random.nextInt(4) > 0 : null });
            if (events.size() == 10_000) {
                jdbc.batchUpdate(
                        "INSERT INTO stat_follow_up_event (plan_id, kommun, kind, on_date, on_time) VALUES (?, ?, ?, ?, ?)",
                        events);
                events.clear();
            }
        }
        List<Object[]> searches = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            searches.add(new Object[] { Date.valueOf(start.plusDays(random.nextInt(365))),
                    random.nextInt(5) == 0 ? null : KOMMUNER.get(random.nextInt(KOMMUNER.size())),
                    "ämne " + random.nextInt(30) });
        }
        jdbc.batchUpdate("INSERT INTO stat_contact_search (searched_on, kommun, topic) VALUES (?, ?, ?)", searches);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> cases, List<Object[]> categories,
            List<Object[]> agencies) {
        jdbc.batchUpdate("""
                INSERT INTO stat_case (case_id, kommun, raiser_agency, age_band, gender, raised_on, first_advice_on,
                    advice_working_days, closed_on, outcome, next_step_taken, at_meeting)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""", cases);
        jdbc.batchUpdate("INSERT INTO stat_case_category (case_id, category) VALUES (?, ?)", categories);
        jdbc.batchUpdate("INSERT INTO stat_case_agency (case_id, agency) VALUES (?, ?)", agencies);
        cases.clear();
        categories.clear();
        agencies.clear();
    }

}
