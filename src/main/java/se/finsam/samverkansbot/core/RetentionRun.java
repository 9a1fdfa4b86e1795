package se.finsam.samverkansbot.core;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One retention run: announces {@link RetentionDue} at the clock's time. The daily job
 * calls it; tests call it with a moved clock.
 */
@Component
public class RetentionRun {

    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final ApplicationEventPublisher events;

    private final Clock clock;

    RetentionRun(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void run() {
        log.info("Retention run started");
        events.publishEvent(new RetentionDue(clock.instant()));
    }

}
