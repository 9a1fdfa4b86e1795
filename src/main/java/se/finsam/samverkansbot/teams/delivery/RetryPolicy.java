package se.finsam.samverkansbot.teams.delivery;

import java.time.Duration;
import java.util.Optional;

import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * When a failed delivery is tried again: exponential backoff with jitter from the outbox
 * settings, at least as long as Teams' {@code Retry-After}, until the attempts run out.
 */
final class RetryPolicy {

    private final OutboxProperties properties;

    RetryPolicy(OutboxProperties properties) {
        this.properties = properties;
    }

    /**
     * The wait before the next attempt after attempt {@code attempt} failed, or empty
     * when that was the last one allowed.
     */
    Optional<Duration> nextWait(int attempt, Duration retryAfter) {
        if (attempt >= properties.maxAttempts()) {
            return Optional.empty();
        }
        Duration wait = backoff(attempt);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return Optional.of(wait);
    }

    /**
     * The wait before attempt {@code attempt + 1}: doubling from the first, with jitter.
     */
    Duration backoff(int attempt) {
        ExponentialBackOff policy = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        policy.setMaxInterval(properties.maxBackoff().toMillis());
        policy.setJitter(properties.jitter().toMillis());
        BackOffExecution execution = policy.start();
        long wait = 0;
        for (int i = 0; i < attempt; i++) {
            wait = execution.nextBackOff();
        }
        return Duration.ofMillis(Math.max(0, wait));
    }

}
