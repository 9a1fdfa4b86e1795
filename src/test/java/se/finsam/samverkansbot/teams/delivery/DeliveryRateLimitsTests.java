package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Teams' per-conversation limits, as the outbox keeps them. */
class DeliveryRateLimitsTests {

    private static OutboxProperties properties(List<String> conversationLimits) {
        return new OutboxProperties(50, conversationLimits, 14, Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofMillis(250), Duration.ofSeconds(60), Duration.ofMillis(500), 64, 8, Duration.ofSeconds(20));
    }

    private static DeliveryRateLimits limits(List<String> conversationLimits) {
        OutboxProperties properties = properties(conversationLimits);
        return new DeliveryRateLimits(properties, GlobalBudget.inMemory(properties));
    }

    @Test
    void sevenMessagesPerSecondGoAtOnceTheEighthWaits() {
        DeliveryRateLimits limits = limits(List.of("7/1s", "8/2s", "60/30s", "1800/1h"));

        for (int i = 0; i < 7; i++) {
            assertThat(limits.conversationWait("chat")).isZero();
        }
        Duration eighth = limits.conversationWait("chat");

        assertThat(eighth).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eightPerTwoSecondsHoldsAcrossTheFirstSecond() throws InterruptedException {
        DeliveryRateLimits limits = limits(List.of("7/1s", "8/2s"));
        for (int i = 0; i < 7; i++) {
            limits.conversationWait("chat");
        }
        Thread.sleep(1050);

        assertThat(limits.conversationWait("chat")).as("the eighth in two seconds").isZero();
        assertThat(limits.conversationWait("chat")).as("the ninth in two seconds").isPositive();
    }

    @Test
    void conversationsHaveLimitsOfTheirOwn() {
        DeliveryRateLimits limits = limits(List.of("1/1h"));

        assertThat(limits.conversationWait("one")).isZero();
        assertThat(limits.conversationWait("one")).isGreaterThan(Duration.ofMinutes(59));
        assertThat(limits.conversationWait("other")).isZero();
    }

    @Test
    void limitWrittenWithoutCountIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> limits(List.of("1s")))
            .withMessageContaining("count/duration");
    }

}
