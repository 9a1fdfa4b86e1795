package se.finsam.samverkansbot.teams.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.awaitCount;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.button;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.dated;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.form;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.last;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.planIdIn;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.settle;

import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.core.RetentionRun;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector.Scripted;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestBotConfiguration;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Follow-ups as users live them, through {@code /api/messages} and the fake Bot
 * Connector, with a clock the tests move: register, reminders before and on the due date,
 * held, postponed, ended, escalation, holidays, daylight saving, and reminders that do
 * not arrive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@Import({ TestBotConfiguration.class, TestClock.Configuration.class })
class FollowUpConversationTests {

    static final TestUser COORDINATOR = new TestUser("29:coordinator-followups", "aad-coordinator-followups",
            "Karin Koordinator");

    @DynamicPropertySource
    static void followUpProperties(DynamicPropertyRegistry registry) {
        TestBotConfiguration.productionModeProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:followups-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-followups-test");
        // Tests sweep themselves (and once through Quartz); no background sweep between.
        registry.add("samverkansbot.followups.sweep-interval", () -> "1h");
        registry.add("samverkansbot.organisation.kommuner[0]", () -> "Osby");
        registry.add("samverkansbot.organisation.kommuner[1]", () -> "Hässleholm");
        registry.add("samverkansbot.organisation.coordinators[0].user-id", COORDINATOR::aadObjectId);
        registry.add("samverkansbot.organisation.coordinators[0].name", COORDINATOR::name);
        registry.add("samverkansbot.organisation.coordinators[0].kommuner[0]", () -> "Osby");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    FollowUpManagement followUps;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun retention;

    @BeforeEach
    void noOtherPlansAreDue() {
        // Each test starts on its own dates; plans of earlier tests must not remind
        // in it.
        jdbc.sql("UPDATE follow_up_plan SET next_reminder_at = NULL").update();
        bot().send(TestActivities.botInstalledPersonally(COORDINATOR));
    }

    @Test
    void helpCardListsTheFollowUpCommands() {
        TestUser anna = installed("Anna");

        bot().send(TestActivities.personalMessage(anna, "hjälp"));

        assertThat(awaitCount(anna, 2).get(1).cardText()).contains("ny uppföljning", "uppföljningar",
                "Registrera en SIP-uppföljning");
    }

    @Test
    void newFollowUpShowsTheFormWithTheKommunerToChooseFrom() {
        TestUser anna = installed("Anna");

        bot().send(TestActivities.personalMessage(anna, "ny uppföljning"));

        SentActivity form = awaitCount(anna, 2).get(1);
        assertThat(form.cardText()).contains("Ny uppföljning", "SIP", "Uppföljning efter avslutad insats", "Osby",
                "Hässleholm", "Kommunens samverkanskoordinator");
        assertThat(form.adaptiveCards().get(0).findValues("id").stream().map((id) -> id.asText())).contains("type",
                "reference", "baseDate", "interval", "remind", "kommun", "note");
    }

    @Test
    void wholeCycleRemindsFiveWorkingDaysBeforeAndOnTheDayAndHeldPlansTheNextFromTheHeldDate() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));

        // Last SIP 2026-01-10: due 2026-04-10 (a Friday, after Easter).
        bot().send(
                TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-7", "2026-01-10", "DEFAULT", "ME", "Osby")));
        SentActivity registered = awaitCount(anna, 2).get(1);
        assertThat(registered.cardText()).contains("registrerad", "2026-04-10", "2026-04-01 08:30");

        // Five working days before: 9, 8, 7 April, then Easter Monday and Good Friday do
        // not count, 2 and 1 April.
        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 29));
        assertThat(followUps.sendDueReminders()).isZero();
        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        SentActivity before = awaitCount(anna, 3).get(2);
        assertThat(before.cardText()).contains("Påminnelse", "SIP-Osby-7", "2026-04-10", "om 5 arbetsdagar", "Hölls",
                "Skjut upp", "Avsluta planen", "Visa listan");
        assertThat(followUps.sendDueReminders()).as("sent once").isZero();

        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        SentActivity onDay = awaitCount(anna, 4).get(3);
        assertThat(onDay.cardText()).contains("i dag, 2026-04-10");

        long plan = planIdIn(onDay);
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 14, 0));
        bot().send(TestActivities.personalSubmit(anna, dated(FollowUpCards.HELD, plan, "2026-04-09")));
        assertThat(awaitCount(anna, 5).get(4).cardText()).contains("hölls 2026-04-09", "senast **2026-07-09**");

        bot().send(TestActivities.personalSubmit(anna, button(FollowUpCards.HISTORY, plan)));
        assertThat(awaitCount(anna, 6).get(5).cardText()).contains("Registrerad", "Påminnelse skickad om 2026-04-10",
                "Hölls 2026-04-09");
        assertThat(settle(database, anna)).hasSize(6);
    }

    @Test
    void aDueDateInThePastIsOverdueNowAndRemindedAtOnceNeverAtAPastDate() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));

        bot().send(
                TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-8", "2024-01-05", "DEFAULT", "ME", "Osby")));
        String registered = awaitCount(anna, 2).get(1).cardText();
        assertThat(registered).contains("försenad", "direkt").doesNotContain("Första påminnelsen kommer");
        assertThat(followUps.sendDueReminders()).as("reminded now").isEqualTo(1);
        awaitCount(anna, 3);

        // Monthly from a month ago is due today or earlier: no promise of a reminder
        // before now.
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-9", "2026-01-30", "P1M", "ME", "Osby")));
        String monthly = awaitCount(anna, 4).get(3).cardText();
        assertThat(monthly).contains("försenad", "2026-03-02 10:00").doesNotContain("Första påminnelsen kommer");
        // The first plan's escalation, long due, goes out in the same sweep.
        assertThat(followUps.sendDueReminders()).isEqualTo(2);
        awaitCount(anna, 5);
    }

    @Test
    void heldPressedTwiceAtOnceIsRecordedOnce() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(
                TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-9", "2026-01-10", "DEFAULT", "ME", "Osby")));
        awaitCount(anna, 2);
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        SentActivity reminder = awaitCount(anna, 3).get(2);
        long plan = planIdIn(reminder);
        JsonNode held = TestActivities.button(reminder.adaptiveCards().get(0), FollowUpCards.HELD);

        clock.setLocal(LocalDateTime.of(2026, 4, 10, 14, 0));
        List<BotClient.Response> answers = bot().sendTwiceAtOnce(
                () -> TestActivities
                    .personalSubmit(anna,
                            TestActivities.pressed(held,
                                    java.util.Map.of(FollowUpCards.HELD + "." + plan, "2026-04-09")))
                    .pressing(held, "reminder-message"));

        assertThat(answers).extracting(BotClient.Response::status).containsOnly(200);
        assertThat(answers.get(1).body()).as("the second press gets the first one's answer")
            .isEqualTo(answers.get(0).body())
            .contains("hölls 2026-04-09", "2026-07-09", "AdaptiveCard")
            .doesNotContain("försenad", "Skjut upp");
        int before = settle(database, anna).size();
        bot().send(TestActivities.personalSubmit(anna, button(FollowUpCards.HISTORY, plan)));
        String history = awaitCount(anna, before + 1).get(before).cardText();
        assertThat(history.split("Hölls 2026-04-09", -1)).as("held recorded once in " + history).hasSize(2);
    }

    @Test
    void afterAnEndedInsatsFollowUpsAreDueAfter90DaysAnd6MonthsAndThenThePlanIsComplete() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 2, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna,
                form("AFTER_INSATS", "Insats-Osby-1", "2026-01-15", "DEFAULT", "ME", "Osby")));
        assertThat(awaitCount(anna, 2).get(1).cardText()).contains("2026-04-15");
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        long plan = planIdIn(awaitCount(anna, 3).get(2));

        clock.setLocal(LocalDateTime.of(2026, 4, 14, 15, 0));
        bot().send(TestActivities.personalSubmit(anna, dated(FollowUpCards.HELD, plan, "2026-04-14")));
        assertThat(awaitCount(anna, 4).get(3).cardText()).contains("senast **2026-07-15**");

        clock.setLocal(LocalDateTime.of(2026, 7, 15, 15, 0));
        bot().send(TestActivities.personalSubmit(anna, dated(FollowUpCards.HELD, plan, "2026-07-15")));
        assertThat(awaitCount(anna, 5).get(4).cardText()).contains("sista uppföljningen", "klar");
    }

    @Test
    void remindersAfterTheBotWasDownAreSentOnceOnlyTheLatest() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-8", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);

        // Nothing ran between the reminder before and the one on the day.
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 11, 0));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);

        List<SentActivity> sent = awaitCount(anna, 3);
        assertThat(sent.get(2).cardText()).contains("i dag, 2026-04-10").doesNotContain("arbetsdagar");
        assertThat(followUps.sendDueReminders()).isZero();
        assertThat(settle(database, anna)).hasSize(3);
    }

    @Test
    void postponedFollowUpIsDueOnTheNewDateMovedBeforeAWeekend() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-9", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        long plan = planIdIn(awaitCount(anna, 3).get(2));

        // Saturday 2 May 2026: due on Thursday 30 April (1 May is a holiday).
        bot().send(TestActivities.personalSubmit(anna, dated(FollowUpCards.POSTPONE, plan, "2026-05-02")));
        assertThat(awaitCount(anna, 4).get(3).cardText()).contains("flyttad till **2026-04-30**");

        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).as("the old due date reminds no more").isZero();
        clock.setLocal(LocalDateTime.of(2026, 4, 30, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        assertThat(awaitCount(anna, 5).get(4).cardText()).contains("i dag, 2026-04-30");
    }

    @Test
    void endedPlanIsNotRemindedAndLeavesTheList() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-10", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        SentActivity list = awaitCount(anna, 3).get(2);
        long plan = planIdIn(list);
        JsonNode confirmation = list.adaptiveCards()
            .get(0)
            .findParents("card")
            .stream()
            .filter((showCard) -> "Avsluta planen".equals(showCard.path("title").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Avsluta planen asks nothing first"))
            .path("card");
        assertThat(SentActivity.textOf(confirmation)).as("Är du säker? before the plan ends")
            .contains("Är du säker?", "SIP-Osby-10", "Ja, avsluta planen");
        assertThat(TestActivities.button(confirmation, FollowUpCards.END)
            .path("data")
            .path(FollowUpCards.PLAN_ID)
            .asLong()).isEqualTo(plan);

        bot().send(TestActivities.personalSubmit(anna, button(FollowUpCards.END, plan)));
        assertThat(awaitCount(anna, 4).get(3).cardText()).contains("avslutad");

        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).isZero();
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        assertThat(awaitCount(anna, 5).get(4).cardText()).doesNotContain("SIP-Osby-10").contains("inga aktiva");
    }

    /**
     * The coordinator's view names a plan's owner even when the bot no longer has a chat
     * with them (they removed it, and the retention run deleted its reference): by the
     * name Teams gave when they registered the plan.
     */
    @Test
    void aPlanOwnerTheBotHasNoChatWithIsNamedByTheNameGivenWhenTheyRegistered() {
        TestUser agnes = installed("Agnes Ägare");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(agnes,
                form("SIP", "SIP-Osby-agare", "2026-01-10", null, "COORDINATOR", "Osby")));
        awaitCount(agnes, 2);
        bot().send(TestActivities.botRemovedPersonally(agnes));
        clock.setLocal(LocalDateTime.of(2026, 4, 6, 3, 0));
        retention.run();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation WHERE user_aad_object_id = :id")
            .param("id", agnes.aadObjectId())
            .query(Integer.class)
            .single()).as("the bot has no chat with the owner").isZero();

        int before = connector().sentTo(COORDINATOR.personalConversationId()).size();
        bot().send(TestActivities.personalMessage(COORDINATOR, "uppföljningar"));

        String list = awaitCount(COORDINATOR, before + 1).get(before).cardText();
        String plan = list.substring(list.indexOf("SIP-Osby-agare"));
        assertThat(plan).contains("Handläggare\n" + agnes.name() + "\n");
        assertThat(plan.substring(0, plan.indexOf("Kommun"))).doesNotContain("okänd");
    }

    /**
     * A reference is shown as it was written: a Markdown link typed as one is not a link
     * in the owner's or the coordinator's card.
     */
    @Test
    void markdownInAReferenceIsShownAsWritten() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna,
                form("SIP", "[SIP](https://evil.example/s)", "2026-01-10", null, "BOTH", "Osby")));
        String registered = awaitCount(anna, 2).get(1).cardText();
        int before = connector().sentTo(COORDINATOR.personalConversationId()).size();
        bot().send(TestActivities.personalMessage(COORDINATOR, "uppföljningar"));
        String coordinators = awaitCount(COORDINATOR, before + 1).get(before).cardText();

        for (String card : List.of(registered, coordinators)) {
            assertThat(card).contains("\\[SIP\\]\\(https://evil.example/s\\)")
                .doesNotContain("[SIP](https://evil.example/s)");
        }
    }

    @Test
    void overduePlanIsEscalatedToTheCoordinatorOnce() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-11", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        followUps.sendDueReminders();
        awaitCount(anna, 3);
        int coordinatorBefore = connector().sentTo(COORDINATOR.personalConversationId()).size();

        // Three working days after Friday 10 April: 13, 14, 15 April.
        clock.setLocal(LocalDateTime.of(2026, 4, 14, 9, 0));
        assertThat(followUps.sendDueReminders()).isZero();
        clock.setLocal(LocalDateTime.of(2026, 4, 15, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        SentActivity escalation = awaitCount(COORDINATOR, coordinatorBefore + 1).get(coordinatorBefore);
        assertThat(escalation.cardText()).contains("Försenad uppföljning", "SIP-Osby-11", "Osby", "2026-04-10")
            .as("names the plan's owner, not the coordinator as 'Jag'")
            .contains("Handläggare\n" + anna.name() + "\n", "Påminns\nHandläggaren\n")
            .doesNotContain("Påminns\nJag");

        clock.setLocal(LocalDateTime.of(2026, 5, 15, 8, 30));
        assertThat(followUps.sendDueReminders()).as("escalated once").isZero();
        assertThat(settle(database, COORDINATOR)).hasSize(coordinatorBefore + 1);
        assertThat(settle(database, anna)).hasSize(3);

        // The coordinator sees the overdue plan first in their list.
        bot().send(TestActivities.personalMessage(COORDINATOR, "uppföljningar"));
        assertThat(awaitCount(COORDINATOR, coordinatorBefore + 2).get(coordinatorBefore + 1).cardText())
            .contains("SIP-Osby-11", "försenad", "Handläggare\n" + anna.name() + "\n")
            .doesNotContain("Påminns\nJag");
        // The owner's own list still says it from their side.
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        assertThat(awaitCount(anna, 4).get(3).cardText()).contains("SIP-Osby-11", "Påminns\nJag\n")
            .doesNotContain("Handläggare\n" + anna.name());
    }

    @Test
    void dueDateOnMidsommaraftonMovesToTheDayBefore() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 20, 10, 0));

        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-12", "2026-03-19", null, "ME", "Osby")));

        assertThat(awaitCount(anna, 2).get(1).cardText()).contains("2026-06-18");
    }

    @Test
    void reminderAtHalfPastEightOnTheMondayAfterTheSpringDaylightSavingChange() {
        // 30 days after 28 February: Monday 30 March, the day after clocks went forward.
        assertReminderOnTheDayAtHalfPastEight(LocalDateTime.of(2026, 3, 2, 10, 0), "Annan-1", "2026-02-28",
                "2026-03-30T06:29:59Z", "2026-03-30T06:30:00Z", "i dag, 2026-03-30");
    }

    @Test
    void reminderAtHalfPastEightOnTheMondayAfterTheAutumnDaylightSavingChange() {
        // 30 days after 26 September: Monday 26 October, the day after clocks went back.
        assertReminderOnTheDayAtHalfPastEight(LocalDateTime.of(2026, 10, 1, 10, 0), "Annan-2", "2026-09-26",
                "2026-10-26T07:29:59Z", "2026-10-26T07:30:00Z", "i dag, 2026-10-26");
    }

    /**
     * Registers a 30-day plan at {@code registeredAt} and checks that the reminder on the
     * day is not sent a second before 08:30 local time and is sent at 08:30.
     */
    private void assertReminderOnTheDayAtHalfPastEight(LocalDateTime registeredAt, String reference, String heldOn,
            String secondBefore, String halfPastEight, String expected) {
        TestUser anna = installed("Anna");
        clock.setLocal(registeredAt);
        bot().send(TestActivities.personalSubmit(anna, form("OTHER", reference, heldOn, "P30D", "ME", "Osby")));
        awaitCount(anna, 2);

        clock.set(java.time.Instant.parse(secondBefore));
        followUps.sendDueReminders();
        int before = settle(database, anna).size();
        assertThat(last(anna).cardText()).as("not yet the reminder on the day").doesNotContain("i dag");
        clock.set(java.time.Instant.parse(halfPastEight));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        assertThat(awaitCount(anna, before + 1).get(before).cardText()).contains(expected);
    }

    @Test
    void invalidFormIsShownAgainWithErrorsAndWhatWasTypedAndNothingIsStored() {
        TestUser anna = installed("Anna");
        int plans = count();

        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-13", "inte ett datum", null, "ME", null)));

        SentActivity again = awaitCount(anna, 2).get(1);
        assertThat(again.cardText()).contains("inget har sparats", "Kommun", "Fyll i", "inte giltigt");
        assertThat(again.adaptiveCards().get(0).toString()).contains("\"value\":\"SIP-Osby-13\"");
        assertThat(count()).isEqualTo(plans);
    }

    @Test
    void referenceWithAPersonnummerIsRefusedWithTheGuardsFindingsAndNothingIsStored() {
        TestUser anna = installed("Anna");
        int plans = count();

        bot().send(TestActivities.personalSubmit(anna, form("SIP", "19850101-1234", "2026-01-10", null, "ME", "Osby")));

        SentActivity again = awaitCount(anna, 2).get(1);
        assertThat(again.cardText()).contains("Ny uppföljning", "personnummer");
        assertThat(count()).isEqualTo(plans);
    }

    @Test
    void planOfAUserWhoRemovedTheBotIsFlaggedToTheCoordinatorOnce() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-14", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        bot().send(TestActivities.botRemovedPersonally(anna));
        int coordinatorBefore = connector().sentTo(COORDINATOR.personalConversationId()).size();

        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        SentActivity notice = awaitCount(COORDINATOR, coordinatorBefore + 1).get(coordinatorBefore);
        assertThat(notice.cardText()).contains("når inte fram", "SIP-Osby-14");

        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);
        assertThat(settle(database, COORDINATOR)).as("told once").hasSize(coordinatorBefore + 1);
    }

    @Test
    void reminderRefusedWith403FlagsThePlanToTheCoordinator() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-15", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        connector().script(anna.personalConversationId(), Scripted.status(403));
        int coordinatorBefore = connector().sentTo(COORDINATOR.personalConversationId()).size();

        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);

        SentActivity notice = awaitCount(COORDINATOR, coordinatorBefore + 1).get(coordinatorBefore);
        assertThat(notice.cardText()).contains("når inte fram", "SIP-Osby-15");
        bot().send(TestActivities.personalMessage(COORDINATOR, "uppföljningar"));
        assertThat(awaitCount(COORDINATOR, coordinatorBefore + 2).get(coordinatorBefore + 1).cardText())
            .contains("SIP-Osby-15", "Påminnelser når inte fram");
    }

    @Test
    void reminderThatBecomesADeadLetterFlagsThePlanToTheCoordinator() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-18", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        // Teams refuses the message outright: a dead letter at once.
        connector().script(anna.personalConversationId(), Scripted.status(400));
        int coordinatorBefore = connector().sentTo(COORDINATOR.personalConversationId()).size();

        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);

        SentActivity notice = awaitCount(COORDINATOR, coordinatorBefore + 1).get(coordinatorBefore);
        assertThat(notice.cardText()).contains("når inte fram", "SIP-Osby-18");
    }

    @Test
    void planRemindingBothRemindsTheCaseworkerAndTheKommunsCoordinator() {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-19", "2026-01-10", null, "BOTH", "Osby")));
        awaitCount(anna, 2);
        int coordinatorBefore = connector().sentTo(COORDINATOR.personalConversationId()).size();

        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        assertThat(followUps.sendDueReminders()).isEqualTo(1);

        assertThat(awaitCount(anna, 3).get(2).cardText()).contains("SIP-Osby-19", "om 5 arbetsdagar");
        assertThat(awaitCount(COORDINATOR, coordinatorBefore + 1).get(coordinatorBefore).cardText()).contains(
                "SIP-Osby-19", "om 5 arbetsdagar", "Handläggare\n" + anna.name() + "\n",
                "Påminns\nHandläggaren och kommunens samverkanskoordinator\n");
        assertThat(awaitCount(anna, 3).get(2).cardText()).contains("Påminns\nBåda\n");
    }

    @Test
    void referencesAndNotesNeverAppearInTheLog(CapturedOutput output) {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        ObjectNode refused = form("SIP", "blåklint-1", "2026-01-10", null, "ME", "Osby").put("note",
                "vitsippa 19850101-1234");
        bot().send(TestActivities.personalSubmit(anna, refused));
        awaitCount(anna, 2);
        ObjectNode accepted = form("SIP", "blåklint-2", "2026-01-10", null, "ME", "Osby").put("note",
                "vitsippa ringer");
        bot().send(TestActivities.personalSubmit(anna, accepted));
        awaitCount(anna, 3);
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        followUps.sendDueReminders();
        long plan = planIdIn(awaitCount(anna, 4).get(3));
        bot().send(TestActivities.personalSubmit(anna, dated(FollowUpCards.POSTPONE, plan, "2026-04-20")));
        awaitCount(anna, 5);

        assertThat(output.getAll()).contains("Follow-up plan " + plan)
            .doesNotContain("blåklint", "vitsippa", "19850101");
    }

    @Test
    void anotherUserCannotActOnSomeonesPlan() {
        TestUser anna = installed("Anna");
        TestUser other = installed("Olle");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-16", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        bot().send(TestActivities.personalMessage(anna, "uppföljningar"));
        long plan = planIdIn(awaitCount(anna, 3).get(2));

        bot().send(TestActivities.personalSubmit(other, button(FollowUpCards.END, plan)));

        assertThat(awaitCount(other, 2).get(1).text()).contains("hittar ingen");
        clock.setLocal(LocalDateTime.of(2026, 4, 10, 8, 30));
        assertThat(followUps.sendDueReminders()).as("still active").isEqualTo(1);
    }

    @Test
    void sweepJobIsScheduledInQuartzAndSendsDueReminders() throws Exception {
        TestUser anna = installed("Anna");
        clock.setLocal(LocalDateTime.of(2026, 3, 2, 10, 0));
        bot().send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Osby-17", "2026-01-10", null, "ME", "Osby")));
        awaitCount(anna, 2);
        JobKey job = JobKey.jobKey("follow-up-sweep", "followups");
        assertThat(scheduler.getTriggersOfJob(job)).extracting((trigger) -> trigger.getKey().getName())
            .contains("follow-up-sweep");

        clock.setLocal(LocalDateTime.of(2026, 4, 1, 8, 30));
        scheduler.triggerJob(job);

        assertThat(awaitCount(anna, 3).get(2).cardText()).contains("SIP-Osby-17", "om 5 arbetsdagar");
    }

    private BotClient bot() {
        return new BotClient(port);
    }

    private FakeConnector connector() {
        return FakeConnector.get();
    }

    private TestUser installed(String name) {
        TestUser user = TestUsers.fresh(name);
        bot().send(TestActivities.botInstalledPersonally(user));
        awaitCount(user, 1);
        return user;
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM follow_up_plan").query(Integer.class).single();
    }

}
