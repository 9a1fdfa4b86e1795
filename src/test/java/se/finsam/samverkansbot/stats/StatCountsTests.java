package se.finsam.samverkansbot.stats;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.RetentionRun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly counts reports read stay equal to the facts they are counted from. After a
 * mixed run of what users do (cases raised, advised, closed by the team with the outcome
 * given later, closed by the caseworker, closed without advice, found a duplicate after
 * advice; follow-ups reminded, escalated, held on time and late, ended; contact searches)
 * the counts kept change by change equal those counted again from the facts by the
 * statements the migration fills the tables with, on H2 and PostgreSQL.
 * <p>
 * The retention run leaves the counts as they were: it deletes texts, while the
 * structured facts stay for statistics (issue 12), so a report published before it shows
 * the same figures after it, and comparing the two reveals nothing.
 */
class StatCountsTests {

    private static final String TEAM = "19:team-counts@thread.tacv2";

    private static final UserId CASEWORKER = UserId.of("aad-caseworker");

    private static final Person MEMBER = new Person(UserId.of("aad-member"), "Fatima Teammedlem", Agency.AF);

    private static final List<String> TABLES = List.of("stat_case_count", "stat_advice_days", "stat_follow_up_count",
            "stat_follow_up_plan_count", "stat_contact_search_count");

    @Test
    void countsKeptChangeByChangeEqualTheFactsCountedAgainOnH2(@TempDir Path dataDir) {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, settings(), TestClock.Configuration.class)) {
            countsKeptChangeByChangeEqualTheFactsCountedAgain(bot);
        }
    }

    @Test
    void countsKeptChangeByChangeEqualTheFactsCountedAgainOnPostgres() {
        try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), settings(),
                TestClock.Configuration.class)) {
            countsKeptChangeByChangeEqualTheFactsCountedAgain(bot);
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("samverkansbot.organisation.kommuner[0]", "Osby");
        settings.put("samverkansbot.organisation.kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.cases.teams[0].team-id", TEAM);
        settings.put("samverkansbot.cases.teams[0].name", "Konsultationsteam Nordost");
        settings.put("samverkansbot.cases.teams[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.cases.teams[0].kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.followups.sweep-interval", "1h");
        return settings;
    }

    private static void countsKeptChangeByChangeEqualTheFactsCountedAgain(RunningBot bot) {
        bot.addedToTeam(TEAM, "Konsultationsteam Nordost");
        TestClock clock = bot.bean(TestClock.class);
        CaseManagement cases = bot.bean(CaseManagement.class);
        FollowUpManagement followUps = bot.bean(FollowUpManagement.class);
        ContactDirectory contacts = bot.bean(ContactDirectory.class);
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);

        at(clock, 2026, 1, 12);
        long partly = raise(cases, "Osby", Agency.FK, Set.of(Agency.AF, Agency.REGION_PSYCHIATRY), null,
                Set.of(Category.RULES, Category.INCOME));
        long helped = raise(cases, "Hässleholm", Agency.AF, Set.of(Agency.FK), Gender.MAN,
                Set.of(Category.COORDINATION));
        long withoutAdvice = raise(cases, "Osby", Agency.KOMMUN_SOCIAL_SERVICES, Set.of(Agency.AF), Gender.WOMAN,
                Set.of(Category.YOUNG));
        long duplicate = raise(cases, "Osby", Agency.FK, Set.of(Agency.AF), null, Set.of(Category.RULES));
        List<Long> plans = List.of(register(followUps, "Osby"), register(followUps, "Osby"));
        at(clock, 2026, 1, 14);
        advise(cases, partly);
        at(clock, 2026, 1, 19);
        followUps.sendDueReminders();
        at(clock, 2026, 1, 26);
        followUps.sendDueReminders();
        followUps.held(plans.get(0), CASEWORKER, "2026-01-26");
        at(clock, 2026, 1, 30);
        cases.closeByTeam(partly, TEAM, MEMBER.id());
        at(clock, 2026, 2, 2);
        advise(cases, helped);
        advise(cases, duplicate);
        contacts.search("sjukpenning osby", Optional.of(CASEWORKER));
        contacts.search("sjukpenning", Optional.of(CASEWORKER));
        at(clock, 2026, 2, 3);
        // The outcome given after the team closed moves the case's counts to its row.
        cases.recordOutcome(partly, CASEWORKER, Outcome.PARTLY, false);
        at(clock, 2026, 2, 9);
        cases.closeByCaseworker(duplicate, CASEWORKER, Outcome.DUPLICATE, true);
        followUps.sendDueReminders();
        at(clock, 2026, 2, 10);
        cases.closeByCaseworker(withoutAdvice, CASEWORKER, Outcome.NO_ADVICE_GIVEN, false);
        followUps.held(plans.get(1), CASEWORKER, "2026-02-10");
        followUps.end(plans.get(0), CASEWORKER);
        at(clock, 2026, 3, 2);
        cases.closeByCaseworker(helped, CASEWORKER, Outcome.HELPED, true);
        raise(cases, "Hässleholm", Agency.FK, Set.of(Agency.AF), Gender.OTHER, Set.of(Category.RULES));
        register(followUps, "Hässleholm");

        Map<String, List<String>> kept = counts(jdbc);
        assertThat(kept).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_count WHERE n = 0", Long.class))
            .as("counts moved to other rows")
            .isPositive();
        for (String table : TABLES) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE n < 0", Long.class)).as(table)
                .isZero();
        }

        at(clock, 2027, 1, 10);
        bot.bean(RetentionRun.class).run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_case WHERE situation = ''", Long.class))
            .as("closed cases' texts deleted")
            .isEqualTo(4);
        assertThat(counts(jdbc)).isEqualTo(kept);

        bot.bean(TransactionTemplate.class).executeWithoutResult((status) -> bot.bean(StatCounts.class).recount());
        assertThat(counts(jdbc)).isEqualTo(kept);
        assertThat(bot.bean(Flyway.class).info().applied())
            .as("the migration that counts the facts stored before the count tables ran")
            .anySatisfy((migration) -> {
                assertThat(migration.getVersion().getVersion()).isEqualTo("12.1");
                assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS);
            });
    }

    /** Every count table's rows (a row whose count went back to 0 is as good as none). */
    private static Map<String, List<String>> counts(JdbcTemplate jdbc) {
        Map<String, List<String>> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table,
                    jdbc.queryForList("SELECT * FROM " + table + " WHERE n <> 0")
                        .stream()
                        .map(Object::toString)
                        .sorted()
                        .toList());
        }
        return counts;
    }

    private static void at(TestClock clock, int year, int month, int day) {
        clock.setLocal(LocalDateTime.of(year, month, day, 9, 0));
    }

    private static long raise(CaseManagement cases, String kommun, Agency own, Set<Agency> involved, Gender gender,
            Set<Category> categories) {
        return cases
            .raise(new NewCase(new Person(CASEWORKER, "Anna Handläggare", own), "tenant", new Kommun(kommun), own,
                    involved, AgeBand.AGE_25_29, gender, categories, "Situationen i korthet.", "Vad gör vi?", false,
                    Set.of()))
            .id();
    }

    private static void advise(CaseManagement cases, long caseId) {
        cases.giveAdvice(caseId, TEAM, MEMBER, "Ett råd.", Set.of());
    }

    private static long register(FollowUpManagement followUps, String kommun) {
        return followUps
            .register(new Registration(CASEWORKER, "tenant", "SIP", "plan-x", "2026-01-12", "P14D", "ME", kommun,
                    "en anteckning", Set.of()))
            .id();
    }

}
