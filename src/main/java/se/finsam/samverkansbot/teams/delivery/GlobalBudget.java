package se.finsam.samverkansbot.teams.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' limit for everything the app sends, as one token bucket. On PostgreSQL the
 * bucket is a row (table {@code outbox_rate_budget}) that every instance locks for the
 * moment it takes a place, so N instances together send no more than the limit. On the
 * embedded H2 database, which only one process can open, the bucket stays in memory.
 * <p>
 * Tokens come one by one (capacity 1, refilled greedily): no second ever sees more than
 * the rate. A sender that finds none reserves the next one and sleeps until it is due, so
 * the waiting senders of all instances form one queue in the database.
 */
final class GlobalBudget {

    private static final Logger log = LoggerFactory.getLogger(GlobalBudget.class);

    private GlobalBudget() {
    }

    static Bucket of(OutboxProperties properties, DataSource dataSource) {
        if (!postgres(dataSource)) {
            log.info("Outbox: Teams' limit of {} messages per second is kept in memory (embedded database, "
                    + "one instance)", properties.globalRate());
            return inMemory(properties);
        }
        log.info("Outbox: Teams' limit of {} messages per second is shared by all instances through the database",
                properties.globalRate());
        // The rate is part of the key: instances configured alike share one budget, and a
        // changed rate starts a fresh bucket instead of inheriting the old one's state.
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("outbox_rate_budget")
            .idColumn("id")
            .stateColumn("state")
            .build()
            .builder()
            .build("teams-app/" + properties.globalRate() + "-per-second",
                    () -> BucketConfiguration.builder().addLimit(limit(properties)).build());
    }

    /** A budget of this instance alone. */
    static Bucket inMemory(OutboxProperties properties) {
        return Bucket.builder().addLimit(limit(properties)).build();
    }

    private static Bandwidth limit(OutboxProperties properties) {
        return Bandwidth.builder()
            .capacity(1)
            .refillGreedy(properties.globalRate(), Duration.ofSeconds(1))
            .initialTokens(1)
            .build();
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Outbox: the database did not say what it is", e);
        }
    }

}
