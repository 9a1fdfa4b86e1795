package se.finsam.samverkansbot.teams.conversations;

import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.RetentionCounts;
import se.finsam.samverkansbot.core.RetentionDue;
import se.finsam.samverkansbot.core.RetentionProperties;

/**
 * In the daily retention run, deletes the conversation references (ids, the person's or
 * team's id and service URL) of chats and teams that removed the bot longer ago than
 * {@link RetentionProperties#removedInstallations()}. Installing the bot again records a
 * new one.
 */
@Component
class RemovedInstallations {

    private final JdbcClient jdbc;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final CoreProperties core;

    RemovedInstallations(JdbcClient jdbc, RetentionProperties retention, RetentionCounts counts, CoreProperties core) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.counts = counts;
        this.core = core;
    }

    @EventListener
    @Transactional
    public void on(RetentionDue due) {
        int deleted = jdbc.sql("DELETE FROM conversation WHERE installed = FALSE AND updated_at < :cutoff")
            .param("cutoff",
                    due.now()
                        .atZone(core.zone())
                        .minus(retention.removedInstallations())
                        .toInstant()
                        .atOffset(ZoneOffset.UTC))
            .update();
        counts.deleted("teams", "removed-installations", deleted);
    }

}
