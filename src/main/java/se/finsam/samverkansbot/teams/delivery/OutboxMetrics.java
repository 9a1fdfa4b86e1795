package se.finsam.samverkansbot.teams.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox in metrics: {@code samverkansbot.outbox.messages} by status (a growing
 * {@code DEAD} count is what an alert should watch), and
 * {@code samverkansbot.outbox.deliveries} by outcome (counted by the
 * {@link DeliveryWorker}).
 */
@Component
class OutboxMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final OutboxStore store;

    private Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);

    private long countedAt;

    OutboxMetrics(OutboxStore store, MeterRegistry meters) {
        this.store = store;
        for (OutboxStatus status : OutboxStatus.values()) {
            Gauge.builder("samverkansbot.outbox.messages", this, (metrics) -> metrics.count(status))
                .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                .description("Messages in the durable outbox")
                .register(meters);
        }
    }

    synchronized double count(OutboxStatus status) {
        long now = System.nanoTime();
        if (counts.isEmpty() || now - countedAt > FRESH.toNanos()) {
            counts = new EnumMap<>(store.countByStatus());
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }

}
