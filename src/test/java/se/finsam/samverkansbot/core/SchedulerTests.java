package se.finsam.samverkansbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestBotConfiguration;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * The Quartz scheduler as the modules rely on it: jobs are stored in the database and
 * survive a restart, several instances on one PostgreSQL database fire each job once, and
 * a scheduler that does not run takes the instance out of readiness.
 */
class SchedulerTests {

    private static final String GROUP = "scheduler-tests";

    private static final Duration AWAIT = Duration.ofSeconds(20);

    /**
     * Faster cluster check-in and idle polling than production, so the tests take
     * seconds, and a scheduler name of the test's own. Quartz registers the job store's
     * connections JVM-wide under the scheduler name, so applications in one test JVM that
     * share a name also share the connection pool of whichever started last; instances
     * meant to form one cluster share the name, everything else gets its own.
     */
    private static Map<String, Object> quartz(String schedulerName) {
        return Map.of("spring.quartz.scheduler-name", "samverkansbot-" + schedulerName,
                "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000",
                "spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
    }

    @Test
    void jobScheduledBeforeRestartFiresAfterIt_onH2(@TempDir Path dataDir) throws Exception {
        String h2Url = "jdbc:h2:file:" + dataDir.resolve("samverkansbot") + ";DB_CLOSE_ON_EXIT=FALSE";
        jobScheduledBeforeRestartFiresAfterIt(RunningBot.onH2Files(dataDir, quartz("restart-h2")),
                "jdbc:h2:file:" + dataDir, h2Url, TestBotConfiguration.DATABASE_USER,
                TestBotConfiguration.DATABASE_PASSWORD);
    }

    @Test
    void jobScheduledBeforeRestartFiresAfterIt_onPostgres() throws Exception {
        String url = TestPostgres.newDatabase();
        jobScheduledBeforeRestartFiresAfterIt(RunningBot.onPostgres(url, quartz("restart-postgres")), url, url,
                "postgres", "postgres");
    }

    /**
     * @param expectedUrl what the URL of the database the application uses starts with
     * @param url where the test reads the database itself while the application is
     * stopped
     */
    private static void jobScheduledBeforeRestartFiresAfterIt(RunningBot bot, String expectedUrl, String url,
            String user, String password) throws Exception {
        try (bot) {
            assertThat(databaseUrlOf(bot)).as("the bot runs on the test's own database").startsWith(expectedUrl);
            createFiringTable(bot);
            Scheduler scheduler = bot.bean(Scheduler.class);
            String jobName = "survives-restart";
            Instant due = Instant.now().plusSeconds(3);
            scheduleOneShot(scheduler, jobName, due);

            bot.stop();
            assertThat(Instant.now()).as("the application stopped before the job was due").isBefore(due);
            sleepUntil(due.plusMillis(500));
            assertThat(firingsOf(url, user, password, jobName)).as("a stopped application fires nothing").isZero();

            bot.start();
            await(() -> firingsOf(bot, jobName) >= 1, "the job to fire after the restart");
            Thread.sleep(1500);
            assertThat(firingsOf(bot, jobName)).as("firings of the one-shot job").isEqualTo(1);
            assertThat(bot.bean(Scheduler.class).checkExists(JobKey.jobKey(jobName, GROUP)))
                .as("a durable job stays stored after its trigger is done")
                .isTrue();
        }
    }

    @Test
    void eachJobFiresOnceWithTwoInstancesOnOnePostgres() throws Exception {
        String url = TestPostgres.newDatabase();
        int jobs = 20;
        Map<String, Object> cluster = quartz("cluster");
        try (RunningBot a = RunningBot.onPostgres(url, cluster); RunningBot b = RunningBot.onPostgres(url, cluster)) {
            assertThat(databaseUrlOf(a)).isEqualTo(url);
            assertThat(databaseUrlOf(b)).isEqualTo(url);
            createFiringTable(a);
            Scheduler schedulerA = a.bean(Scheduler.class);
            Scheduler schedulerB = b.bean(Scheduler.class);
            assertThat(schedulerA.getSchedulerName()).isEqualTo(cluster.get("spring.quartz.scheduler-name"));
            assertThat(schedulerA.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(schedulerB.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(schedulerA.getSchedulerInstanceId()).isNotEqualTo(schedulerB.getSchedulerInstanceId());

            // Let B's first check-in and idle wait pass, so both instances compete for
            // the triggers.
            Thread.sleep(1500);
            Instant first = Instant.now().plusSeconds(2);
            for (int i = 0; i < jobs; i++) {
                scheduleOneShot(schedulerA, "cluster-" + i, first.plusMillis(100L * i));
            }

            await(() -> distinctJobsFired(a) >= jobs, "all " + jobs + " jobs to fire");
            // A job fired twice would show up shortly after its first firing.
            Thread.sleep(2000);
            JdbcClient jdbc = a.bean(JdbcClient.class);
            Map<String, Integer> perJob = new TreeMap<>();
            jdbc.sql("SELECT job_name, COUNT(*) AS n FROM test_job_firing GROUP BY job_name").query(rs -> {
                perJob.put(rs.getString("job_name"), rs.getInt("n"));
            });
            assertThat(perJob).hasSize(jobs);
            assertThat(perJob.values()).as("firings per job").containsOnly(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM test_job_firing").query(Integer.class).single()).isEqualTo(jobs);

            Map<String, Integer> perInstance = new TreeMap<>();
            jdbc.sql("SELECT instance_id, COUNT(*) AS n FROM test_job_firing GROUP BY instance_id").query(rs -> {
                perInstance.put(rs.getString("instance_id"), rs.getInt("n"));
            });
            System.out.printf("Firings per scheduler instance (A=%s, B=%s): %s%n", schedulerA.getSchedulerInstanceId(),
                    schedulerB.getSchedulerInstanceId(), perInstance);
            assertThat(perInstance.keySet()).as("only the two instances fired")
                .isSubsetOf(schedulerA.getSchedulerInstanceId(), schedulerB.getSchedulerInstanceId());
            // A first: the instances share one connection pool registration (same
            // scheduler name, one JVM), which is B's; stopping B first would leave A's
            // shutdown without connections.
            a.stop();
        }
    }

    @Test
    void schedulerIsPartOfReadiness(@TempDir Path dataDir) throws Exception {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, quartz("readiness"))) {
            URI readiness = URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health/readiness");
            HttpResponse<String> ready = get(readiness);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"");

            Scheduler scheduler = bot.bean(Scheduler.class);
            scheduler.standby();
            HttpResponse<String> standby = get(readiness);
            assertThat(standby.statusCode()).isEqualTo(503);
            assertThat(standby.body()).containsAnyOf("\"DOWN\"", "\"OUT_OF_SERVICE\"");

            HttpResponse<String> liveness = get(
                    URI.create("http://127.0.0.1:" + bot.managementPort() + "/actuator/health/liveness"));
            assertThat(liveness.statusCode()).as("a stopped scheduler is no reason to restart the instance")
                .isEqualTo(200);

            scheduler.start();
            assertThat(get(readiness).statusCode()).isEqualTo(200);
        }
    }

    /** Records each firing with the id of the scheduler instance that fired it. */
    public static class RecordingJob implements Job {

        private final JdbcClient jdbc;

        public RecordingJob(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                jdbc.sql("INSERT INTO test_job_firing (job_name, instance_id, fired_at) VALUES (?, ?, ?)")
                    .params(context.getJobDetail().getKey().getName(), context.getScheduler().getSchedulerInstanceId(),
                            Timestamp.from(Instant.now()))
                    .update();
            }
            catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }

    }

    /**
     * The database the application really uses (a test property that lost to
     * application.yml would show).
     */
    private static String databaseUrlOf(RunningBot bot) throws SQLException {
        try (Connection connection = bot.bean(DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static void createFiringTable(RunningBot bot) {
        bot.bean(JdbcClient.class)
            .sql("CREATE TABLE IF NOT EXISTS test_job_firing "
                    + "(job_name VARCHAR(100), instance_id VARCHAR(200), fired_at TIMESTAMP)")
            .update();
    }

    private static void scheduleOneShot(Scheduler scheduler, String name, Instant at) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(RecordingJob.class).withIdentity(name, GROUP).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger()
            .withIdentity(name, GROUP)
            .forJob(job)
            .startAt(Date.from(at))
            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
        scheduler.scheduleJob(job, trigger);
    }

    private static int firingsOf(RunningBot bot, String jobName) {
        return bot.bean(JdbcClient.class)
            .sql("SELECT COUNT(*) FROM test_job_firing WHERE job_name = ?")
            .param(jobName)
            .query(Integer.class)
            .single();
    }

    /** Reads the database directly, while no application is running on it. */
    private static int firingsOf(String url, String user, String password, String jobName) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement
                    .executeQuery("SELECT COUNT(*) FROM test_job_firing WHERE job_name = '" + jobName + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int distinctJobsFired(RunningBot bot) {
        return bot.bean(JdbcClient.class)
            .sql("SELECT COUNT(DISTINCT job_name) FROM test_job_firing")
            .query(Integer.class)
            .single();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(AWAIT);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Waited " + AWAIT.toSeconds() + " s for " + what);
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
