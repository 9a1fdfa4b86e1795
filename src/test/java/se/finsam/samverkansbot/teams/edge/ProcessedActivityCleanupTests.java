package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

/**
 * The ids of handled activities are kept only as long as the retention says: older ones
 * are removed by the cleanup job, newer ones stay so that a redelivery is still
 * recognised.
 */
class ProcessedActivityCleanupTests extends BotIntegrationTest {

    private static final Duration MARGIN = Duration.ofMinutes(5);

    @Autowired
    ProcessedActivities processedActivities;

    @Autowired
    TeamsProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void cleanupRemovesIdsOlderThanRetentionAndKeepsNewerOnes() {
        Instant now = clock.instant();
        Duration retention = properties.processedActivityRetention();
        String expired = insert(now.minus(retention).minus(MARGIN));
        String longExpired = insert(now.minus(retention.multipliedBy(10)));
        String almostExpired = insert(now.minus(retention).plus(MARGIN));
        String fresh = insert(now);

        new ProcessedActivityCleanupJob(processedActivities, properties, clock).execute(null);

        assertThat(exists(expired)).as("older than the retention").isFalse();
        assertThat(exists(longExpired)).as("far older than the retention").isFalse();
        assertThat(exists(almostExpired)).as("just within the retention").isTrue();
        assertThat(exists(fresh)).as("just received").isTrue();
    }

    @Test
    void cleanupJobIsScheduledAndRemovesExpiredIdsWhenQuartzRunsIt() throws Exception {
        Instant now = clock.instant();
        Duration retention = properties.processedActivityRetention();
        String expired = insert(now.minus(retention).minus(MARGIN));
        String kept = insert(now.minus(retention).plus(MARGIN));
        JobKey job = JobKey.jobKey("processed-activity-cleanup", "teams");
        assertThat(scheduler.getTriggersOfJob(job)).as("the job has its recurring trigger").hasSize(1);

        scheduler.triggerJob(job);

        await().atMost(Duration.ofSeconds(10))
            .alias("removed by the job run through Quartz")
            .until(() -> !exists(expired));
        assertThat(exists(kept)).isTrue();
    }

    @Test
    void redeliveryIsRecognisedWhileItsIdIsWithinRetention() {
        String key = randomKey();
        assertThat(processedActivities.firstDelivery(key)).isTrue();

        new ProcessedActivityCleanupJob(processedActivities, properties, clock).execute(null);

        assertThat(processedActivities.firstDelivery(key)).as("still recognised after a cleanup").isFalse();
    }

    private String insert(Instant receivedAt) {
        String key = randomKey();
        jdbc.sql("INSERT INTO processed_activity (activity_key, received_at) VALUES (?, ?)")
            .params(key, Timestamp.from(receivedAt))
            .update();
        return key;
    }

    private boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM processed_activity WHERE activity_key = ?")
            .param(key)
            .query(Integer.class)
            .single() > 0;
    }

    /** Shaped like a real key: 64 hex digits. */
    private static String randomKey() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        return HexFormat.of().toHexDigits(a.getMostSignificantBits())
                + HexFormat.of().toHexDigits(a.getLeastSignificantBits())
                + HexFormat.of().toHexDigits(b.getMostSignificantBits())
                + HexFormat.of().toHexDigits(b.getLeastSignificantBits());
    }

}
