package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Teams' {@code Retry-After} in both forms HTTP allows. */
class RetryAfterTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreReadAsSeconds() {
        assertThat(HttpBotConnector.retryAfter(" 3 ", clock)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void httpDateIsReadAsTheTimeUntilThen() {
        assertThat(HttpBotConnector.retryAfter("Mon, 23 Nov 2026 10:00:10 GMT", clock))
            .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void dateInThePastMeansNow() {
        assertThat(HttpBotConnector.retryAfter("Mon, 23 Nov 2026 09:00:00 GMT", clock)).isZero();
    }

    @Test
    void anythingElseIsIgnored() {
        assertThat(HttpBotConnector.retryAfter("soon", clock)).isNull();
    }

}
