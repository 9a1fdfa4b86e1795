package se.finsam.samverkansbot.teams.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.awaitCount;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.form;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.planIdIn;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * "Hölls" on a reminder pressed twice at once on PostgreSQL, whose isolation and unique
 * key decide which press records the meeting: it is recorded once, and both presses get
 * the same answer, through {@code /api/messages}.
 */
class HeldPressedTwiceOnPostgresTests {

    private static final Map<String, Object> SETTINGS = Map.of("samverkansbot.organisation.kommuner[0]", "Osby",
            "samverkansbot.followups.sweep-interval", "1h", "samverkansbot.outbox.poll-interval", "100ms");

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void heldPressedTwiceAtOnceIsRecordedOnce() {
        TestUser anna = TestUsers.fresh("Anna");
        try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), SETTINGS)) {
            BotClient client = bot.client();
            client.send(TestActivities.botInstalledPersonally(anna));
            awaitCount(anna, 1);
            Scheduler scheduler = bot.bean(Scheduler.class);
            await().atMost(Duration.ofSeconds(30))
                .until(() -> scheduler
                    .getTrigger(TriggerKey.triggerKey("follow-up-sweep-at-start", "followups")) == null);
            // The last SIP meeting four months ago: the next one is overdue now.
            String longAgo = LocalDate.now(STOCKHOLM).minusMonths(4).toString();
            client.send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Dubbel", longAgo, null, "ME", "Osby")));
            awaitCount(anna, 2);
            bot.bean(FollowUpManagement.class).sendDueReminders();
            SentActivity reminder = awaitCount(anna, 3).get(2);
            long plan = planIdIn(reminder);
            JsonNode held = TestActivities.button(reminder.adaptiveCards().get(0), FollowUpCards.HELD);
            String today = LocalDate.now(STOCKHOLM).toString();

            List<BotClient.Response> answers = client.sendTwiceAtOnce(() -> TestActivities
                .personalSubmit(anna, TestActivities.pressed(held, Map.of(FollowUpCards.HELD + "." + plan, today)))
                .pressing(held, "reminder-message"));

            assertThat(answers).extracting(BotClient.Response::status).containsOnly(200);
            assertThat(answers.get(0).body()).contains("hölls " + today, "AdaptiveCard").doesNotContain("försenad");
            assertThat(answers.get(1).body()).as("the second press gets the first one's answer")
                .isEqualTo(answers.get(0).body());
            assertThat(bot.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM follow_up_history_entry WHERE follow_up_plan = ? AND kind = 'HELD'")
                .param(plan)
                .query(Integer.class)
                .single()).as("held recorded once").isEqualTo(1);
        }
    }

}
