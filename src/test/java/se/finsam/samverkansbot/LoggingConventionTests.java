package se.finsam.samverkansbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every class logs under its own name, so that an operator filtering or raising the level
 * of one logger gets that class's lines and no other's.
 */
class LoggingConventionTests {

    private static final Pattern LOGGER = Pattern.compile("LoggerFactory\\.getLogger\\(([^)]*)\\)");

    @Test
    void everyClassLogsUnderItsOwnName() throws IOException {
        List<String> misnamed = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
                String className = source.getFileName().toString().replace(".java", "");
                Matcher logger = LOGGER.matcher(Files.readString(source));
                while (logger.find()) {
                    if (!logger.group(1).equals(className + ".class")) {
                        misnamed.add(source + ": " + logger.group());
                    }
                }
            }
        }
        assertThat(misnamed).isEmpty();
    }

}
