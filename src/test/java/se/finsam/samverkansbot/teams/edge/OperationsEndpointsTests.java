package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

/**
 * In production mode the actuator answers on a management port of its own, where the
 * platform's probes reach it; the bot's public port has no actuator, and an anonymous
 * caller learns UP or DOWN, nothing about the database or the scheduler.
 */
class OperationsEndpointsTests extends BotIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void probesAnswerOnTheManagementPortWithoutDetails() throws Exception {
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        HttpResponse<String> health = get(managementPort, "/actuator/health");

        assertThat(managementPort).isNotEqualTo(port());
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"")
            .doesNotContain("components", "details", "db", "scheduler", "H2", "diskSpace");
    }

    @Test
    void thePublicPortHasNoActuator() throws Exception {
        assertThat(get(port(), "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port(), "/actuator/metrics").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
    }

}
