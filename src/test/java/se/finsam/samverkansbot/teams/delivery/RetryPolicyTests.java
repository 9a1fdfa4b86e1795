package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a failed delivery is tried again. */
class RetryPolicyTests {

    private static RetryPolicy policy(Duration jitter) {
        return new RetryPolicy(
                new OutboxProperties(50, List.of("7/1s"), 5, Duration.ofMillis(500), Duration.ofSeconds(3), jitter,
                        Duration.ofSeconds(60), Duration.ofMillis(500), 64, 8, Duration.ofSeconds(20)));
    }

    @Test
    void backoffDoublesFromTheFirstWaitUpToTheMaximum() {
        RetryPolicy retries = policy(Duration.ZERO);

        assertThat(retries.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(retries.backoff(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(retries.backoff(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(retries.backoff(4)).isEqualTo(Duration.ofMillis(3000));
    }

    @Test
    void jitterStaysWithinItsBounds() {
        RetryPolicy retries = policy(Duration.ofMillis(250));

        for (int i = 0; i < 50; i++) {
            assertThat(retries.backoff(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
        }
    }

    @Test
    void retryAfterLongerThanTheBackoffIsHonoured() {
        RetryPolicy retries = policy(Duration.ZERO);

        assertThat(retries.nextWait(1, Duration.ofSeconds(7))).contains(Duration.ofSeconds(7));
        assertThat(retries.nextWait(2, Duration.ofMillis(100))).contains(Duration.ofMillis(1000));
        assertThat(retries.nextWait(2, null)).contains(Duration.ofMillis(1000));
    }

    @Test
    void noRetryOnceTheAttemptsRunOut() {
        RetryPolicy retries = policy(Duration.ZERO);

        assertThat(retries.nextWait(4, null)).isPresent();
        assertThat(retries.nextWait(5, null)).isEmpty();
        assertThat(retries.nextWait(6, Duration.ofSeconds(1))).isEmpty();
    }

}
