package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.MessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.FakeConnector.Scripted;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * The durable outbox against the fake connector: order, transactions, Teams' error
 * answers, dead letters and the admin's view of them.
 */
@Import(OutboxDeliveryTests.ProblemsConfiguration.class)
class OutboxDeliveryTests extends BotIntegrationTest {

    static final TestUser ADMIN = new TestUser("29:outbox-admin", "aad-outbox-admin", "Ada Admin");

    @DynamicPropertySource
    static void outboxProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:outbox-delivery-tests;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("samverkansbot.outbox.initial-backoff", () -> "200ms");
        registry.add("samverkansbot.outbox.jitter", () -> "50ms");
        registry.add("samverkansbot.outbox.max-attempts", () -> "4");
        registry.add("samverkansbot.outbox.poll-interval", () -> "100ms");
        registry.add("samverkansbot.organisation.admins", () -> ADMIN.aadObjectId());
    }

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RecordedProblems problems;

    @Autowired
    OutboxStore store;

    @Test
    void messagesToOneConversationArriveInTheOrderWritten() {
        TestUser user = installedUser("Olle Ordning");
        connector().script(user.personalConversationId(), Scripted.status(503));
        for (int i = 1; i <= 6; i++) {
            outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("meddelande " + i)));
        }

        awaitProactive(user, 6);

        assertThat(proactive(user)).extracting(SentActivity::text)
            .containsExactly("meddelande 1", "meddelande 2", "meddelande 3", "meddelande 4", "meddelande 5",
                    "meddelande 6");
    }

    @Test
    void messageOfARolledBackChangeIsNeverSent() {
        TestUser user = installedUser("Rolf Rollback");
        assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult((status) -> {
            outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("ångrad")));
            throw new IllegalStateException("the change failed");
        }));
        outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("efteråt")));

        awaitProactive(user, 1);

        // Messages of one conversation keep their order: had the first one been written,
        // it would have arrived first.
        assertThat(proactive(user)).extracting(SentActivity::text).containsExactly("efteråt");
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanRetryAfter() {
        TestUser user = installedUser("Tina Tålamod");
        connector().script(user.personalConversationId(), Scripted.tooManyRequests(2));

        outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("snart")));
        awaitProactive(user, 1);

        List<Instant> attempts = proactiveAttempts(user).stream().map((attempt) -> attempt.at()).toList();
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void serviceUnavailableStormIsRetriedWithGrowingWaitsUntilDelivered() {
        TestUser user = installedUser("Sten Storm");
        connector().script(user.personalConversationId(), Scripted.status(503), Scripted.status(502),
                Scripted.status(504));

        outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("till slut")));
        awaitProactive(user, 1);

        List<Instant> attempts = proactiveAttempts(user).stream().map((attempt) -> attempt.at()).toList();
        assertThat(attempts).hasSize(4);
        Duration first = Duration.between(attempts.get(0), attempts.get(1));
        Duration third = Duration.between(attempts.get(2), attempts.get(3));
        assertThat(third).isGreaterThan(first);
    }

    @Test
    void forbiddenStopsTheConversationAndTellsTheModuleThatWroteIt() {
        TestUser user = installedUser("Britt Blockerad");
        connector().script(user.personalConversationId(), Scripted.status(403));

        outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("första"))
            .withOrigin(MessageOrigin.of("test", "first")));
        awaitProblem("test:first");
        outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("andra"))
            .withOrigin(MessageOrigin.of("test", "second")));
        awaitProblem("test:second");

        assertThat(proactiveAttempts(user)).hasSize(1);
        assertThat(problems.unreachable).contains("test:first " + user.aadObjectId(),
                "test:second " + user.aadObjectId());

        // The user installs the bot again; an admin sends the stopped messages again.
        bot().send(TestActivities.botInstalledPersonally(user));
        List<OutboxStore.Summary> stopped = store().latest(OutboxStatus.STOPPED, 50);
        stopped.forEach((message) -> bot().send(TestActivities.personalSubmit(ADMIN, resend(message.id()))));
        awaitProactive(user, 3);
        assertThat(proactive(user)).extracting(SentActivity::text).contains("första", "andra");
    }

    @Test
    void messageToSomeoneWithoutAChatIsRecordedAsUnreachable() {
        TestUser stranger = TestUsers.fresh("Nils Nyanställd");

        outbox.enqueue(OutboundMessage.of(personal(stranger), MessageFactory.text("hej"))
            .withOrigin(MessageOrigin.of("test", "stranger")));

        assertThat(problems.unreachable).contains("test:stranger " + stranger.aadObjectId());
        assertThat(store().latest(OutboxStatus.STOPPED, 50)).extracting(OutboxStore.Summary::lastError)
            .contains("no-conversation");
    }

    @Test
    void messageBecomesADeadLetterThatAnAdminSeesAndSendsAgain() {
        TestUser user = installedUser("Doris Död");
        connector().script(user.personalConversationId(), Scripted.status(503), Scripted.status(503),
                Scripted.status(503), Scripted.status(503));
        double deadBefore = deadGauge();

        long id = outbox.enqueue(OutboundMessage.of(personal(user), MessageFactory.text("kommer fram till slut"))
            .withOrigin(MessageOrigin.of("test", "dead")));
        awaitProblem("dead test:dead");
        assertThat(proactiveAttempts(user)).hasSize(4);
        assertThat(proactive(user)).isEmpty();
        awaitGauge(deadBefore + 1);

        TestUser someone = installedUser("Nyfiken Användare");
        bot().send(TestActivities.personalMessage(someone, "leveranser"));
        assertThat(awaitCountThen(someone.personalConversationId(), 2).text()).contains("administratörer");
        bot().send(TestActivities.personalSubmit(someone, resend(id)));
        assertThat(awaitCountThen(someone.personalConversationId(), 3).text()).contains("administratörer");

        int before = connector().sentTo(ADMIN.personalConversationId()).size();
        bot().send(TestActivities.personalMessage(ADMIN, "leveranser"));
        SentActivity overview = awaitCountThen(ADMIN.personalConversationId(), before + 1);
        assertThat(overview.cardText()).contains("Misslyckade meddelanden", "Nr " + id, "http:503", "Skicka igen")
            .doesNotContain("kommer fram till slut");

        bot().send(TestActivities.personalSubmit(ADMIN, resend(id)));
        awaitProactive(user, 1);
        assertThat(proactive(user)).extracting(SentActivity::text).containsExactly("kommer fram till slut");
    }

    @Test
    void cardPostedAsNewThreadGetsItsRepliesAndUpdatesInPlace() {
        TestUser member = installedUser("Maja Medlem");
        String teamId = "19:team-" + java.util.UUID.randomUUID() + "@thread.tacv2";
        String channelId = "19:channel-" + java.util.UUID.randomUUID() + "@thread.tacv2";
        bot().send(TestActivities.botAddedToTeam(member, teamId, "Konsultationsteamet"));
        connector().awaitSentTo(teamId);
        String cardKey = "test:" + channelId;

        outbox
            .enqueue(OutboundMessage.of(new Recipient.NewThread(teamId, channelId), MessageFactory.text("nytt ärende"))
                .withCardKey(cardKey));
        outbox.enqueue(OutboundMessage.of(new Recipient.ThreadReply(cardKey), MessageFactory.text("råd")));
        outbox.enqueue(OutboundMessage.of(new Recipient.CardUpdate(cardKey), MessageFactory.text("ärendet, 1 råd")));

        SentActivity post = connector().awaitSentTo(channelId);
        SentActivity update = connector().awaitSent((sent) -> sent.kind() == SentActivity.Kind.UPDATE
                && sent.conversationId().startsWith(channelId + ";messageid="), Duration.ofSeconds(10));

        assertThat(post.text()).isEqualTo("nytt ärende");
        String threadId = update.conversationId();
        assertThat(threadId).isEqualTo(channelId + ";messageid=" + update.activityId());
        assertThat(connector().sentTo(threadId)).extracting(SentActivity::kind, SentActivity::text)
            .containsExactly(Tuple.tuple(SentActivity.Kind.SEND, "råd"),
                    Tuple.tuple(SentActivity.Kind.UPDATE, "ärendet, 1 råd"));
    }

    private TestUser installedUser(String name) {
        TestUser user = TestUsers.fresh(name);
        bot().send(TestActivities.botInstalledPersonally(user));
        connector().awaitSentTo(user.personalConversationId());
        return user;
    }

    /** What the bot sent to the user's chat after its greeting. */
    private List<SentActivity> proactive(TestUser user) {
        List<SentActivity> sent = connector().sentTo(user.personalConversationId());
        return sent.subList(Math.min(1, sent.size()), sent.size());
    }

    private List<FakeConnector.Attempt> proactiveAttempts(TestUser user) {
        List<FakeConnector.Attempt> attempts = connector().attemptsAt(user.personalConversationId());
        return attempts.subList(Math.min(1, attempts.size()), attempts.size());
    }

    private void awaitProactive(TestUser user, int count) {
        awaitCount(user.personalConversationId(), count + 1);
    }

    private static Recipient personal(TestUser user) {
        return new Recipient.PersonalChat(TestUsers.TENANT, user.aadObjectId());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode resend(long id) {
        return JsonNodeFactory.instance.objectNode().put("verb", DeliveriesCommand.VERB).put("id", id);
    }

    private OutboxStore store() {
        return store;
    }

    private void awaitCount(String conversationId, int count) {
        awaitCountThen(conversationId, count);
    }

    private SentActivity awaitCountThen(String conversationId, int count) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<SentActivity> sent = connector().sentTo(conversationId);
            if (sent.size() >= count) {
                return sent.get(count - 1);
            }
            sleep(50);
        }
        throw new AssertionError(
                conversationId + " got " + connector().sentTo(conversationId).size() + " messages, expected " + count);
    }

    private void awaitProblem(String entry) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (problems.unreachable.stream().anyMatch((problem) -> problem.startsWith(entry))
                    || problems.dead.contains(entry)) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("No delivery problem " + entry + " in " + problems.unreachable + problems.dead);
    }

    private double deadGauge() {
        return meters.get("samverkansbot.outbox.messages").tag("status", "dead").gauge().value();
    }

    private void awaitGauge(double expected) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (deadGauge() != expected && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        assertThat(deadGauge()).isEqualTo(expected);
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

    @TestConfiguration(proxyBeanMethods = false)
    static class ProblemsConfiguration {

        @Bean
        RecordedProblems recordedProblems() {
            return new RecordedProblems();
        }

    }

    /** Records the delivery failures the outbox published, as kind:part. */
    static class RecordedProblems {

        final List<String> unreachable = new CopyOnWriteArrayList<>();

        final List<String> dead = new CopyOnWriteArrayList<>();

        @EventListener
        void on(DeliveryFailed failed) {
            String origin = failed.origin().kind() + ":" + failed.origin().part();
            if (failed.reason() == DeliveryFailed.Reason.DEAD) {
                dead.add("dead " + origin);
            }
            else {
                unreachable.add(origin + " " + failed.recipientUser());
            }
        }

    }

}
