package se.finsam.samverkansbot.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan endpoint answers at most the configured number of scans a minute; the next
 * caller is told in Swedish when to try again (429 with {@code Retry-After}), and callers
 * without the key do not use up the budget.
 */
@TestPropertySource(properties = { "samverkansbot.privacy.scan-api-key=" + PrivacyScanRateLimitTests.KEY,
        "samverkansbot.privacy.scan-requests-per-minute=3" })
class PrivacyScanRateLimitTests extends BotIntegrationTest {

    static final String KEY = "rate-limit-scan-key-0123456789-abcdefghij";

    @Test
    void scansBeyondTheLimitAreRefusedWithASwedishMessageAndRetryAfter() {
        ScanEndpoint endpoint = new ScanEndpoint(port());
        String text = ScanEndpoint.jsonText("Ring 072-604 18 39");
        // Refused callers (no key) count for nothing.
        for (int i = 0; i < 5; i++) {
            assertThat(endpoint.post(text, null).status()).isEqualTo(401);
        }

        for (int i = 0; i < 3; i++) {
            assertThat(endpoint.post(text, "Bearer " + KEY).status()).as("scan %d", i + 1).isEqualTo(200);
        }
        ScanEndpoint.Answer refused = endpoint.post(text, "Bearer " + KEY);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isNotNull();
        assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 60L);
        assertThat(refused.json().get("error").asText()).startsWith("För många granskningar just nu")
            .contains("Försök igen om " + refused.retryAfter() + " s");
        assertThat(refused.body()).doesNotContain("072-604", "findings");
    }

}
