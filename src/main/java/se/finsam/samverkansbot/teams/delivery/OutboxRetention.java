package se.finsam.samverkansbot.teams.delivery;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.RetentionCounts;
import se.finsam.samverkansbot.core.RetentionDue;
import se.finsam.samverkansbot.core.RetentionProperties;

/**
 * In the daily retention run, empties what the bot said in messages that were delivered,
 * became dead letters or were stopped longer ago than
 * {@link RetentionProperties#outboxPayloads()}: relayed advice and case texts must not
 * outlive their case. Where, when and why a message went (what {@code leveranser} shows)
 * stays.
 */
@Component
class OutboxRetention {

    private final OutboxStore store;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final CoreProperties core;

    OutboxRetention(OutboxStore store, RetentionProperties retention, RetentionCounts counts, CoreProperties core) {
        this.store = store;
        this.retention = retention;
        this.counts = counts;
        this.core = core;
    }

    @EventListener
    @Transactional
    public void on(RetentionDue due) {
        int deleted = store.deletePayloads(due.now().atZone(core.zone()).minus(retention.outboxPayloads()).toInstant());
        counts.deleted("teams", "outbox-payloads", deleted);
    }

}
