package se.finsam.samverkansbot.teams.chat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on a card button's idempotency key once per user. The key is inserted first, in
 * the same transaction as the work and its answer: a second press with the same key waits
 * on the unique key until the first commits (or rolls back), then gets the first one's
 * answer instead of doing the work again. A failed insert rolls its transaction back
 * before anything else is read, so PostgreSQL never sees a statement in an aborted
 * transaction.
 */
@Component
class CardActionKeys {

    private static final Logger log = LoggerFactory.getLogger(CardActionKeys.class);

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    CardActionKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The first press does the work; later ones get its answer, if still kept. */
    record Once<T>(boolean first, Optional<T> answer) {
    }

    Once<CardAnswer> run(String key, String userId, String verb, Supplier<CardAnswer> work) {
        return run(key, userId, verb, work, CardAnswer::toJson, CardAnswer::fromJson);
    }

    /**
     * As {@link #run(String, String, String, Supplier)}, for any answer that can be kept
     * as JSON (a dialog's, say).
     */
    <T> Once<T> run(String key, String userId, String verb, Supplier<T> work, Function<T, String> write,
            Function<String, T> read) {
        Instant giveUp = clock.instant().plus(WAIT);
        while (true) {
            boolean[] claimed = { false };
            try {
                T answer = transactions.execute((status) -> {
                    jdbc.sql(
                            "INSERT INTO card_action_key (action_key, user_id, verb, processed_at) VALUES (?, ?, ?, ?)")
                        .params(key, userId, verb, Timestamp.from(clock.instant()))
                        .update();
                    claimed[0] = true;
                    T done = work.get();
                    if (status.isRollbackOnly()) {
                        // The domain refused the change inside its own transaction (the
                        // case was closed meanwhile, say), which marked this one
                        // rollback-only, and the handler answered so: roll back quietly
                        // (a local mark is rolled back without
                        // UnexpectedRollbackException),
                        // the key stays free, the answer stands.
                        log.info("Card action {} changed nothing: refused inside its transaction", verb);
                        status.setRollbackOnly();
                        return done;
                    }
                    jdbc.sql("UPDATE card_action_key SET answer_json = ? WHERE action_key = ? AND user_id = ?")
                        .params(write.apply(done), key, userId)
                        .update();
                    return done;
                });
                return new Once<>(true, Optional.ofNullable(answer));
            }
            catch (DataAccessException taken) {
                if (claimed[0]) {
                    throw taken;
                }
                // Another press with this key committed, or holds the key: read its
                // answer in a new transaction.
            }
            Optional<Optional<String>> stored = stored(key, userId);
            if (stored.isPresent()) {
                log.info("Card action {} pressed again with a used key; answered as before", verb);
                return new Once<>(false, stored.get().map(read));
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("A card action key stayed locked too long");
            }
            // The other press rolled back, or has not committed yet: try again.
            pause();
        }
    }

    /** Empty when no press with the key committed; else its answer, if still kept. */
    private Optional<Optional<String>> stored(String key, String userId) {
        return jdbc.sql("SELECT answer_json FROM card_action_key WHERE action_key = ? AND user_id = ?")
            .params(key, userId)
            .query((row, number) -> Optional.ofNullable(row.getString(1)))
            .optional();
    }

    /** Clears answers older than the cutoff and forgets keys older than the other. */
    int purge(Instant answersBefore, Instant keysBefore) {
        jdbc.sql("UPDATE card_action_key SET answer_json = NULL WHERE processed_at < ? AND answer_json IS NOT NULL")
            .param(Timestamp.from(answersBefore))
            .update();
        return jdbc.sql("DELETE FROM card_action_key WHERE processed_at < ?")
            .param(Timestamp.from(keysBefore))
            .update();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

}
