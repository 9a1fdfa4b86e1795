package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.microsoft.bot.builder.MessageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.testing.FakeConnector.Scripted;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
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
            Thread.sleep(1000);
            for (TestUser user : users) {
                assertThat(connector.sentTo(user.personalConversationId())).as("nothing more arrives").hasSize(21);
            }
        }
    }

    private static Recipient personal(TestUser user) {
        return new Recipient.PersonalChat(TestUsers.TENANT, user.aadObjectId());
    }

    private void awaitAttempts(TestUser user, int count) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (connector.attemptsAt(user.personalConversationId()).size() < count + 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The bot did not try to deliver");
            }
            sleep(50);
        }
    }

    private List<String> awaitTexts(TestUser user, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (connector.sentTo(user.personalConversationId()).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user.name() + " got " + connector.sentTo(user.personalConversationId()).size()
                        + " of " + count + " messages");
            }
            sleep(50);
        }
        return connector.sentTo(user.personalConversationId())
            .stream()
            .map(SentActivity::text)
            .collect(Collectors.toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
