package se.finsam.samverkansbot.followups;

import se.finsam.samverkansbot.core.WorkingDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;

/** Due dates and reminder times of plans, without Spring. */
class DueDateRulesTests {

    private static final FollowUpProperties DEFAULTS = new FollowUpProperties(5, LocalTime.of(8, 30), 3,
            Period.ofMonths(3), List.of(Period.ofDays(90), Period.ofMonths(6)), java.time.Duration.ofMinutes(1), 500,
            20);

    private final DueDateRules rules = new DueDateRules(new WorkingDays(), DEFAULTS,
            new CoreProperties(ZoneId.of("Europe/Stockholm")));

    private final UserId anna = UserId.of("aad-anna");

    @Test
    void reminderAtHalfPastEightIsAtTheRightInstantOnBothSidesOfDaylightSavingChanges() {
        assertThat(rules.timeOf(ReminderStage.ON_DAY, LocalDate.of(2026, 3, 27))).as("Friday before, CET")
            .isEqualTo(Instant.parse("2026-03-27T07:30:00Z"));
        assertThat(rules.timeOf(ReminderStage.ON_DAY, LocalDate.of(2026, 3, 30))).as("Monday after, CEST")
            .isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
        assertThat(rules.timeOf(ReminderStage.ON_DAY, LocalDate.of(2026, 10, 23))).as("Friday before, CEST")
            .isEqualTo(Instant.parse("2026-10-23T06:30:00Z"));
        assertThat(rules.timeOf(ReminderStage.ON_DAY, LocalDate.of(2026, 10, 26))).as("Monday after, CET")
            .isEqualTo(Instant.parse("2026-10-26T07:30:00Z"));
    }

    @Test
    void remindersGoOutFiveWorkingDaysBeforeOnTheDayAndEscalationThreeWorkingDaysAfter() {
        LocalDate due = LocalDate.of(2026, 4, 10);
        assertThat(rules.dayOf(ReminderStage.BEFORE, due)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(rules.dayOf(ReminderStage.ON_DAY, due)).isEqualTo(due);
        assertThat(rules.dayOf(ReminderStage.ESCALATION, due)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void sipIsDueThreeMonthsAfterTheLastMeetingOnAWorkingDay() {
        FollowUpPlan plan = plan(PlanType.SIP, LocalDate.of(2026, 3, 24));
        assertThat(plan.dueDate()).as("24 June 2026 is a Wednesday").isEqualTo(LocalDate.of(2026, 6, 24));

        FollowUpPlan midsummer = plan(PlanType.SIP, LocalDate.of(2026, 3, 19));
        assertThat(midsummer.dueDate()).as("midsommarafton → Thursday").isEqualTo(LocalDate.of(2026, 6, 18));

        FollowUpPlan christmas = plan(PlanType.SIP, LocalDate.of(2026, 9, 24));
        assertThat(christmas.dueDate()).as("julafton → 23 December").isEqualTo(LocalDate.of(2026, 12, 23));

        FollowUpPlan newYear = plan(PlanType.SIP, LocalDate.of(2026, 9, 30));
        assertThat(newYear.dueDate()).as("nyårsafton → 30 December").isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void heldSipPlansTheNextDueDateFromTheHeldDate() {
        FollowUpPlan plan = plan(PlanType.SIP, LocalDate.of(2026, 1, 10));
        plan.held(LocalDate.of(2026, 4, 2), anna, rules, Instant.parse("2026-04-02T12:00:00Z"));
        assertThat(plan.dueDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(plan.nextStage()).isEqualTo(ReminderStage.BEFORE);
        assertThat(plan.nextReminderAt()).isEqualTo(rules.timeOf(ReminderStage.BEFORE, LocalDate.of(2026, 7, 2)));
    }

    @Test
    void afterInsatsHasTwoCheckpointsFromTheEndOfTheInsatsAndThenIsComplete() {
        FollowUpPlan plan = plan(PlanType.AFTER_INSATS, LocalDate.of(2026, 1, 15));
        assertThat(plan.dueDate()).as("90 days: 15 April").isEqualTo(LocalDate.of(2026, 4, 15));
        plan.held(LocalDate.of(2026, 4, 14), anna, rules, Instant.parse("2026-04-14T12:00:00Z"));
        assertThat(plan.dueDate()).as("6 months: 15 July").isEqualTo(LocalDate.of(2026, 7, 15));
        plan.held(LocalDate.of(2026, 7, 15), anna, rules, Instant.parse("2026-07-15T12:00:00Z"));
        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(plan.nextReminderAt()).isNull();
    }

    @Test
    void ofSeveralRemindersDueAtOnceOnlyTheLatestIsSentAndEscalationComesAfterTheReminderOnTheDay() {
        FollowUpPlan plan = plan(PlanType.SIP, LocalDate.of(2026, 1, 10));
        Instant muchLater = Instant.parse("2026-05-01T10:00:00Z");

        assertThat(plan.remind(muchLater, rules)).contains(ReminderStage.ON_DAY);
        assertThat(plan.remind(muchLater, rules)).contains(ReminderStage.ESCALATION);
        assertThat(plan.remind(muchLater, rules)).isEmpty();
        assertThat(plan.history().stream().map(FollowUpHistoryEntry::kind)).containsExactly(HistoryKind.REGISTERED,
                HistoryKind.REMINDER_SENT, HistoryKind.ESCALATED);
    }

    @Test
    void nothingIsSentBeforeItsTime() {
        FollowUpPlan plan = plan(PlanType.SIP, LocalDate.of(2026, 1, 10));
        Instant justBefore = rules.timeOf(ReminderStage.BEFORE, plan.dueDate()).minusSeconds(1);
        assertThat(plan.remind(justBefore, rules)).isEmpty();
        assertThat(plan.remind(justBefore.plusSeconds(1), rules)).contains(ReminderStage.BEFORE);
    }

    @Test
    void flaggedOnce() {
        FollowUpPlan plan = plan(PlanType.SIP, LocalDate.of(2026, 1, 10));
        assertThat(plan.flag("unreachable", Instant.now())).isTrue();
        assertThat(plan.flag("dead-letter", Instant.now())).isFalse();
    }

    private FollowUpPlan plan(PlanType type, LocalDate base) {
        return FollowUpPlan.register(anna, null, "tenant", new Kommun("Osby"), type, "Ref-1", null, ReminderTarget.ME,
                base, rules.defaultSchedule(type), rules, base.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());
    }

}
