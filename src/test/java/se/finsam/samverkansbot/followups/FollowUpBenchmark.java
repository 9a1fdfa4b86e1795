package se.finsam.samverkansbot.followups;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Benchmark of the follow-up reminder sweep with 100,000 active plans, on an embedded
 * PostgreSQL and on an H2 file database: the duration of an idle sweep (nothing due: one
 * indexed range query), and a burst of 1,000 plans due at the same minute, timed from
 * their due time until every reminder is in the outbox, once through the Quartz job at
 * its configured interval and once as a sweep run directly. Prints figures; not a test.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.followups.FollowUpBenchmark
 * </pre>
 */
public final class FollowUpBenchmark {

    private static final int PLANS = 100_000;

    private static final int BURST = 1_000;

    private static final int IDLE_SWEEPS = 20;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Follow-up benchmark: %,d active plans, burst of %,d due at once%n", PLANS, BURST);
        System.out.printf("Machine: %d cores, %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Map<String, Object> settings = new HashMap<>();
        settings.put("samverkansbot.organisation.kommuner[0]", "Osby");
        settings.put("samverkansbot.followups.sweep-interval", "1m");
        settings.put("logging.level.se.finsam.samverkansbot", "WARN");
        settings.put("logging.level.root", "WARN");
        String postgres = TestPostgres.newDatabase();
        Instant started = Instant.now();
        try (RunningBot bot = RunningBot.onPostgres(postgres, settings)) {
            run("PostgreSQL 17 (embedded)", bot, started);
        }
        Path dataDir = Files.createTempDirectory("followup-benchmark");
        started = Instant.now();
        try (RunningBot bot = RunningBot.onH2Files(dataDir, settings)) {
            run("H2 file", bot, started);
        }
        System.exit(0);
    }

    private static void run(String database, RunningBot bot, Instant appStarted) throws Exception {
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);
        FollowUpManagement followUps = bot.bean(FollowUpManagement.class);
        System.out.printf("%n%s:%n", database);
        long started = System.nanoTime();
        insertPlans(jdbc);
        System.out.printf("  inserted %,d plans (with history) and %,d conversations in %.1f s%n", PLANS, BURST,
                (System.nanoTime() - started) / 1e9);
        if (database.startsWith("PostgreSQL")) {
            jdbc.execute("ANALYZE");
            System.out.println("  plan of the due query: " + String.join(" / ", jdbc.queryForList(
                    "EXPLAIN SELECT id FROM follow_up_plan WHERE next_reminder_at <= now() AND id > 0 ORDER BY id LIMIT 500",
                    String.class)));
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> idle = new ArrayList<>();
        followUps.sendDueReminders();
        for (int i = 0; i < IDLE_SWEEPS; i++) {
            long start = System.nanoTime();
            int sent = followUps.sendDueReminders();
            idle.add((System.nanoTime() - start) / 1e6);
            if (sent != 0) {
                throw new IllegalStateException("An idle sweep sent " + sent);
            }
        }
        idle.sort(Double::compare);
        System.out.printf("  idle sweep (nothing due), %d runs: median %.1f ms, max %.1f ms%n", IDLE_SWEEPS,
                idle.get(idle.size() / 2), idle.get(idle.size() - 1));

        // Burst through the Quartz job: 1,000 plans due on the next whole minute, as at
        // 08:30. The regular sweep starts one interval after the application did.
        Instant earliest = Collections.max(List.of(Instant.now().plusSeconds(5), appStarted.plusSeconds(120)));
        Instant due = earliest.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        makeDue(jdbc, 0, due);
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        Instant allQueued = awaitQueued(jdbc, BURST, Duration.ofMinutes(3));
        System.out.printf(
                "  burst of %,d due on a whole minute (like 08:30), through the Quartz sweep (every 1 min): all in the outbox %.1f s after their due time%n",
                BURST, Duration.between(due, allQueued).toMillis() / 1000.0);

        // Burst through a sweep run directly: the work itself.
        Instant dueNow = Instant.now().minusMillis(1);
        makeDue(jdbc, BURST, dueNow);
        long start = System.nanoTime();
        int sent = followUps.sendDueReminders();
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                "  burst of %,d in one sweep: %d reminders written to the outbox in %.1f s (%.0f per second)%n", BURST,
                sent, seconds, sent / seconds);
        System.out.printf("  heap used: %d MiB before the bursts, %d MiB after (pages of %d plans)%n",
                heapBefore / (1024 * 1024), heapAfter / (1024 * 1024), 500);
    }

    private static void insertPlans(JdbcTemplate jdbc) {
        LocalDate today = LocalDate.now(STOCKHOLM);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> conversations = new ArrayList<>();
        for (int u = 0; u < BURST; u++) {
            conversations.add(new Object[] { "a:bench-" + u, "aad-bench-" + u, FakeConnector.get().serviceUrl(), now });
        }
        jdbc.batchUpdate("""
                INSERT INTO conversation (conversation_id, kind, tenant_id, user_aad_object_id, service_url,
                    reference_json, installed, updated_at)
                VALUES (?, 'PERSONAL', 'bench-tenant', ?, ?, '{}', TRUE, ?)""", conversations);
        int batch = 5_000;
        for (int from = 0; from < PLANS; from += batch) {
            List<Object[]> plans = new ArrayList<>();
            for (int p = from; p < from + batch; p++) {
                int days = 1 + ThreadLocalRandom.current().nextInt(180);
                LocalDate dueDate = today.plusDays(days);
                Instant reminder = dueDate.minusDays(7).atTime(8, 30).atZone(STOCKHOLM).toInstant();
                plans.add(new Object[] { "aad-bench-" + (p % BURST), "SIP-" + p, Date.valueOf(today.minusMonths(1)),
                        Date.valueOf(dueDate),
                        Timestamp
                            .from(reminder.isAfter(Instant.now()) ? reminder : Instant.now().plus(Duration.ofDays(1))),
                        now });
            }
            jdbc.batchUpdate(
                    """
                            INSERT INTO follow_up_plan (row_version, owner_id, tenant_id, kommun, plan_type, reference, note,
                                remind, base_date, schedule, checkpoint, due_date, next_stage, next_reminder_at, status, flagged,
                                created_at)
                            VALUES (1, ?, 'bench-tenant', 'Osby', 'SIP', ?, NULL, 'ME', ?, 'P3M', 0, ?, 'BEFORE', ?, 'ACTIVE',
                                FALSE, ?)""",
                    plans);
        }
        jdbc.update("""
                INSERT INTO follow_up_history_entry (follow_up_plan, follow_up_plan_key, at, kind, actor, on_date)
                SELECT id, 0, created_at, 'REGISTERED', owner_id, base_date FROM follow_up_plan""");
    }

    /**
     * Makes {@link #BURST} plans, from the {@code offset}-th, due on the day at that
     * instant.
     */
    private static void makeDue(JdbcTemplate jdbc, int offset, Instant at) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM follow_up_plan ORDER BY id LIMIT ? OFFSET ?", Long.class,
                BURST, offset);
        LocalDate today = LocalDate.now(STOCKHOLM);
        List<Object[]> rows = ids.stream()
            .map((id) -> new Object[] { Date.valueOf(today), Timestamp.from(at), id })
            .toList();
        jdbc.batchUpdate(
                "UPDATE follow_up_plan SET due_date = ?, next_stage = 'ON_DAY', next_reminder_at = ? WHERE id = ?",
                rows);
    }

    private static Instant awaitQueued(JdbcTemplate jdbc, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE origin_kind = 'followup'",
                    Integer.class);
            if (seen >= count) {
                return jdbc
                    .queryForObject("SELECT MAX(created_at) FROM outbox_message WHERE origin_kind = 'followup'",
                            Timestamp.class)
                    .toInstant();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Only " + seen + " of " + count + " reminders reached the outbox");
    }

}
