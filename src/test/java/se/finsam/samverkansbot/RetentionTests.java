package se.finsam.samverkansbot;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.RetentionRun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.testing.OutboxRows;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily retention run deletes exactly what the defaults say, when they say it, and
 * nothing else, on H2 and PostgreSQL: free texts of cases closed more than 6 months ago
 * (their structured fields and statistics stay), reference and note of follow-up plans
 * ended more than 3 months ago, audit entries older than 24 months. The clock is moved
 * past each limit; each run counts what it deleted.
 */
class RetentionTests {

    private static final String TEAM = "19:team-retention@thread.tacv2";

    private static final UserId CASEWORKER = UserId.of("aad-caseworker");

    private static final Person MEMBER = new Person(UserId.of("aad-member"), "Fatima Teammedlem", Agency.AF);

    @Test
    void retentionDeletesExactlyWhatIsDueOnH2(@TempDir Path dataDir) {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, settings(), TestClock.Configuration.class)) {
            retentionDeletesExactlyWhatIsDue(bot);
        }
    }

    @Test
    void retentionDeletesExactlyWhatIsDueOnPostgres() {
        try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), settings(),
                TestClock.Configuration.class)) {
            retentionDeletesExactlyWhatIsDue(bot);
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("samverkansbot.organisation.kommuner[0]", "Osby");
        settings.put("samverkansbot.cases.teams[0].team-id", TEAM);
        settings.put("samverkansbot.cases.teams[0].name", "Konsultationsteam");
        settings.put("samverkansbot.cases.teams[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.followups.sweep-interval", "1h");
        return settings;
    }

    private static void retentionDeletesExactlyWhatIsDue(RunningBot bot) {
        bot.addedToTeam(TEAM, "Konsultationsteam");
        TestClock clock = bot.bean(TestClock.class);
        CaseManagement cases = bot.bean(CaseManagement.class);
        FollowUpManagement followUps = bot.bean(FollowUpManagement.class);
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);

        clock.setLocal(LocalDateTime.of(2026, 1, 5, 9, 0));
        long closedEarly = raise(cases);
        cases.giveAdvice(closedEarly, TEAM, MEMBER, "Ett tidigt råd.", Set.of());
        cases.closeByCaseworker(closedEarly, CASEWORKER, Outcome.HELPED, true);
        long open = raise(cases);
        cases.giveAdvice(open, TEAM, MEMBER, "Ett råd i ett öppet ärende.", Set.of());
        long endedEarly = register(followUps);
        long active = register(followUps);
        clock.setLocal(LocalDateTime.of(2026, 1, 6, 9, 0));
        followUps.end(endedEarly, CASEWORKER);
        clock.setLocal(LocalDateTime.of(2026, 5, 4, 9, 0));
        long closedLater = raise(cases);
        cases.closeByCaseworker(closedLater, CASEWORKER, Outcome.NO_ADVICE_GIVEN, false);
        clock.setLocal(LocalDateTime.of(2026, 6, 1, 9, 0));
        long endedLater = register(followUps);
        followUps.end(endedLater, CASEWORKER);
        clock.setLocal(LocalDateTime.of(2026, 7, 1, 9, 0));
        raise(cases);
        jdbc.update("INSERT INTO consultation_team_member (team_id, user_id, name, seen_at) VALUES (?, ?, ?, ?)", TEAM,
                "aad-seen-long-ago", "Gammal", java.sql.Timestamp.valueOf("2025-06-01 09:00:00"));
        jdbc.update("INSERT INTO consultation_team_member (team_id, user_id, name, seen_at) VALUES (?, ?, ?, ?)", TEAM,
                "aad-seen-lately", "Ny", java.sql.Timestamp.valueOf("2026-07-01 09:00:00"));
        for (Object[] conversation : new Object[][] { { "a:removed", false }, { "a:installed", true } }) {
            jdbc.update("""
                    INSERT INTO conversation (conversation_id, kind, tenant_id, user_aad_object_id, service_url,
                        reference_json, installed, updated_at)
                    VALUES (?, 'PERSONAL', 'tenant', ?, 'https://smba.example', '{}', ?, ?)""", conversation[0],
                    "aad-" + conversation[0], conversation[1], java.sql.Timestamp.valueOf("2026-05-01 09:00:00"));
        }
        // Counted once the worker has finished every message, so none finishes between
        // the count and the run.
        OutboxRows.awaitAllFinished(bot.bean(DataSource.class));
        long auditBefore = count(jdbc, "SELECT COUNT(*) FROM audit_entry");
        long outboxBefore = count(jdbc,
                "SELECT COUNT(*) FROM outbox_message WHERE finished_at < TIMESTAMP WITH TIME ZONE '2026-06-10 02:30:00+02'");
        long outboxAfter = count(jdbc,
                "SELECT COUNT(*) FROM outbox_message WHERE finished_at >= TIMESTAMP WITH TIME ZONE '2026-06-10 02:30:00+02'");
        assertThat(outboxBefore).isPositive();
        assertThat(outboxAfter).isPositive();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox_message WHERE payload = ''")).isZero();

        // 10 July 2026: the case closed 5 January is past 6 months, the plan ended
        // 6 January past 3 months; nothing else.
        clock.setLocal(LocalDateTime.of(2026, 7, 10, 2, 30));
        bot.bean(RetentionRun.class).run();

        assertThat(texts(jdbc, closedEarly)).containsExactly("", "", "");
        assertThat(texts(jdbc, open)).containsExactly("Situationen i korthet.", "Vad gör vi?",
                "Ett råd i ett öppet ärende.");
        assertThat(texts(jdbc, closedLater)).containsExactly("Situationen i korthet.", "Vad gör vi?");
        assertThat(jdbc.queryForMap("SELECT kommun, age_band, outcome, status FROM consultation_case WHERE id = ?",
                closedEarly))
            .containsValues("Osby", "AGE_30_39", "HELPED", "CLOSED");
        assertThat(count(jdbc, "SELECT COUNT(*) FROM stat_case")).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT user_id FROM consultation_team_member", String.class))
            .containsExactly("aad-seen-lately");
        assertThat(jdbc.queryForList("SELECT conversation_id FROM conversation", String.class))
            .containsExactlyInAnyOrder(TEAM, "a:installed");
        // Messages finished more than 30 days ago lose what they said, nothing else.
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox_message WHERE payload = ''")).isEqualTo(outboxBefore);
        assertThat(count(jdbc,
                "SELECT COUNT(*) FROM outbox_message WHERE payload <> '' AND finished_at >= TIMESTAMP WITH TIME ZONE '2026-06-10 02:30:00+02'"))
            .isEqualTo(outboxAfter);
        assertThat(meters(bot).counter("samverkansbot.retention.deleted", "module", "teams", "what", "outbox-payloads")
            .count()).isEqualTo(outboxBefore);
        assertThat(meters(bot)
            .counter("samverkansbot.retention.deleted", "module", "teams", "what", "removed-installations")
            .count()).isEqualTo(1);
        assertThat(plan(jdbc, endedEarly)).containsExactly("", null);
        assertThat(plan(jdbc, active)).containsExactly("plan-x", "en anteckning");
        assertThat(plan(jdbc, endedLater)).containsExactly("plan-x", "en anteckning");
        assertThat(count(jdbc, "SELECT COUNT(*) FROM audit_entry")).isEqualTo(auditBefore);
        MeterRegistry meters = bot.bean(MeterRegistry.class);
        assertThat(deleted(meters, "cases")).isEqualTo(2);
        assertThat(meters.counter("samverkansbot.retention.deleted", "module", "cases", "what", "closed-case-texts")
            .count()).isEqualTo(1);
        assertThat(deleted(meters, "followups")).isEqualTo(1);

        // A second run the same night finds nothing more.
        bot.bean(RetentionRun.class).run();
        assertThat(deleted(meters, "cases")).isEqualTo(2);

        // 6 January 2028: the audit entries of 5 January 2026 are past 24 months, the
        // later case and plan past their limits too; the open case keeps its texts.
        clock.setLocal(LocalDateTime.of(2028, 1, 6, 2, 30));
        bot.bean(RetentionRun.class).run();
        assertThat(texts(jdbc, closedLater)).containsExactly("", "");
        assertThat(texts(jdbc, open)).containsExactly("Situationen i korthet.", "Vad gör vi?",
                "Ett råd i ett öppet ärende.");
        assertThat(plan(jdbc, endedLater)).containsExactly("", null);
        assertThat(plan(jdbc, active)).containsExactly("plan-x", "en anteckning");
        assertThat(count(jdbc,
                "SELECT COUNT(*) FROM audit_entry WHERE at < TIMESTAMP WITH TIME ZONE '2026-01-06 00:00:00+01'"))
            .isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM audit_entry")).isPositive();
        assertThat(deleted(meters, "audit")).isEqualTo(7);
    }

    private static long raise(CaseManagement cases) {
        return cases
            .raise(new NewCase(new Person(CASEWORKER, "Anna Handläggare", Agency.FK), "tenant", new Kommun("Osby"),
                    Agency.FK, Set.of(Agency.AF), AgeBand.AGE_30_39, null, Set.of(Category.RULES),
                    "Situationen i korthet.", "Vad gör vi?", false, Set.of()))
            .id();
    }

    private static long register(FollowUpManagement followUps) {
        long id = followUps
            .register(new Registration(CASEWORKER, "tenant", "SIP", "plan-x", "2026-01-05", null, "ME", "Osby",
                    "en anteckning", Set.of()))
            .id();
        return id;
    }

    private static List<String> texts(JdbcTemplate jdbc, long caseId) {
        List<String> texts = new java.util.ArrayList<>(jdbc.queryForList(
                "SELECT situation FROM consultation_case WHERE id = ? UNION ALL SELECT question FROM consultation_case WHERE id = ?",
                String.class, caseId, caseId));
        texts.addAll(jdbc.queryForList(
                "SELECT body FROM case_entry WHERE consultation_case = ? ORDER BY consultation_case_key", String.class,
                caseId));
        return texts;
    }

    private static List<String> plan(JdbcTemplate jdbc, long planId) {
        return jdbc.queryForList("SELECT reference, note FROM follow_up_plan WHERE id = ?", planId)
            .stream()
            .flatMap((row) -> java.util.stream.Stream.of((String) row.get("reference"), (String) row.get("note")))
            .toList();
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static MeterRegistry meters(RunningBot bot) {
        return bot.bean(MeterRegistry.class);
    }

    private static double deleted(MeterRegistry meters, String module) {
        return meters.find("samverkansbot.retention.deleted")
            .tag("module", module)
            .counters()
            .stream()
            .mapToDouble((counter) -> counter.count())
            .sum();
    }

}
