package se.finsam.samverkansbot.core;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on Spring's {@code @Retryable}: a change that lost an optimistic-lock race (two
 * team members advising on one case at once) is done again on the fresh state, in a new
 * transaction, instead of ending in an error.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {

}
