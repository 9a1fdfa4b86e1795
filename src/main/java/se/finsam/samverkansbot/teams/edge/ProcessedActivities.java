package se.finsam.samverkansbot.teams.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.microsoft.bot.schema.Activity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which activities were handled, so that an activity the Bot Connector delivers
 * twice (it retries when it sees no timely answer) is handled once. Only a hash of
 * channel, conversation and activity id is kept, nothing of the content.
 */
@Component
class ProcessedActivities {

    private final JdbcClient jdbc;

    private final Clock clock;

    ProcessedActivities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key of an activity, or empty when it carries no id to recognise it by. */
    static Optional<String> keyOf(Activity activity) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return Optional.empty();
        }
        String conversation = activity.getConversation() == null ? "" : activity.getConversation().getId();
        return Optional.of(sha256(activity.getChannelId() + "\n" + conversation + "\n" + activity.getId()));
    }

    /**
     * Records the activity; false when it had been recorded before, i.e. this is a
     * redelivery.
     */
    boolean firstDelivery(String key) {
        try {
            jdbc.sql("INSERT INTO processed_activity (activity_key, received_at) VALUES (?, ?)")
                .params(key, Timestamp.from(clock.instant()))
                .update();
            return true;
        }
        catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    /** Handling failed: let a redelivery try again. */
    void release(String key) {
        jdbc.sql("DELETE FROM processed_activity WHERE activity_key = ?").param(key).update();
    }

    int purgeReceivedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM processed_activity WHERE received_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
