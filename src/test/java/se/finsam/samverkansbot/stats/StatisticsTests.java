package se.finsam.samverkansbot.stats;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statistics from what users did, through the real services and events: six kinds of
 * case, five times each, over January to March 2026 in two kommuner, five follow-up plans
 * and contact searches. Every expected figure is counted by hand from the scenario in
 * {@link #seed()}.
 */
class StatisticsTests {

    private static final String TEAM = "19:team-stats@thread.tacv2";

    private static final UserId ADMIN = UserId.of("aad-admin");

    private static final UserId OSBY_COORDINATOR = UserId.of("aad-coord-osby");

    private static final UserId CASEWORKER = UserId.of("aad-caseworker");

    private static final Person MEMBER = new Person(UserId.of("aad-member"), "Fatima Teammedlem", Agency.AF);

    /**
     * Words in every text users write here; none may reach the statistics or the audit
     * trail.
     */
    static final String SECRET = "blåbärsskogen";

    @TempDir
    static Path dataDir;

    private static RunningBot bot;

    private static TestClock clock;

    private static Statistics statistics;

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("samverkansbot.organisation.kommuner[0]", "Osby");
        settings.put("samverkansbot.organisation.kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.organisation.admins[0]", ADMIN.value());
        settings.put("samverkansbot.organisation.coordinators[0].user-id", OSBY_COORDINATOR.value());
        settings.put("samverkansbot.organisation.coordinators[0].name", "Karin Koordinator");
        settings.put("samverkansbot.organisation.coordinators[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.cases.teams[0].team-id", TEAM);
        settings.put("samverkansbot.cases.teams[0].name", "Konsultationsteam Nordost");
        settings.put("samverkansbot.cases.teams[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.cases.teams[0].kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.followups.sweep-interval", "1h");
        bot = RunningBot.onH2Files(dataDir, settings, TestClock.Configuration.class);
        clock = bot.bean(TestClock.class);
        statistics = bot.bean(Statistics.class);
        bot.addedToTeam(TEAM, "Konsultationsteam Nordost");
        seed();
        clock.setLocal(LocalDateTime.of(2026, 4, 7, 10, 0));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /**
     * Five of each: C1 Osby, raised 12 Jan, advice 14 Jan (2 working days), closed 20
     * Jan, helped, next step taken. C2 Osby, raised 12 Jan, advice 19 Jan (5), closed by
     * the team 2 Feb, partly. C3 Hässleholm, raised 13 Jan, closed 15 Jan without advice.
     * C4 Hässleholm, raised 2 Feb, advice 3 Feb (1), open. C5 Osby, raised 9 Feb, advice
     * 19 Feb (8), closed 2 Mar, helped, next step taken. C6 Osby, raised 2 Mar, advice 3
     * Mar (1), open. Duplicates, which no figure counts: D1 Osby, raised 12 Jan, closed
     * 13 Jan as a duplicate; D2 Hässleholm, raised 2 Feb, advice 3 Feb, closed 9 Feb as a
     * duplicate.
     */
    private static void seed() {
        CaseManagement cases = bot.bean(CaseManagement.class);
        for (int i = 0; i < 5; i++) {
            at(2026, 1, 12);
            long c1 = raise(cases, "Osby", Agency.FK, EnumSet.of(Agency.AF), AgeBand.AGE_18_24, Gender.WOMAN,
                    EnumSet.of(Category.RULES));
            long c2 = raise(cases, "Osby", Agency.AF, EnumSet.of(Agency.FK, Agency.REGION_PSYCHIATRY),
                    AgeBand.AGE_25_29, Gender.MAN, EnumSet.of(Category.INCOME, Category.MENTAL_HEALTH));
            long d1 = raise(cases, "Osby", Agency.FK, EnumSet.of(Agency.AF), AgeBand.AGE_18_24, Gender.WOMAN,
                    EnumSet.of(Category.RULES));
            at(2026, 1, 13);
            cases.closeByCaseworker(d1, CASEWORKER, Outcome.DUPLICATE, false);
            long c3 = raise(cases, "Hässleholm", Agency.KOMMUN_SOCIAL_SERVICES, EnumSet.of(Agency.AF),
                    AgeBand.AGE_30_39, null, EnumSet.of(Category.COORDINATION));
            at(2026, 1, 14);
            advise(cases, c1);
            at(2026, 1, 15);
            cases.closeByCaseworker(c3, CASEWORKER, Outcome.NO_ADVICE_GIVEN, false);
            at(2026, 1, 19);
            advise(cases, c2);
            at(2026, 1, 20);
            cases.closeByCaseworker(c1, CASEWORKER, Outcome.HELPED, true);
            at(2026, 2, 2);
            cases.closeByTeam(c2, TEAM, MEMBER.id());
            long c4 = raise(cases, "Hässleholm", Agency.FK, EnumSet.of(Agency.AF), AgeBand.AGE_18_24, Gender.WOMAN,
                    EnumSet.of(Category.RULES));
            long d2 = raise(cases, "Hässleholm", Agency.AF, EnumSet.of(Agency.FK), AgeBand.AGE_25_29, Gender.MAN,
                    EnumSet.of(Category.INCOME));
            at(2026, 2, 3);
            cases.recordOutcome(c2, CASEWORKER, Outcome.PARTLY, false);
            advise(cases, c4);
            advise(cases, d2);
            at(2026, 2, 9);
            cases.closeByCaseworker(d2, CASEWORKER, Outcome.DUPLICATE, true);
            long c5 = raise(cases, "Osby", Agency.FK, EnumSet.of(Agency.REGION_PRIMARY_CARE), AgeBand.AGE_50_64,
                    Gender.OTHER, EnumSet.of(Category.RULES));
            at(2026, 2, 19);
            advise(cases, c5);
            at(2026, 3, 2);
            cases.closeByCaseworker(c5, CASEWORKER, Outcome.HELPED, true);
            long c6 = raise(cases, "Osby", Agency.AF, EnumSet.of(Agency.KOMMUN_LABOUR_MARKET), AgeBand.AGE_18_24,
                    Gender.WOMAN, EnumSet.of(Category.YOUNG));
            at(2026, 3, 3);
            advise(cases, c6);
        }
        // Five plans in Osby, due 26 Jan: reminded 19 and 26 Jan, all held on the 26th;
        // one ended on 3 Feb.
        FollowUpManagement followUps = bot.bean(FollowUpManagement.class);
        at(2026, 1, 12);
        List<Long> plans = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            plans.add(followUps
                .register(new Registration(CASEWORKER, "tenant", "OTHER", "plan " + SECRET + " " + i, "2026-01-12",
                        "P14D", "ME", "Osby", "anteckning om " + SECRET, Set.of()))
                .id());
        }
        at(2026, 1, 19);
        followUps.sendDueReminders();
        at(2026, 1, 26);
        followUps.sendDueReminders();
        for (long plan : plans) {
            followUps.held(plan, CASEWORKER, "2026-01-26");
        }
        at(2026, 2, 3);
        FollowUpView ended = followUps.end(plans.get(0), CASEWORKER);
        assertThat(ended.status().name()).isEqualTo("ENDED");
        // Seven searches about Osby in February, which find nothing in an empty
        // directory.
        ContactDirectory contacts = bot.bean(ContactDirectory.class);
        at(2026, 2, 10);
        for (int i = 0; i < 7; i++) {
            contacts.search("sjukpenning osby " + SECRET, Optional.of(CASEWORKER));
        }
    }

    private static void at(int year, int month, int day) {
        clock.setLocal(LocalDateTime.of(year, month, day, 9, 0));
    }

    private static long raise(CaseManagement cases, String kommun, Agency own, Set<Agency> involved, AgeBand ageBand,
            Gender gender, Set<Category> categories) {
        ConsultationCase raised = cases.raise(new NewCase(new Person(CASEWORKER, "Anna Handläggare", own), "tenant",
                new Kommun(kommun), own, involved, ageBand, gender, categories, "Situationen i " + SECRET + ".",
                "Vad gör vi i " + SECRET + "?", false, Set.of()));
        return raised.id();
    }

    private static void advise(CaseManagement cases, long caseId) {
        cases.giveAdvice(caseId, TEAM, MEMBER, "Ett råd om " + SECRET + ".", Set.of());
    }

    private static Map<Figure, Object> shown(Report.Row row) {
        Map<Figure, Object> values = new java.util.EnumMap<>(Figure.class);
        row.cells().forEach((figure, cell) -> values.put(figure, cell.isShown() ? cell.value() : cell.mark()));
        return values;
    }

    @Test
    void quarterTotalsAreTheHandCountedFigures() {
        Report report = statistics.report(ADMIN, ReportPeriod.quarter(2026, 1), Breakdown.NONE);

        assertThat(report.wholeForbund()).isTrue();
        assertThat(shown(report.cases().total())).containsEntry(Figure.RAISED, 30L)
            .containsEntry(Figure.ADVISED, 25L)
            .containsEntry(Figure.CLOSED, 20L)
            .containsEntry(Figure.HELPED, 10L)
            .containsEntry(Figure.PARTLY, 5L)
            .containsEntry(Figure.DID_NOT_HELP, 0L)
            .containsEntry(Figure.NO_ADVICE, 5L)
            .containsEntry(Figure.NEXT_STEP_TAKEN, 10L)
            // Days 1 (x10), 2, 5, 8 (x5 each): rank 13 of 25 is 2, rank 23 is 8.
            .containsEntry(Figure.MEDIAN_DAYS_TO_ADVICE, 2)
            .containsEntry(Figure.P90_DAYS_TO_ADVICE, 8);
        assertThat(report.raisedByMonth()).extracting((month) -> month.cell().value()).containsExactly(15L, 10L, 5L);
    }

    @Test
    void followUpFiguresComeFromTheRemindersAndHeldMeetings() {
        Report report = statistics.report(ADMIN, ReportPeriod.quarter(2026, 1), Breakdown.NONE);

        assertThat(shown(report.followUps().total())).containsEntry(Figure.ACTIVE_PLANS, 5L)
            .containsEntry(Figure.REMINDERS_SENT, 10L)
            .containsEntry(Figure.ESCALATIONS, 0L)
            .containsEntry(Figure.HELD, 5L)
            .containsEntry(Figure.HELD_ON_TIME_PERCENT, 100.0);
    }

    @Test
    void contactSearchesAreCountedByTopicWithoutTheQuery() {
        Report report = statistics.report(ADMIN, ReportPeriod.month(YearMonth.of(2026, 2)), Breakdown.NONE);

        assertThat(report.contactSearches().rows()).singleElement().satisfies((row) -> {
            assertThat(row.labelKey()).isEqualTo("stats.topic.nothingFound");
            assertThat(row.cell(Figure.SEARCHES).value()).isEqualTo(7L);
        });
        assertThat(bot.bean(JdbcTemplate.class)
            .queryForList("SELECT topic FROM stat_contact_search", String.class)
            .toString()).doesNotContain(SECRET).doesNotContain("sjukpenning");
    }

    @Test
    void breakdownByKommunAddsUpAndCoordinatorSeesOnlyTheirKommun() {
        Report admin = statistics.report(ADMIN, ReportPeriod.quarter(2026, 1), Breakdown.KOMMUN);
        assertThat(admin.cases().rows()).extracting(Report.Row::value).containsExactly("Osby", "Hässleholm");
        assertThat(shown(admin.cases().rows().get(0))).containsEntry(Figure.RAISED, 20L)
            .containsEntry(Figure.CLOSED, 15L)
            .containsEntry(Figure.MEDIAN_DAYS_TO_ADVICE, 2)
            .containsEntry(Figure.P90_DAYS_TO_ADVICE, 8);
        assertThat(shown(admin.cases().rows().get(1))).containsEntry(Figure.RAISED, 10L)
            .containsEntry(Figure.CLOSED, 5L)
            .containsEntry(Figure.NO_ADVICE, 5L);

        Report osby = statistics.report(OSBY_COORDINATOR, ReportPeriod.quarter(2026, 1), Breakdown.NONE);
        assertThat(osby.wholeForbund()).isFalse();
        assertThat(osby.scope()).containsExactly(new Kommun("Osby"));
        assertThat(shown(osby.cases().total())).containsEntry(Figure.RAISED, 20L).containsEntry(Figure.ADVISED, 20L);
        assertThat(shown(osby.followUps().total())).containsEntry(Figure.HELD, 5L);
    }

    @Test
    void casesCountInEachOfTheirCategories() {
        Report report = statistics.report(ADMIN, ReportPeriod.quarter(2026, 1), Breakdown.CATEGORY);

        Map<String, Object> raised = new HashMap<>();
        report.cases().rows().forEach((row) -> raised.put(row.value(), row.cell(Figure.RAISED).value()));
        assertThat(raised).containsEntry("RULES", 15L)
            .containsEntry("INCOME", 5L)
            .containsEntry("MENTAL_HEALTH", 5L)
            .containsEntry("COORDINATION", 5L)
            .containsEntry("YOUNG", 5L)
            .containsEntry("CONTACT_PATH", 0L);
        assertThat(report.cases().total().cell(Figure.RAISED).value()).isEqualTo(30L);
    }

    @Test
    void genderLeftOutCountsAsNotStated() {
        Report report = statistics.report(ADMIN, ReportPeriod.month(YearMonth.of(2026, 1)), Breakdown.GENDER);

        Map<String, Object> raised = new HashMap<>();
        report.cases().rows().forEach((row) -> raised.put(row.value(), row.cell(Figure.RAISED).value()));
        assertThat(raised).containsEntry("WOMAN", 5L)
            .containsEntry("MAN", 5L)
            .containsEntry("NOT_STATED", 5L)
            .containsEntry("OTHER", 0L);
    }

    @Test
    void customPeriodOfShownMonthsAddsThemUp() {
        Report report = statistics.report(ADMIN, ReportPeriod.custom(YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                Breakdown.NONE);

        assertThat(shown(report.cases().total())).containsEntry(Figure.RAISED, 15L).containsEntry(Figure.CLOSED, 10L);
    }

    @Test
    void onlyCoordinatorsAndAdminsTakeOutStatistics() {
        assertThatThrownBy(() -> statistics.report(CASEWORKER, ReportPeriod.quarter(2026, 1), Breakdown.NONE))
            .isInstanceOf(StatisticsAccessDenied.class);
    }

    @Test
    void aPeriodThatHasNotEndedIsRefused() {
        assertThatThrownBy(() -> statistics.report(ADMIN, ReportPeriod.month(YearMonth.of(2026, 4)), Breakdown.NONE))
            .isInstanceOfSatisfying(InvalidReportRequest.class,
                    (e) -> assertThat(e.code()).isEqualTo("period.notEnded"));
    }

    @Test
    void theAuditTrailHoldsWhoDidWhatButNoContent() {
        statistics.report(ADMIN, ReportPeriod.quarter(2026, 1), Breakdown.NONE);
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_entry");

        assertThat(rows).extracting((row) -> row.get("ACTION"))
            .contains("case.raised", "case.advice-given", "case.closed", "case.outcome-recorded",
                    "follow-up.registered", "follow-up.held", "follow-up.ended", "stats.report");
        assertThat(rows.toString()).doesNotContain(SECRET)
            .doesNotContain("Situationen")
            .doesNotContain("råd om")
            .doesNotContain("plan ")
            .doesNotContain("anteckning")
            .doesNotContain("sjukpenning")
            .doesNotContain("Anna")
            .doesNotContain("Fatima");
        for (String table : List.of("stat_case", "stat_case_agency", "stat_case_category", "stat_follow_up_plan",
                "stat_follow_up_event", "stat_contact_search")) {
            assertThat(jdbc.queryForList("SELECT * FROM " + table).toString()).as(table)
                .doesNotContain(SECRET)
                .doesNotContain(CASEWORKER.value())
                .doesNotContain(MEMBER.id().value());
        }
    }

}
