package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.microsoft.bot.builder.MessageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.testing.FakeConnector.Scripted;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.OutboxRows;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * The outbox across restarts and instances: what was written is delivered after a
 * restart, and two instances on one PostgreSQL deliver each message once, in order per
 * conversation.
 */
class OutboxRestartTests {

    private static final Map<String, Object> FAST = Map.of("samverkansbot.outbox.initial-backoff", "300ms",
            "samverkansbot.outbox.jitter", "50ms", "samverkansbot.outbox.poll-interval", "100ms",
            "samverkansbot.outbox.lease", "3s");

    private final FakeConnector connector = FakeConnector.get();

    @Test
    void messagesPendingWhenTheBotStopsAreDeliveredAfterItStarts(@TempDir Path dataDir) {
        TestUser user = TestUsers.fresh("Petra Paus");
        try (RunningBot bot = RunningBot.onH2Files(dataDir, FAST)) {
            bot.client().send(TestActivities.botInstalledPersonally(user));
            connector.awaitSentTo(user.personalConversationId());
            // Teams is unavailable for this chat for a while.
            connector.script(user.personalConversationId(), Scripted.status(503), Scripted.status(503),
                    Scripted.status(503), Scripted.status(503), Scripted.status(503), Scripted.status(503));
            Outbox outbox = bot.bean(Outbox.class);
            for (int i = 1; i <= 3; i++) {
                outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("väntande " + i)));
            }
            awaitAttempts(user, 2);
            bot.stop();
            connector.unscript(user.personalConversationId());
            bot.start();

            List<String> texts = awaitTexts(user, 4);
            assertThat(texts.subList(1, texts.size())).containsExactly("väntande 1", "väntande 2", "väntande 3");
        }
    }

    @Test
    void twoInstancesOnOnePostgresDeliverEachMessageOnceInOrder() throws Exception {
        String database = TestPostgres.newDatabase();
        Map<String, Object> properties = new HashMap<>(FAST);
        properties.put("samverkansbot.outbox.global-rate", "500");
        try (RunningBot first = RunningBot.onPostgres(database, properties);
                RunningBot second = RunningBot.onPostgres(database, properties)) {
            List<TestUser> users = IntStream.range(0, 10).mapToObj((i) -> TestUsers.fresh("Användare " + i)).toList();
            for (TestUser user : users) {
                first.client().send(TestActivities.botInstalledPersonally(user));
                connector.awaitSentTo(user.personalConversationId());
            }
            // Both instances write, interleaved, to every conversation.
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (RunningBot instance : List.of(first, second)) {
                Outbox outbox = instance.bean(Outbox.class);
                TransactionTemplate transactions = instance.bean(TransactionTemplate.class);
                String name = instance == first ? "a" : "b";
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int i = 1; i <= 10; i++) {
                        int number = i;
                        for (TestUser user : users) {
                            transactions.executeWithoutResult((status) -> outbox
                                .enqueue(OutboundMessage.of(personal(user), MessageFactory.text(name + number))));
                        }
                    }
                }));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();

            for (TestUser user : users) {
                List<String> texts = awaitTexts(user, 21);
                List<String> proactive = texts.subList(1, texts.size());
                assertThat(proactive).as("each message once").doesNotHaveDuplicates().hasSize(20);
                assertThat(proactive.stream().filter((text) -> text.startsWith("a")).toList()).as("order of a")
                    .containsExactly(IntStream.rangeClosed(1, 10).mapToObj((i) -> "a" + i).toArray(String[]::new));
                assertThat(proactive.stream().filter((text) -> text.startsWith("b")).toList()).as("order of b")
                    .containsExactly(IntStream.rangeClosed(1, 10).mapToObj((i) -> "b" + i).toArray(String[]::new));
            }
            OutboxRows.awaitAllFinished(first.bean(DataSource.class));
            for (TestUser user : users) {
                assertThat(connector.sentTo(user.personalConversationId()))
                    .as("nothing more arrives once every message is finished")
                    .hasSize(21);
            }
        }
    }

    /**
     * A conversation's rate limit makes the outbox put messages back for later; they go
     * out by real time, also while the application's clock (due dates, reminders) stands
     * still.
     */
    @Test
    void pacedMessagesGoOutWhileTheApplicationClockStandsStill(@TempDir Path dataDir) {
        TestUser user = TestUsers.fresh("Paula Paced");
        Map<String, Object> properties = new HashMap<>(FAST);
        properties.put("samverkansbot.outbox.conversation-limits", "2/1s");
        try (RunningBot bot = RunningBot.onH2Files(dataDir, properties, TestClock.Configuration.class)) {
            bot.client().send(TestActivities.botInstalledPersonally(user));
            connector.awaitSentTo(user.personalConversationId());
            TransactionTemplate transactions = bot.bean(TransactionTemplate.class);
            Outbox outbox = bot.bean(Outbox.class);

            transactions.executeWithoutResult((status) -> IntStream.rangeClosed(1, 6)
                .forEach((i) -> outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("takt " + i)))));

            assertThat(awaitTexts(user, 7).subList(1, 7)).containsExactly("takt 1", "takt 2", "takt 3", "takt 4",
                    "takt 5", "takt 6");
        }
    }

    private static Recipient personal(TestUser user) {
        return new Recipient.PersonalChat(TestUsers.TENANT, user.aadObjectId());
    }

    private void awaitAttempts(TestUser user, int count) {
        await().atMost(Duration.ofSeconds(20))
            .alias("the bot tries to deliver")
            .until(() -> connector.attemptsAt(user.personalConversationId()).size() >= count + 1);
    }

    private List<String> awaitTexts(TestUser user, int count) {
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(connector.sentTo(user.personalConversationId())).as(user.name())
                .hasSizeGreaterThanOrEqualTo(count));
        return connector.sentTo(user.personalConversationId())
            .stream()
            .map(SentActivity::text)
            .collect(Collectors.toList());
    }

}
