package se.finsam.samverkansbot.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outbox and the scheduler did, read from the database: for tests that claim a
 * message went out exactly once. Waiting a fixed time would pass when a duplicate came
 * later; these wait for a state after which none can come.
 */
public final class OutboxRows {

    private OutboxRows() {
    }

    /**
     * Waits until no message is pending or leased: every post the outbox will make has
     * been made (a message is marked sent only after its post, and a second instance
     * posting it would hold its lease).
     */
    public static void awaitAllFinished(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> jdbc
                .sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' OR leased_until IS NOT NULL")
                .query(Long.class)
                .single() == 0);
    }

    /**
     * The same for one conversation: for a database other tests share, where another
     * conversation may be retrying for a long while.
     */
    public static void awaitAllFinishedIn(DataSource dataSource, String conversationId) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM outbox_message
                WHERE conversation_id = ? AND (status = 'PENDING' OR leased_until IS NOT NULL)
                """).param(conversationId).query(Long.class).single() == 0);
    }

    /**
     * Messages the outbox was given for this origin and part, whatever became of them.
     */
    public static long written(DataSource dataSource, String originKind, String originPart) {
        return JdbcClient.create(dataSource)
            .sql("SELECT COUNT(*) FROM outbox_message WHERE origin_kind = ? AND origin_part = ?")
            .params(originKind, originPart)
            .query(Long.class)
            .single();
    }

    /**
     * Waits until the Quartz trigger of this name fired at least {@code runs} times and
     * no run of it is executing, so that all those runs have finished.
     */
    public static void awaitFinishedRuns(DataSource dataSource, String triggerName, long runs) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> timesTriggered(dataSource, triggerName) >= runs && jdbc
                .sql("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_NAME = ? AND STATE = 'EXECUTING'")
                .param(triggerName)
                .query(Long.class)
                .single() == 0);
    }

    public static long timesTriggered(DataSource dataSource, String triggerName) {
        return JdbcClient.create(dataSource)
            .sql("SELECT COALESCE(MAX(TIMES_TRIGGERED), 0) FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_NAME = ?")
            .param(triggerName)
            .query(Long.class)
            .single();
    }

}
