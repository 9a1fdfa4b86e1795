package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * In production mode every log line is one JSON object a log collector can read, and the
 * lines written while a request is handled carry its activity id, under the logger of the
 * class that wrote them.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logLinesAreJsonWithTheActivityIdOfTheirRequest(@TempDir Path dataDir, CapturedOutput output) throws Exception {
        try (RunningBot bot = RunningBot.onH2Files(dataDir,
                Map.of("spring.quartz.scheduler-name", "samverkansbot-structured-logging"))) {
            TestActivities refused = TestActivities.personalMessage(TestUsers.fresh("Annan Tenant"), "hjälp")
                .tenant(TestUsers.OTHER_TENANT);

            assertThat(bot.client().send(refused).status()).isEqualTo(403);

            List<String> lines = output.getOut().lines().filter((line) -> line.contains(refused.id())).toList();
            assertThat(lines).as("the refusal is logged").isNotEmpty();
            for (String line : lines) {
                JsonNode entry = JSON.readTree(line);
                assertThat(entry.path("activityId").asText()).isEqualTo(refused.id());
                assertThat(line).contains(BotEndpoint.class.getName());
            }
        }
    }

}
