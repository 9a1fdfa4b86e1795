package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.RetentionCounts;
import se.finsam.samverkansbot.core.RetentionDue;
import se.finsam.samverkansbot.core.RetentionProperties;

/**
 * Deletes the free texts of cases closed longer ago than
 * {@link RetentionProperties#closedCaseTexts()}: the situation, the question and every
 * advice, question and answer become empty; the structured fields (kommun, agencies,
 * categories, age band, dates, outcome) stay for statistics. In pages, each in a
 * transaction of its own; a case's texts go once.
 */
@Component
public class CaseRetention {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final ZoneId zone;

    CaseRetention(JdbcClient jdbc, TransactionTemplate transactions, RetentionProperties retention,
            RetentionCounts counts, CoreProperties core) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
        this.counts = counts;
        this.zone = core.zone();
    }

    @EventListener
    void on(RetentionDue due) {
        deleteTexts(due.now());
    }

    /**
     * Empties the texts of the cases closed before the retention period ending now.
     * @return how many cases' texts were deleted
     */
    public int deleteTexts(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention.closedCaseTexts()).toInstant();
        int deleted = 0;
        while (true) {
            Integer page = transactions.execute((status) -> deletePage(cutoff, now));
            deleted += page == null ? 0 : page;
            if (page == null || page < PAGE) {
                break;
            }
        }
        counts.deleted("cases", "closed-case-texts", deleted);
        return deleted;
    }

    private int deletePage(Instant cutoff, Instant now) {
        List<Long> ids = jdbc.sql("""
                SELECT id FROM consultation_case
                WHERE status = 'CLOSED' AND texts_deleted_at IS NULL AND closed_at < :cutoff
                ORDER BY id
                LIMIT :limit
                """).param("cutoff", utc(cutoff)).param("limit", PAGE).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("UPDATE case_entry SET body = '' WHERE consultation_case IN (:ids)").param("ids", ids).update();
        jdbc.sql("""
                UPDATE consultation_case SET situation = '', question = '', texts_deleted_at = :now
                WHERE id IN (:ids)
                """).param("now", utc(now)).param("ids", ids).update();
        return ids.size();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
