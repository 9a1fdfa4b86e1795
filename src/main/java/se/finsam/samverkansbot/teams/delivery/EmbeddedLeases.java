package se.finsam.samverkansbot.teams.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees the outbox leases this process held when it stopped, when the database is an
 * embedded one that no other instance can share.
 */
final class EmbeddedLeases {

    // Logged under the worker's name, as before, so log settings keep applying.
    private static final Logger log = LoggerFactory.getLogger(EmbeddedLeases.class);

    private EmbeddedLeases() {
    }

    static void releaseIfEmbedded(OutboxStore store, DataSource dataSource) {
        if (embeddedDatabase(dataSource)) {
            // Nobody else can hold a lease on an embedded database: what this process had
            // leased when it stopped is free again at once.
            int released = store.releaseAllLeases();
            if (released > 0) {
                log.info("Outbox: {} messages that were being delivered when the bot stopped are due again", released);
            }
        }
    }

    private static boolean embeddedDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())
                    && !connection.getMetaData().getURL().startsWith("jdbc:h2:tcp:");
        }
        catch (SQLException e) {
            return false;
        }
    }

}
