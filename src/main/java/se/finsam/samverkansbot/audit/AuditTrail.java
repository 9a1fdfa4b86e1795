package se.finsam.samverkansbot.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.RetentionCounts;
import se.finsam.samverkansbot.core.RetentionDue;
import se.finsam.samverkansbot.core.RetentionProperties;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;

/**
 * Keeps every {@link UserActed} in the table {@code audit_entry}, in the transaction of
 * the action (so an action that rolls back leaves no trace, and one that commits always
 * does), lets admins read it by person or object, and deletes entries older than
 * {@link RetentionProperties#auditTrail()}.
 */
@Service
public class AuditTrail {

    private static final int MAX_ROWS = 200;

    private final JdbcClient jdbc;

    private final Organisation organisation;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final ZoneId zone;

    AuditTrail(JdbcClient jdbc, Organisation organisation, RetentionProperties retention, RetentionCounts counts,
            CoreProperties core) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.retention = retention;
        this.counts = counts;
        this.zone = core.zone();
    }

    @EventListener
    void on(UserActed acted) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, user_id, action, object_type, object_id)
                VALUES (:at, :user, :action, :type, :object)
                """)
            .param("at", utc(acted.at()))
            .param("user", acted.user().value())
            .param("action", acted.action())
            .param("type", acted.objectType())
            .param("object", acted.objectId())
            .update();
    }

    /**
     * The latest entries of one person, newest first, at most 200; for admins only.
     * @throws AuditAccessDenied when the reader is not an admin
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> byUser(UserId reader, UserId user) {
        requireAdmin(reader);
        return query("user_id = :value", user.value(), null);
    }

    /**
     * The latest entries about one object, newest first, at most 200; for admins only.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> byObject(UserId reader, String objectType, String objectId) {
        requireAdmin(reader);
        return query("object_type = :type AND object_id = :value", objectId, objectType);
    }

    /** What the trail holds about this person as actor (GDPR art. 15), newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofSelf(UserId user) {
        return query("user_id = :value", user.value(), null);
    }

    private List<AuditEntry> query(String where, String value, String type) {
        var statement = jdbc
            .sql("SELECT at, user_id, action, object_type, object_id FROM audit_entry WHERE " + where
                    + " ORDER BY at DESC, id DESC LIMIT " + MAX_ROWS)
            .param("value", value);
        if (type != null) {
            statement = statement.param("type", type);
        }
        return statement
            .query((rs, row) -> new AuditEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                    rs.getString("user_id"), rs.getString("action"), rs.getString("object_type"),
                    rs.getString("object_id")))
            .list();
    }

    @EventListener
    void on(RetentionDue due) {
        deleteOld(due.now());
    }

    /** Deletes the entries older than the retention period; returns how many. */
    @Transactional
    public int deleteOld(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention.auditTrail()).toInstant();
        int deleted = jdbc.sql("DELETE FROM audit_entry WHERE at < :cutoff").param("cutoff", utc(cutoff)).update();
        counts.deleted("audit", "audit-entries", deleted);
        return deleted;
    }

    private void requireAdmin(UserId reader) {
        if (reader == null || !organisation.isAdmin(reader)) {
            throw new AuditAccessDenied(reader);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
