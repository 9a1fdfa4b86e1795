package se.finsam.samverkansbot.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.finsam.samverkansbot.SamverkansbotApplication;

/**
 * A whole bot application started by a test and stopped (or restarted) when the test says
 * so: for restarts, several instances on one database, and PostgreSQL. Production mode
 * against the {@link FakeConnector}, like {@link BotIntegrationTest}.
 */
public final class RunningBot implements AutoCloseable {

    private static final String SCHEDULER_NAME = "spring.quartz.scheduler-name";

    private final Map<String, Object> properties;

    private final Class<?>[] sources;

    private ConfigurableApplicationContext context;

    private RunningBot(Map<String, Object> properties, Class<?>... sources) {
        this.properties = properties;
        this.sources = sources;
    }

    /** A bot on an H2 file database in the given directory, which survives a restart. */
    public static RunningBot onH2Files(Path dataDirectory, Map<String, Object> extra) {
        return onH2Files(dataDirectory, extra, new Class<?>[0]);
    }

    /**
     * A bot on an H2 file database in the given directory, with more configuration
     * classes (a {@link TestClock.Configuration}, say).
     */
    public static RunningBot onH2Files(Path dataDirectory, Map<String, Object> extra, Class<?>... sources) {
        Map<String, Object> properties = new HashMap<>(TestBotConfiguration.productionModeProperties());
        properties.put("samverkansbot.data-dir", dataDirectory.toString());
        properties.put("spring.datasource.url",
                "jdbc:h2:file:" + dataDirectory + "/samverkansbot;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        properties.put(SCHEDULER_NAME, schedulerNameFor(dataDirectory.toString()));
        properties.putAll(extra);
        return new RunningBot(properties, sources).start();
    }

    /** A bot on the given PostgreSQL database. */
    public static RunningBot onPostgres(String jdbcUrl, Map<String, Object> extra) {
        return onPostgres(jdbcUrl, extra, new Class<?>[0]);
    }

    /** A bot on the given PostgreSQL database, with more configuration classes. */
    public static RunningBot onPostgres(String jdbcUrl, Map<String, Object> extra, Class<?>... sources) {
        Map<String, Object> properties = new HashMap<>(TestBotConfiguration.productionModeProperties());
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put(SCHEDULER_NAME, schedulerNameFor(jdbcUrl));
        properties.putAll(extra);
        return new RunningBot(properties, sources).start();
    }

    public RunningBot start() {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.putIfAbsent("management.server.port", "0");
        // As command-line arguments: they must win over application.yml, which default
        // properties do not.
        String[] arguments = all.entrySet()
            .stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
        Class<?>[] classes = new Class<?>[sources.length + 2];
        classes[0] = SamverkansbotApplication.class;
        classes[1] = TestBotConfiguration.class;
        System.arraycopy(sources, 0, classes, 2, sources.length);
        context = new SpringApplicationBuilder(classes).run(arguments);
        return this;
    }

    /**
     * Quartz registers a job store's connections JVM-wide under the scheduler's name, so
     * applications in one test JVM need a name per database; instances on the same
     * database share it, as a cluster must.
     */
    private static String schedulerNameFor(String database) {
        return "samverkansbot-" + Integer.toHexString(database.hashCode());
    }

    /**
     * Stops the application as a shutdown would, and starts it again on the same
     * database.
     */
    public RunningBot restart() {
        stop();
        return start();
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The port of the actuator (health probes, metrics). */
    public int managementPort() {
        return context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
    }

    public BotClient client() {
        return new BotClient(port());
    }

    /**
     * Adds the bot to a team, as Teams tells it, and waits for its greeting there: a team
     * set up in the configuration takes cases only where the bot was added.
     */
    public RunningBot addedToTeam(String teamId, String teamName) {
        client().send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, teamId, teamName));
        FakeConnector.get().awaitSentTo(teamId);
        return this;
    }

    @Override
    public void close() {
        stop();
    }

}
