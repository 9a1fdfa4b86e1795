package se.finsam.samverkansbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar as an operator runs it: in the dev profile it starts healthy on a
 * fresh data directory; in production mode without credentials it exits with a clear
 * message. Prints the start time and resident memory it measured.
 */
class PackagedApplicationIT {

    private static Path jar;

    @TempDir
    Path workDir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("samverkansbot.jar", "target/samverkansbot.jar"));
        assertThat(jar).as("run `./mvnw package` first").exists();
    }

    @Test
    void devProfileStartsHealthyOnAFreshDataDirectory() throws Exception {
        int port = freePort();
        Path dataDir = workDir.resolve("data");
        long started = System.nanoTime();
        Process process = start(List.of("--spring.profiles.active=dev", "--server.port=" + port,
                "--samverkansbot.data-dir=" + dataDir));
        try {
            // Generous: CI shares the machine with other builds; the start time is
            // measured, not asserted here.
            String health = awaitHealthy(port, Duration.ofSeconds(90));
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(health).contains("\"status\":\"UP\"");
            assertThat(Files.list(dataDir).map(Path::toString)).anyMatch(name -> name.endsWith(".mv.db"));
            System.out.printf("[measured] java -jar (dev, fresh H2) healthy after %.1f s, RSS %s%n", seconds,
                    residentMemory(process.pid()));
        }
        finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("graceful stop").isTrue();
        }
    }

    /**
     * The fast start README and Dockerfile describe: Boot's extracted layout plus a class
     * data sharing archive from a training run.
     */
    @Test
    void extractedLayoutWithClassDataSharingStartsHealthy() throws Exception {
        Path app = workDir.resolve("app");
        Process extract = processBuilder(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                "extract", "--destination", app.toString()), workDir.resolve("extract.log"))
            .start();
        assertThat(extract.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(extract.exitValue()).as(Files.readString(workDir.resolve("extract.log"))).isZero();
        Path extracted = app.resolve(jar.getFileName());
        assertThat(extracted).exists();
        assertThat(app.resolve("lib")).isDirectory();

        Path archive = workDir.resolve("app.jsa");
        Path dataDir = workDir.resolve("data");
        Process training = processBuilder(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--spring.profiles.active=dev",
                "--server.port=" + freePort(), "--samverkansbot.data-dir=" + dataDir), workDir.resolve("training.log"))
            .start();
        assertThat(training.waitFor(180, TimeUnit.SECONDS)).as("the training run ends by itself").isTrue();
        assertThat(archive).as(Files.readString(workDir.resolve("training.log"))).exists();

        int port = freePort();
        long started = System.nanoTime();
        Process process = processBuilder(
                List.of(java(), "-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString(),
                        "--spring.profiles.active=dev", "--server.port=" + port, "--samverkansbot.data-dir=" + dataDir),
                workDir.resolve("app.log"))
            .start();
        try {
            String health = awaitHealthy(port, Duration.ofSeconds(90));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(health).contains("\"status\":\"UP\"");
            System.out.printf("[measured] extracted + CDS (dev, H2) healthy after %.1f s, RSS %s%n", seconds,
                    residentMemory(process.pid()));
        }
        finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("graceful stop").isTrue();
        }
    }

    @Test
    void productionModeWithoutCredentialsExitsWithAClearMessage() throws Exception {
        Path output = workDir.resolve("output.txt");
        Process process = processBuilder(
                List.of("--server.port=" + freePort(), "--samverkansbot.data-dir=" + workDir.resolve("data")), output)
            .start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the application exits by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(output))
            .contains("Samverkansboten startar inte, eftersom Bot Framework-uppgifterna saknas")
            .contains("MicrosoftAppId saknas")
            .contains("--spring.profiles.active=dev");
    }

    private Process start(List<String> arguments) throws IOException {
        return processBuilder(arguments, workDir.resolve("app.log")).start();
    }

    /**
     * Runs the jar as a fresh operator would: no Bot Framework or application settings
     * inherited.
     */
    private ProcessBuilder processBuilder(List<String> arguments, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment()
            .keySet()
            .removeIf(name -> name.startsWith("MicrosoftApp") || name.startsWith("MICROSOFTAPP")
                    || name.startsWith("SAMVERKANSBOT_") || name.startsWith("SPRING_"));
        return builder;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private List<String> command(List<String> arguments) {
        if (!arguments.isEmpty() && arguments.get(0).equals(java())) {
            return arguments;
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        return command;
    }

    private static String awaitHealthy(int port, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    return response.body();
                }
            }
            catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not healthy within " + timeout + ": " + last);
    }

    private static String residentMemory(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status)
            .stream()
            .filter(line -> line.startsWith("VmRSS:"))
            .map(line -> line.substring("VmRSS:".length()).trim())
            .findFirst()
            .orElse("unknown");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
