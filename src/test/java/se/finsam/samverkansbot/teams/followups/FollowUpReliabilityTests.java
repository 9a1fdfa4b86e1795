package se.finsam.samverkansbot.teams.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.awaitCount;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.form;
import static se.finsam.samverkansbot.teams.followups.FollowUpTesting.settle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Reminders across restarts and instances, on the real clock: a reminder that fell due
 * while the bot was down is sent once after it starts (only the latest of several), and
 * two instances on one PostgreSQL send each reminder once.
 */
class FollowUpReliabilityTests {

    private static final Map<String, Object> SETTINGS = Map.of("samverkansbot.organisation.kommuner[0]", "Osby",
            // Only the sweep at start and the ones the tests run.
            "samverkansbot.followups.sweep-interval", "1h", "samverkansbot.outbox.poll-interval", "100ms");

    /** A last SIP meeting four months ago: every reminder of its due date is due now. */
    private static String longAgo() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).minusMonths(4).toString();
    }

    @Test
    void reminderDueWhileTheBotWasDownIsSentOnceAfterItStarts(@TempDir Path dataDir) {
        TestUser anna = TestUsers.fresh("Anna");
        try (RunningBot bot = RunningBot.onH2Files(dataDir, SETTINGS)) {
            bot.client().send(TestActivities.botInstalledPersonally(anna));
            awaitCount(anna, 1);
            awaitSweepAtStart(bot);
            bot.client()
                .send(TestActivities.personalSubmit(anna, form("SIP", "SIP-Omstart", longAgo(), null, "ME", "Osby")));
            assertThat(awaitCount(anna, 2).get(1).cardText()).contains("registrerad");
            assertThat(settle(bot.bean(DataSource.class), anna)).as("no sweep ran since the start").hasSize(2);

            bot.restart();

            List<SentActivity> sent = awaitCount(anna, 3);
            assertThat(sent.get(2).cardText()).contains("SIP-Omstart", "skulle ha hållits");
            assertThat(settle(bot.bean(DataSource.class), anna)).as("one reminder, not one per missed time").hasSize(3);
        }
    }

    /** The sweep at start has run (its one-off trigger is gone once it fired). */
    private static void awaitSweepAtStart(RunningBot bot) {
        Scheduler scheduler = bot.bean(Scheduler.class);
        await().atMost(Duration.ofSeconds(30))
            .alias("the sweep at start runs")
            .until(() -> scheduler.getTrigger(TriggerKey.triggerKey("follow-up-sweep-at-start", "followups")) == null);
    }

    @Test
    void twoInstancesOnOnePostgresSendEachReminderOnce() {
        String database = TestPostgres.newDatabase();
        Map<String, Object> settings = new HashMap<>(SETTINGS);
        settings.put("samverkansbot.outbox.global-rate", "500");
        try (RunningBot first = RunningBot.onPostgres(database, settings);
                RunningBot second = RunningBot.onPostgres(database, settings)) {
            List<TestUser> users = IntStream.range(0, 12).mapToObj((i) -> TestUsers.fresh("Användare " + i)).toList();
            for (TestUser user : users) {
                RunningBot via = users.indexOf(user) % 2 == 0 ? first : second;
                via.client().send(TestActivities.botInstalledPersonally(user));
                awaitCount(user, 1);
                via.client()
                    .send(TestActivities.personalSubmit(user,
                            form("SIP", "SIP-" + users.indexOf(user), longAgo(), null, "ME", "Osby")));
                awaitCount(user, 2);
            }

            List<CompletableFuture<Integer>> sweeps = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (RunningBot instance : List.of(first, second)) {
                    FollowUpManagement followUps = instance.bean(FollowUpManagement.class);
                    sweeps.add(CompletableFuture.supplyAsync(followUps::sendDueReminders));
                }
            }
            int sent = sweeps.stream().mapToInt(CompletableFuture::join).sum();
            // A plan locked by one sweep is skipped by the others: what is left goes out
            // next time.
            for (int more = first.bean(FollowUpManagement.class).sendDueReminders(); more > 0; more = first
                .bean(FollowUpManagement.class)
                .sendDueReminders()) {
                sent += more;
            }

            assertThat(sent).as("each plan: the reminder on the day, then the escalation").isEqualTo(users.size() * 2);
            for (TestUser user : users) {
                List<SentActivity> messages = awaitCount(user, 3);
                assertThat(messages.get(2).cardText()).contains("skulle ha hållits");
            }
            for (TestUser user : users) {
                assertThat(settle(first.bean(DataSource.class), user)).as(user.name() + " reminded once").hasSize(3);
            }
            JdbcClient jdbc = first.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_history_entry WHERE kind = 'REMINDER_SENT'")
                .query(Integer.class)
                .single()).isEqualTo(users.size());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_history_entry WHERE kind = 'ESCALATED'")
                .query(Integer.class)
                .single()).isEqualTo(users.size());
        }
    }

}
