package se.finsam.samverkansbot.testing;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Two transactions writing the same new key, in the order that makes naive upserts fail:
 * the first writes and stays open; the second writes and has to wait for the first's lock
 * (checked in the database's own lock view, not guessed with a sleep); then the first
 * commits and the second goes on.
 */
public final class ConcurrentTransactions {

    private ConcurrentTransactions() {
    }

    /**
     * @return what became of the second transaction: normally completed or failed with
     * its exception
     */
    public static CompletableFuture<Void> secondWaitsForFirst(DataSource dataSource, Consumer<TransactionStatus> first,
            Consumer<TransactionStatus> second) {
        PlatformTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        TransactionTemplate template = new TransactionTemplate(transactions);
        return secondWaitsForFirst(transactions, dataSource, first, () -> template.executeWithoutResult(second));
    }

    /**
     * The same with a second that opens its transactions itself (a service method that
     * retries in a new transaction, say).
     */
    public static CompletableFuture<Void> secondWaitsForFirst(PlatformTransactionManager transactions,
            DataSource dataSource, Consumer<TransactionStatus> first, Runnable second) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String waiting = isPostgres(dataSource)
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                // H2 retries a statement that meets another's uncommitted row until it
                // gives up: the first is idle, so a running statement is the second's.
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
                        + " AND EXECUTING_STATEMENT IS NOT NULL";
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> firstDone = CompletableFuture.runAsync(() -> template.executeWithoutResult((tx) -> {
            first.accept(tx);
            firstWrote.countDown();
            awaitLatch(commitFirst);
        }), ConcurrentTransactions::thread);
        awaitLatch(firstWrote);
        CompletableFuture<Void> secondDone = CompletableFuture.runAsync(second, ConcurrentTransactions::thread);
        try {
            await().atMost(Duration.ofSeconds(10))
                .until(() -> secondDone.isDone() || jdbc.sql(waiting).query(Long.class).single() > 0);
        }
        finally {
            commitFirst.countDown();
        }
        firstDone.join();
        return secondDone.handle((ignored, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("The second transaction failed", failure);
            }
            return null;
        });
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void thread(Runnable task) {
        new Thread(task, "concurrent-transaction").start();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
