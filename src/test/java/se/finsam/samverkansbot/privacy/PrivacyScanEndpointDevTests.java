package se.finsam.samverkansbot.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** In the dev profile the scan endpoint is open, and bad input is a 400 in Swedish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:privacy-dev;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "spring.quartz.scheduler-name=samverkansbot-privacy-dev-test" })
@ActiveProfiles("dev")
class PrivacyScanEndpointDevTests {

    @LocalServerPort
    int port;

    private ScanEndpoint endpoint() {
        return new ScanEndpoint(port);
    }

    @Test
    void scanReturnsFindingsWithTypesAndOffsetsInDevProfile() {
        String text = "Ring 072-604 18 39 om 850214-2389.";
        ScanEndpoint.Answer answer = endpoint().post(ScanEndpoint.jsonText(text), null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode findings = answer.json().get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("type").asText()).isEqualTo("PHONE");
        assertThat(findings.get(0).get("start").asInt()).isEqualTo(5);
        assertThat(findings.get(0).get("end").asInt()).isEqualTo(18);
        assertThat(findings.get(1).get("type").asText()).isEqualTo("PERSONNUMMER");
        assertThat(text.substring(findings.get(1).get("start").asInt(), findings.get(1).get("end").asInt()))
            .isEqualTo("850214-2389");
    }

    @Test
    void cleanTextHasNoFindings() {
        ScanEndpoint.Answer answer = endpoint()
            .post(ScanEndpoint.jsonText("Kvinna 45 år med avslag enligt 27 kap. 46 § SFB."), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("findings")).isEmpty();
    }

    @Test
    void bodyThatIsNotJsonIsABadRequestInSwedish() {
        ScanEndpoint.Answer answer = endpoint().post("Ring 072-604 18 39", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).contains("Skicka JSON");
        assertThat(answer.body()).doesNotContain("070");
    }

    @Test
    void missingTextIsABadRequest() {
        assertThat(endpoint().post("{\"txt\": \"hej\"}", null).status()).isEqualTo(400);
        assertThat(endpoint().post("{\"text\": 12}", null).status()).isEqualTo(400);
        assertThat(endpoint().post("[]", null).status()).isEqualTo(400);
        assertThat(endpoint().post("", null).status()).isEqualTo(400);
    }

    @Test
    void textOverTheSizeLimitIsABadRequest() {
        ScanEndpoint.Answer answer = endpoint().post(ScanEndpoint.jsonText("a".repeat(100_001)), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).contains("för lång");
    }

    @Test
    void hugeBodyIsABadRequestNotAServerError() {
        ScanEndpoint.Answer answer = endpoint().post("{\"text\": \"" + "å".repeat(500_000) + "\"}", null);

        assertThat(answer.status()).isEqualTo(400);
    }

}
