package se.finsam.samverkansbot.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Writes messages straight into the outbox table, as the bot stores what it sends on its
 * own: for tests and benchmarks of delivery alone, many at once. Message {@code m} goes
 * to the personal chat {@code prefix-c} with {@code c = m % conversations} and says
 * {@code prefix-m}.
 */
public final class QueuedMessages {

    private QueuedMessages() {
    }

    public static void queue(DataSource dataSource, String serviceUrl, String prefix, int conversations, int messages) {
        try (Connection db = dataSource.getConnection()) {
            queue(db, serviceUrl, prefix, conversations, messages);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void queue(Connection db, String serviceUrl, String prefix, int conversations, int messages)
            throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement message = db.prepareStatement("""
                INSERT INTO outbox_message (conversation_key, tenant_id, target, conversation_id, service_url,
                    payload, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, 'PERSONAL', ?, ?, ?, 'PENDING', 0, ?, ?)""")) {
            for (int m = 0; m < messages; m++) {
                String conversationId = conversationId(prefix, m % conversations);
                message.setString(1, conversationId);
                message.setString(2, TestUsers.TENANT);
                message.setString(3, conversationId);
                message.setString(4, serviceUrl);
                message.setString(5, "{\"type\":\"message\",\"text\":\"" + text(prefix, m) + "\"}");
                message.setTimestamp(6, now);
                message.setTimestamp(7, now);
                message.addBatch();
            }
            message.executeBatch();
            db.commit();
        }
        finally {
            db.setAutoCommit(autoCommit);
        }
    }

    public static String conversationId(String prefix, int conversation) {
        return "a:" + prefix + "-" + conversation;
    }

    public static String text(String prefix, int message) {
        return prefix + "-" + message;
    }

}
