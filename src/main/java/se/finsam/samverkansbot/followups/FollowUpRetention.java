package se.finsam.samverkansbot.followups;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
 * Deletes the reference, note and owner's name of follow-up plans that ended or completed
 * longer ago than {@link RetentionProperties#endedFollowUpDetails()}; the plan's dates,
 * kommun and history (ids, dates, codes) stay.
 */
@Component
public class FollowUpRetention {

    private final JdbcClient jdbc;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final ZoneId zone;

    FollowUpRetention(JdbcClient jdbc, RetentionProperties retention, RetentionCounts counts, CoreProperties core) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.counts = counts;
        this.zone = core.zone();
    }

    @EventListener
    void on(RetentionDue due) {
        deleteDetails(due.now());
    }

    /**
     * Empties the reference and note of the plans that ended before the retention period
     * ending now.
     * @return how many plans' details were deleted
     */
    @Transactional
    public int deleteDetails(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention.endedFollowUpDetails()).toInstant();
        int deleted = jdbc
            .sql("""
                    UPDATE follow_up_plan
                    SET reference = '', note = NULL, owner_name = NULL, details_deleted_at = :now, row_version = row_version + 1
                    WHERE status <> 'ACTIVE' AND details_deleted_at IS NULL AND ended_at < :cutoff
                    """)
            .param("now", utc(now))
            .param("cutoff", utc(cutoff))
            .update();
        counts.deleted("followups", "ended-follow-up-details", deleted);
        return deleted;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
