package se.finsam.samverkansbot.teams.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Teams' rate limits for bots: every conversation's own limits (each a fixed window, so
 * that no window of that length ever holds more), kept on this instance, and one rate for
 * everything the app sends, which all instances draw on together ({@link GlobalBudget}).
 * <p>
 * The limits run on real time, and so does everything the outbox schedules by them
 * ({@link #now()}: when a message is due, leases, retries): never on the application's
 * clock, which tests hold still or move across due dates, and which would otherwise stall
 * a paced message.
 */
@Component
class DeliveryRateLimits {

    private static final Clock DELIVERY_TIME = Clock.systemUTC();

    private final List<Bandwidth> conversationLimits;

    private final Duration longestWindow;

    private final Bucket global;

    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    @Autowired
    DeliveryRateLimits(OutboxProperties properties, DataSource dataSource) {
        this(properties, GlobalBudget.of(properties, dataSource));
    }

    /** With the global budget given: one of this instance's own for a test. */
    DeliveryRateLimits(OutboxProperties properties, Bucket global) {
        this.conversationLimits = properties.conversationLimits().stream().map(DeliveryRateLimits::limit).toList();
        this.longestWindow = properties.conversationLimits()
            .stream()
            .map(DeliveryRateLimits::window)
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
        this.global = global;
    }

    /** The time deliveries are paced and scheduled by. */
    Instant now() {
        return DELIVERY_TIME.instant();
    }

    private record Lane(Bucket bucket, long lastUsedNanos) {
    }

    /**
     * Takes a place for one message in a conversation.
     * @return zero when it may go now, else how long to wait
     */
    Duration conversationWait(String conversationKey) {
        long now = System.nanoTime();
        Lane lane = lanes.compute(conversationKey,
                (key, existing) -> new Lane(existing == null ? newLaneBucket() : existing.bucket(), now));
        ConsumptionProbe probe = lane.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /**
     * Waits for the app-wide rate to allow one more message: takes the next free place in
     * the budget and sleeps until its time comes.
     */
    void awaitGlobal() throws InterruptedException {
        global.asBlocking().consume(1);
    }

    /**
     * Gives back the place of a call Teams did not process (5xx, no answer), so that an
     * outage does not also slow down the calls that follow it.
     */
    void refundGlobal() {
        global.addTokens(1);
    }

    /**
     * Forgets conversations that have been quiet longer than the longest window: their
     * limits are full again anyway.
     */
    void forgetQuietConversations() {
        long cutoff = System.nanoTime() - longestWindow.toNanos();
        lanes.values().removeIf((lane) -> lane.lastUsedNanos() < cutoff);
    }

    int conversationsTracked() {
        return lanes.size();
    }

    private Bucket newLaneBucket() {
        LocalBucketBuilder builder = Bucket.builder();
        conversationLimits.forEach(builder::addLimit);
        return builder.build();
    }

    private static Bandwidth limit(String spec) {
        int slash = spec.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("A conversation limit is written count/duration, e.g. 7/1s: " + spec);
        }
        long count = Long.parseLong(spec.substring(0, slash).trim());
        Duration window = window(spec);
        return Bandwidth.builder().capacity(count).refillIntervally(count, window).initialTokens(count).build();
    }

    private static Duration window(String spec) {
        return DurationStyle.detectAndParse(spec.substring(spec.indexOf('/') + 1).trim());
    }

}
