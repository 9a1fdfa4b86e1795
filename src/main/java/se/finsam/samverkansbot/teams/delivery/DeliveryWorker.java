package se.finsam.samverkansbot.teams.delivery;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.teams.conversations.Conversation;
import se.finsam.samverkansbot.teams.conversations.Conversations;

/**
 * Delivers the outbox on this instance: claims due messages (the oldest pending one of
 * each conversation), keeps Teams' rate limits, and records each outcome. Retries 412,
 * 429, 5xx and network errors with exponential backoff and jitter, at least as long as
 * {@code Retry-After} says; stops a conversation on 403 (bot blocked or removed) and 404;
 * turns a message into a dead letter when its attempts run out or Teams refuses it. The
 * rules are in {@link DeliveryOutcomes} and {@link RetryPolicy}; this class runs the
 * loop.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final OutboxStore store;

    private final BotConnector connector;

    private final DeliveryRateLimits limits;

    private final DeliverySignal signal;

    private final Conversations conversations;

    private final ApplicationEventPublisher events;

    private final OutboxProperties properties;

    private final TransactionTemplate transactions;

    private final DataSource dataSource;

    private final Clock clock;

    private final MeterRegistry meters;

    private final RetryPolicy retries;

    private final AtomicInteger inFlight = new AtomicInteger();

    private volatile boolean running;

    private Thread claimer;

    private ExecutorService senders;

    DeliveryWorker(OutboxStore store, BotConnector connector, DeliveryRateLimits limits, DeliverySignal signal,
            Conversations conversations, ApplicationEventPublisher events, OutboxProperties properties,
            TransactionTemplate transactions, DataSource dataSource, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.connector = connector;
        this.limits = limits;
        this.signal = signal;
        this.conversations = conversations;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.clock = clock;
        this.meters = meters;
        this.retries = new RetryPolicy(properties);
    }

    @Override
    public void start() {
        EmbeddedLeases.releaseIfEmbedded(store, dataSource);
        running = true;
        senders = Executors.newFixedThreadPool(properties.senderThreads(), threads("outbox-sender-"));
        claimer = threads("outbox-claimer").newThread(this::claimLoop);
        claimer.start();
    }

    @Override
    public void stop() {
        running = false;
        signal.wake();
        if (claimer != null) {
            claimer.interrupt();
        }
        if (senders != null) {
            senders.shutdown();
            try {
                if (!senders.awaitTermination(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    senders.shutdownNow();
                }
            }
            catch (InterruptedException e) {
                senders.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, starts before it is ready: nothing written is left. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void claimLoop() {
        while (running) {
            try {
                int free = properties.maxInFlight() - inFlight.get();
                List<OutboxStore.Row> claimed = free <= 0 ? List.of() : claim(free);
                for (OutboxStore.Row row : claimed) {
                    inFlight.incrementAndGet();
                    senders.execute(() -> deliverAndCount(row));
                }
                if (claimed.isEmpty()) {
                    limits.forgetQuietConversations();
                    signal.await(properties.pollInterval());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException e) {
                // The database may be briefly unavailable: try again after a pause.
                log.warn("Outbox: claiming due messages failed ({}); trying again", e.getClass().getSimpleName());
                pause(properties.pollInterval());
            }
        }
    }

    private List<OutboxStore.Row> claim(int limit) {
        Instant now = limits.now();
        List<OutboxStore.Row> rows = transactions
            .execute((status) -> store.claim(now, limit, now.plus(properties.lease())));
        return rows == null ? List.of() : rows;
    }

    private void deliverAndCount(OutboxStore.Row row) {
        try {
            deliver(row);
        }
        catch (RuntimeException e) {
            log.warn("Outbox message {}: delivery failed unexpectedly ({})", row.id(), e.getClass().getSimpleName());
            retryOrDie(row, null, null, "internal:" + e.getClass().getSimpleName());
        }
        finally {
            inFlight.decrementAndGet();
            signal.wake();
        }
    }

    void deliver(OutboxStore.Row row) {
        Duration wait = limits.conversationWait(row.conversationKey());
        if (!wait.isZero()) {
            transactions
                .executeWithoutResult((status) -> store.retryLater(row, false, null, null, limits.now().plus(wait)));
            return;
        }
        Destination destination = destination(row);
        if (destination == null) {
            die(row, null, "card-not-posted");
            return;
        }
        if (!holdsLease(row)) {
            log.debug("Outbox message {}: its lease ended while it waited and another claim holds it", row.id());
            count("lease-lost");
            return;
        }
        try {
            limits.awaitGlobal();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            transactions.executeWithoutResult((status) -> store.retryLater(row, false, null, null, limits.now()));
            return;
        }
        BotConnector.Response response;
        try {
            response = (row.target() == OutboxStore.Target.UPDATE)
                    ? connector.update(destination.serviceUrl(), destination.conversationId(), destination.activityId(),
                            withId(row.payload(), destination.activityId()))
                    : connector.send(destination.serviceUrl(), destination.conversationId(), row.payload());
        }
        catch (IOException e) {
            limits.refundGlobal();
            retryOrDie(row, null, null, "network:" + e.getClass().getSimpleName());
            return;
        }
        if (DeliveryOutcomes.refundsGlobalSlot(response.status())) {
            limits.refundGlobal();
        }
        outcome(row, destination, response);
    }

    /**
     * Renews the lease for the call about to be made. A claimed message can wait for a
     * free sender longer than its lease; if it was claimed again meanwhile, sending it
     * here too would deliver it twice. Renewed before the wait for the app's rate, so
     * that nothing stands between the message's place in the budget and its call.
     */
    private boolean holdsLease(OutboxStore.Row row) {
        Instant until = limits.now().plus(properties.lease());
        return Boolean.TRUE.equals(transactions.execute((status) -> store.renewLease(row, until)));
    }

    private record Destination(String serviceUrl, String conversationId, String activityId) {
    }

    private Destination destination(OutboxStore.Row row) {
        return switch (row.target()) {
            case PERSONAL, NEW_THREAD -> new Destination(row.serviceUrl(), row.conversationId(), null);
            case THREAD_REPLY -> store.postedCard(row.targetCardKey())
                .map((card) -> new Destination(card.serviceUrl(), card.conversationId(), null))
                .orElse(null);
            case UPDATE -> store.postedCard(row.targetCardKey())
                .map((card) -> new Destination(card.serviceUrl(), card.conversationId(), card.activityId()))
                .orElse(null);
        };
    }

    private void outcome(OutboxStore.Row row, Destination destination, BotConnector.Response response) {
        int status = response.status();
        switch (DeliveryOutcomes.of(response, row.target())) {
            case SENT -> sent(row, destination, response);
            case STOP_CONVERSATION -> stopConversation(row, status);
            case CARD_GONE -> {
                transactions.executeWithoutResult(
                        (tx) -> store.finish(row, OutboxStatus.STOPPED, status, "card-gone", clock.instant()));
                count("stopped");
            }
            case RETRY -> retryOrDie(row, status, response.retryAfter(), "http:" + status);
            case REFUSED -> die(row, status, "refused:" + status);
        }
    }

    private void sent(OutboxStore.Row row, Destination destination, BotConnector.Response response) {
        Instant now = clock.instant();
        transactions.executeWithoutResult((tx) -> {
            if (store.sent(row, response.status(), now) && row.cardKey() != null && response.activityId() != null
                    && row.target() != OutboxStore.Target.UPDATE) {
                String conversationId = row.target() == OutboxStore.Target.NEW_THREAD
                        ? destination.conversationId() + ";messageid=" + response.activityId()
                        : destination.conversationId();
                store.rememberCard(new OutboxStore.PostedCard(row.cardKey(), row.conversationKey(), conversationId,
                        response.activityId(), destination.serviceUrl()), now);
            }
        });
        count("sent");
    }

    private void stopConversation(OutboxStore.Row row, int status) {
        String reason = status == 403 ? "blocked-or-removed" : "conversation-gone";
        Instant now = clock.instant();
        transactions.executeWithoutResult((tx) -> {
            if (!store.finish(row, OutboxStatus.STOPPED, status, reason, now)) {
                return;
            }
            List<MessageOrigin> origins = new java.util.ArrayList<>();
            if (row.origin() != null) {
                origins.add(row.origin());
            }
            origins.addAll(store.stopConversation(row.conversationKey(), status, reason, now));
            Optional<Conversation> gone = conversations.findByConversationId(row.conversationKey());
            gone.ifPresent((conversation) -> {
                conversation.uninstalled(now);
                conversations.save(conversation);
            });
            String user = gone.map(Conversation::userAadObjectId).orElse(null);
            String team = gone.map(Conversation::teamId).orElse(null);
            for (MessageOrigin origin : origins) {
                events.publishEvent(new DeliveryFailed(origin, DeliveryFailed.Reason.UNREACHABLE, user, team));
            }
        });
        log.info("Outbox message {}: Teams answered {}; delivery to this conversation stopped", row.id(), status);
        count("stopped");
    }

    private void retryOrDie(OutboxStore.Row row, Integer status, Duration retryAfter, String error) {
        int attempt = row.attempts() + 1;
        Optional<Duration> nextWait = retries.nextWait(attempt, retryAfter);
        if (nextWait.isEmpty()) {
            die(row, status, error);
            return;
        }
        Duration wait = nextWait.get();
        Instant next = limits.now().plus(wait);
        transactions.executeWithoutResult((tx) -> store.retryLater(row, true, status, error, next));
        log.debug("Outbox message {}: attempt {} failed ({}), next in {} ms", row.id(), attempt, error,
                wait.toMillis());
        count("retry");
    }

    private void die(OutboxStore.Row row, Integer status, String error) {
        transactions.executeWithoutResult((tx) -> {
            if (store.finish(row, OutboxStatus.DEAD, status, error, clock.instant()) && row.origin() != null) {
                events.publishEvent(new DeliveryFailed(row.origin(), DeliveryFailed.Reason.DEAD, null, null));
            }
        });
        log.warn("Outbox message {} is a dead letter after {} attempts ({})", row.id(), row.attempts() + 1, error);
        count("dead");
    }

    private static String withId(String payload, String activityId) {
        try {
            ObjectNode activity = (ObjectNode) Serialization.jsonToTree(payload);
            activity.put("id", activityId);
            return activity.toString();
        }
        catch (IOException e) {
            throw new IllegalStateException("A stored outgoing activity is not JSON", e);
        }
    }

    private void count(String outcome) {
        meters.counter("samverkansbot.outbox.deliveries", "outcome", outcome).increment();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
