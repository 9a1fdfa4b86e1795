package se.finsam.samverkansbot.teams.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.finsam.samverkansbot.core.Upserts;

/**
 * The outbox tables. Claims use {@code FOR UPDATE SKIP LOCKED} plus a lease, so that
 * several instances on one database never deliver the same message at once, and only the
 * oldest pending message of each conversation is ever claimable: messages to one
 * conversation leave in the order they were written.
 */
@Repository
class OutboxStore {

    private final JdbcClient jdbc;

    private final Upserts upserts;

    OutboxStore(JdbcClient jdbc, Upserts upserts) {
        this.jdbc = jdbc;
        this.upserts = upserts;
    }

    /** A message as the delivery works on it. */
    record Row(long id, String conversationKey, String tenantId, Target target, String conversationId,
            String serviceUrl, String targetCardKey, String cardKey, MessageOrigin origin, String payload, int attempts,
            String leaseToken) {
    }

    /** A message as an admin sees it: where, when, why, never what. */
    record Summary(long id, Target target, OutboxStatus status, int attempts, Integer lastStatus, String lastError,
            Instant createdAt, Instant finishedAt) {
    }

    /** The kinds of delivery, from {@link Recipient}. */
    enum Target {

        PERSONAL, NEW_THREAD, THREAD_REPLY, UPDATE

    }

    record PostedCard(String cardKey, String conversationKey, String conversationId, String activityId,
            String serviceUrl) {
    }

    long insert(String conversationKey, String tenantId, Target target, String conversationId, String serviceUrl,
            String targetCardKey, String cardKey, MessageOrigin origin, String payload, OutboxStatus status,
            String lastError, Instant now, Instant due) {
        OffsetDateTime at = utc(now);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (conversation_key, tenant_id, target, conversation_id, service_url,
                    target_card_key, card_key, origin_kind, origin_id, origin_part, payload, status, attempts,
                    next_attempt_at, last_error, created_at, finished_at)
                VALUES (:key, :tenant, :target, :conversation, :serviceUrl, :targetCardKey, :cardKey, :originKind,
                    :originId, :originPart, :payload, :status, 0, :due, :error, :at, :finished)
                """)
            .param("key", conversationKey)
            .param("tenant", tenantId)
            .param("target", target.name())
            .param("conversation", conversationId)
            .param("serviceUrl", serviceUrl)
            .param("targetCardKey", targetCardKey)
            .param("cardKey", cardKey)
            .param("originKind", origin == null ? null : origin.kind())
            .param("originId", origin == null ? null : origin.id())
            .param("originPart", origin == null ? null : origin.part())
            .param("payload", payload)
            .param("status", status.name())
            .param("at", at)
            .param("due", utc(due))
            .param("error", lastError)
            .param("finished", status == OutboxStatus.PENDING ? null : at)
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Claims up to {@code limit} due messages, each the oldest pending one of its
     * conversation, and leases them to the caller. Run inside a transaction.
     * <p>
     * Two steps: the candidates are chosen without a lock, then only those rows are
     * locked with {@code FOR UPDATE SKIP LOCKED}, their conditions checked again. H2
     * locks every row a {@code FOR UPDATE} query matches before its {@code LIMIT}, so one
     * query would keep the whole backlog from another instance while this one delivers a
     * few.
     */
    List<Row> claim(Instant now, int limit, Instant leaseUntil) {
        OffsetDateTime at = utc(now);
        List<Long> candidates = jdbc.sql("""
                SELECT o.id FROM outbox_message o
                WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now
                  AND (o.leased_until IS NULL OR o.leased_until < :now)
                  AND NOT EXISTS (SELECT 1 FROM outbox_message p
                                  WHERE p.conversation_key = o.conversation_key AND p.status = 'PENDING'
                                    AND p.id < o.id)
                ORDER BY o.id
                LIMIT :limit
                """).param("now", at).param("limit", limit).query(Long.class).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Checked again under the lock: another instance may have claimed or finished a
        // candidate since, or a re-sent older message may now head its conversation.
        List<Long> ids = jdbc.sql("""
                SELECT o.id FROM outbox_message o
                WHERE o.id IN (:candidates) AND o.status = 'PENDING'
                  AND (o.leased_until IS NULL OR o.leased_until < :now)
                  AND NOT EXISTS (SELECT 1 FROM outbox_message p
                                  WHERE p.conversation_key = o.conversation_key AND p.status = 'PENDING'
                                    AND p.id < o.id)
                ORDER BY o.id
                FOR UPDATE SKIP LOCKED
                """).param("candidates", candidates).param("now", at).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        jdbc.sql("UPDATE outbox_message SET leased_until = :until, lease_token = :token WHERE id IN (:ids)")
            .param("until", utc(leaseUntil))
            .param("token", token)
            .param("ids", ids)
            .update();
        return jdbc.sql("""
                SELECT id, conversation_key, tenant_id, target, conversation_id, service_url, target_card_key,
                       card_key, origin_kind, origin_id, origin_part, payload, attempts, lease_token
                FROM outbox_message WHERE id IN (:ids) ORDER BY id
                """)
            .param("ids", ids)
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("conversation_key"), rs.getString("tenant_id"),
                    Target.valueOf(rs.getString("target")), rs.getString("conversation_id"),
                    rs.getString("service_url"), rs.getString("target_card_key"), rs.getString("card_key"), origin(rs),
                    rs.getString("payload"), rs.getInt("attempts"), rs.getString("lease_token")))
            .list();
    }

    /**
     * Extends the lease of a message about to be sent, if this claim still holds it: a
     * message that waited its turn past its lease may have been claimed again (by another
     * instance, or by this one), and that claim sends it.
     * @return false if another claim holds the message now
     */
    boolean renewLease(Row row, Instant until) {
        return jdbc.sql("""
                UPDATE outbox_message SET leased_until = :until
                WHERE id = :id AND lease_token = :token AND status = 'PENDING'
                """).param("until", utc(until)).param("id", row.id()).param("token", row.leaseToken()).update() == 1;
    }

    /** Marks a leased message delivered; false if the lease was lost meanwhile. */
    boolean sent(Row row, int status, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', attempts = attempts + 1, last_status = :status,
                    last_error = NULL, leased_until = NULL, lease_token = NULL, finished_at = :now
                WHERE id = :id AND lease_token = :token
                """)
            .param("status", status)
            .param("now", utc(now))
            .param("id", row.id())
            .param("token", row.leaseToken())
            .update() == 1;
    }

    /** Puts a leased message back for a later attempt. */
    void retryLater(Row row, boolean countsAsAttempt, Integer status, String error, Instant next) {
        jdbc.sql("""
                UPDATE outbox_message SET attempts = attempts + :counted, last_status = :status, last_error = :error,
                    next_attempt_at = :next, leased_until = NULL, lease_token = NULL
                WHERE id = :id AND lease_token = :token
                """)
            .param("counted", countsAsAttempt ? 1 : 0)
            .param("status", status)
            .param("error", error)
            .param("next", utc(next))
            .param("id", row.id())
            .param("token", row.leaseToken())
            .update();
    }

    /** Ends a leased message as dead or stopped. */
    boolean finish(Row row, OutboxStatus status, Integer httpStatus, String error, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = :status, attempts = attempts + 1, last_status = :httpStatus,
                    last_error = :error, leased_until = NULL, lease_token = NULL, finished_at = :now
                WHERE id = :id AND lease_token = :token
                """)
            .param("status", status.name())
            .param("httpStatus", httpStatus)
            .param("error", error)
            .param("now", utc(now))
            .param("id", row.id())
            .param("token", row.leaseToken())
            .update() == 1;
    }

    /**
     * Stops every other pending message of a conversation that cannot be reached, and
     * returns the origins of those that had one.
     */
    List<MessageOrigin> stopConversation(String conversationKey, int httpStatus, String error, Instant now) {
        List<MessageOrigin> origins = jdbc.sql("""
                SELECT origin_kind, origin_id, origin_part FROM outbox_message
                WHERE conversation_key = :key AND status = 'PENDING' AND origin_kind IS NOT NULL ORDER BY id
                """).param("key", conversationKey).query((rs, n) -> origin(rs)).list();
        jdbc.sql("""
                UPDATE outbox_message SET status = 'STOPPED', last_status = :httpStatus, last_error = :error,
                    leased_until = NULL, lease_token = NULL, finished_at = :now
                WHERE conversation_key = :key AND status = 'PENDING'
                """)
            .param("httpStatus", httpStatus)
            .param("error", error)
            .param("now", utc(now))
            .param("key", conversationKey)
            .update();
        return origins;
    }

    /** Frees every lease: only for a database no other instance can use (embedded H2). */
    int releaseAllLeases() {
        return jdbc
            .sql("UPDATE outbox_message SET leased_until = NULL, lease_token = NULL WHERE leased_until IS NOT NULL")
            .update();
    }

    /** Sends a dead or stopped message again, from its first attempt. */
    boolean resend(long id, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL,
                    finished_at = NULL
                WHERE id = :id AND status IN ('DEAD', 'STOPPED') AND payload <> ''
                """).param("now", utc(now)).param("id", id).update() == 1;
    }

    int resendAllDead(Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL,
                    finished_at = NULL
                WHERE status = 'DEAD' AND payload <> ''
                """).param("now", utc(now)).update();
    }

    /**
     * Empties what finished messages (sent, dead, stopped) said once they finished before
     * the cutoff; the rest of the row stays for {@code leveranser}. Such a message can no
     * longer be sent again.
     */
    int deletePayloads(Instant cutoff) {
        return jdbc.sql("""
                UPDATE outbox_message SET payload = ''
                WHERE status IN ('SENT', 'DEAD', 'STOPPED') AND finished_at < :cutoff AND payload <> ''
                """).param("cutoff", utc(cutoff)).update();
    }

    Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = jdbc.sql("SELECT status, COUNT(*) AS n FROM outbox_message GROUP BY status")
            .query((rs, n) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.putIfAbsent(status, 0L);
        }
        return counts;
    }

    List<Summary> latest(OutboxStatus status, int limit) {
        return jdbc.sql("""
                SELECT id, target, status, attempts, last_status, last_error, created_at, finished_at
                FROM outbox_message WHERE status = :status ORDER BY id DESC LIMIT :limit
                """)
            .param("status", status.name())
            .param("limit", limit)
            .query((rs, n) -> new Summary(rs.getLong("id"), Target.valueOf(rs.getString("target")),
                    OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                    (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null)))
            .list();
    }

    /** The conversation lane of the newest message written under a card key, if any. */
    Optional<String> laneOfCard(String cardKey) {
        return jdbc.sql("SELECT conversation_key FROM outbox_message WHERE card_key = :key ORDER BY id DESC LIMIT 1")
            .param("key", cardKey)
            .query(String.class)
            .optional();
    }

    Optional<PostedCard> postedCard(String cardKey) {
        return jdbc.sql("""
                SELECT card_key, conversation_key, conversation_id, activity_id, service_url
                FROM posted_card WHERE card_key = :key
                """)
            .param("key", cardKey)
            .query((rs, n) -> new PostedCard(rs.getString("card_key"), rs.getString("conversation_key"),
                    rs.getString("conversation_id"), rs.getString("activity_id"), rs.getString("service_url")))
            .optional();
    }

    void forgetCard(String cardKey) {
        jdbc.sql("DELETE FROM posted_card WHERE card_key = :key").param("key", cardKey).update();
    }

    void rememberCard(PostedCard card, Instant now) {
        upserts.upsert("posted_card", List.of("card_key"),
                Upserts.row("card_key", card.cardKey(), "conversation_key", card.conversationKey(), "conversation_id",
                        card.conversationId(), "activity_id", card.activityId(), "service_url", card.serviceUrl(),
                        "posted_at", utc(now)),
                List.of("conversation_key", "conversation_id", "activity_id", "service_url", "posted_at"));
    }

    private static MessageOrigin origin(ResultSet rs) throws SQLException {
        String kind = rs.getString("origin_kind");
        long id = rs.getLong("origin_id");
        return kind == null ? null : new MessageOrigin(kind, rs.wasNull() ? null : id, rs.getString("origin_part"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
