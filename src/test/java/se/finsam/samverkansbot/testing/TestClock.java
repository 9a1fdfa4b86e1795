package se.finsam.samverkansbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand, across due dates, holidays and daylight-saving changes.
 * Import {@link Configuration} to make it the application's clock; it starts at the real
 * time and only moves when a test says so.
 */
public final class TestClock extends Clock {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private volatile Instant now;

    private final ZoneId zone;

    public TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Sets the time to a local date and time in Stockholm. */
    public void setLocal(LocalDateTime local) {
        this.now = local.atZone(STOCKHOLM).toInstant();
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Makes a {@link TestClock} the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.now(), STOCKHOLM);
        }

    }

}
