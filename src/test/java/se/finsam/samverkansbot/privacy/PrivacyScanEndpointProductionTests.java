package se.finsam.samverkansbot.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the dev profile, with an API key configured, the scan endpoint answers only
 * requests that carry the key as a bearer token.
 */
@TestPropertySource(properties = "samverkansbot.privacy.scan-api-key=" + PrivacyScanEndpointProductionTests.KEY)
class PrivacyScanEndpointProductionTests extends BotIntegrationTest {

    static final String KEY = "test-scan-key-0123456789-abcdefghijklmnop";

    private ScanEndpoint endpoint() {
        return new ScanEndpoint(port());
    }

    @Test
    void requestWithoutKeyIsUnauthorised() {
        ScanEndpoint.Answer answer = endpoint().post(ScanEndpoint.jsonText("Ring 072-604 18 39"), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("070");
    }

    @Test
    void requestWithWrongKeyIsUnauthorised() {
        assertThat(endpoint().post(ScanEndpoint.jsonText("hej"), "Bearer " + KEY + "x").status()).isEqualTo(401);
        assertThat(endpoint().post(ScanEndpoint.jsonText("hej"), "Basic " + KEY).status()).isEqualTo(401);
        assertThat(endpoint().post(ScanEndpoint.jsonText("hej"), "Bearer ").status()).isEqualTo(401);
    }

    @Test
    void requestWithKeyIsScanned() {
        ScanEndpoint.Answer answer = endpoint().post(ScanEndpoint.jsonText("Mejla anna.svensson@gmail.com"),
                "Bearer " + KEY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("findings").get(0).get("type").asText()).isEqualTo("EMAIL");
    }

    @Test
    void badInputWithKeyIsABadRequest() {
        assertThat(endpoint().post("inte json", "Bearer " + KEY).status()).isEqualTo(400);
    }

}
