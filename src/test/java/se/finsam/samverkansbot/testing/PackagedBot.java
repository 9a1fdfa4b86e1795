package se.finsam.samverkansbot.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import se.finsam.testhooks.FixedOutboundTokenConfiguration;

/**
 * The packaged application ({@code target/samverkansbot.jar}) as a separate process, for
 * tests and benchmarks that kill it for real (SIGKILL) or run several instances. In
 * production mode it runs on a database the caller names; its outgoing calls carry a
 * fixed token ({@link FixedOutboundTokenConfiguration}, put on the process's loader path
 * beside the unchanged jar), so that a local connector can stand in for Teams.
 */
public final class PackagedBot implements AutoCloseable {

    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final String name;

    private final Path workDir;

    private final Map<String, String> properties;

    private Process process;

    private int port;

    private int managementPort;

    private int starts;

    private PackagedBot(String name, Path workDir, Map<String, String> properties) {
        this.name = name;
        this.workDir = workDir;
        this.properties = properties;
    }

    /** The jar the build made; fails with a hint when it is missing. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("samverkansbot.jar", "target/samverkansbot.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first");
        }
        return jar;
    }

    /**
     * An instance in production mode on the given database (the embedded PostgreSQL's
     * URL, say), with more settings.
     */
    public static PackagedBot production(String name, Path workDir, String jdbcUrl, String user, String password,
            Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("MicrosoftAppId", TestUsers.BOT_APP_ID);
        properties.put("MicrosoftAppPassword", "test-secret-not-used");
        properties.put("MicrosoftAppType", "MultiTenant");
        properties.put("samverkansbot.teams.allowed-tenants", TestUsers.TENANT);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.putAll(extra);
        return new PackagedBot(name, workDir, properties);
    }

    /** Starts the process and returns at once; {@link #awaitHealthy} waits for it. */
    public PackagedBot start() {
        try {
            port = freePort();
            managementPort = freePort();
            List<String> command = new ArrayList<>(
                    List.of(java(), "-Dloader.path=" + hookDirectory(), "-cp", jar().toString(), LAUNCHER));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            command.add("--server.port=" + port);
            command.add("--management.server.port=" + managementPort);
            command.add("--server.address=127.0.0.1");
            command.add("--management.server.address=127.0.0.1");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(name + "-" + (++starts) + ".log").toFile());
            builder.environment()
                .keySet()
                .removeIf((variable) -> variable.startsWith("MicrosoftApp") || variable.startsWith("MICROSOFTAPP")
                        || variable.startsWith("SAMVERKANSBOT_") || variable.startsWith("SPRING_"));
            process = builder.start();
            return this;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the readiness probe says UP; fails if the process ends or time runs
     * out.
     */
    public PackagedBot awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    return this;
                }
            }
            catch (IOException notYet) {
                // Not listening yet.
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + " (" + last + "); see " + log());
    }

    /** Kills the process without warning (SIGKILL): no shutdown hook, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** Stops the process the way an operator would (SIGTERM, graceful shutdown). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(60))) {
                kill();
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The log of the latest start. */
    public Path log() {
        return workDir.resolve(name + "-" + starts + ".log");
    }

    @Override
    public void close() {
        stop();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A directory with the fixed-token configuration's classes and the import that makes
     * Spring Boot apply it, and nothing else from the test classes.
     */
    private Path hookDirectory() throws IOException {
        Path hooks = workDir.resolve("hooks");
        if (Files.exists(hooks)) {
            return hooks;
        }
        Class<?> configuration = FixedOutboundTokenConfiguration.class;
        Path classes;
        try {
            classes = Path.of(configuration.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String packagePath = configuration.getPackageName().replace('.', '/');
        Path target = hooks.resolve(packagePath);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Path imports = hooks
            .resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        Files.createDirectories(imports.getParent());
        Files.writeString(imports, configuration.getName() + "\n");
        return hooks;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
