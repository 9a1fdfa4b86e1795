package se.finsam.samverkansbot.privacy;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the dev profile and without an API key the scan endpoint does not exist. */
class PrivacyScanEndpointWithoutKeyTests extends BotIntegrationTest {

    @Test
    void scanEndpointIsNotFoundWithoutApiKeyInProductionMode() {
        ScanEndpoint endpoint = new ScanEndpoint(port());

        assertThat(endpoint.post(ScanEndpoint.jsonText("Ring 072-604 18 39"), null).status()).isEqualTo(404);
        assertThat(
                endpoint.post(ScanEndpoint.jsonText("hej"), "Bearer whatever-key-that-is-long-enough-123456").status())
            .isEqualTo(404);
    }

}
