package se.finsam.samverkansbot.core;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every module takes the time from this {@link Clock}, so tests can move it across due
 * dates, holidays and daylight-saving changes.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(CoreProperties properties) {
        return Clock.system(properties.zone());
    }

}
