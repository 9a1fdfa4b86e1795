package se.finsam.samverkansbot.core;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the retention run's listeners report what they deleted: a log line and the
 * counter {@code samverkansbot.retention.deleted} (tags {@code module} and {@code what}).
 * Counts only.
 */
@Component
public class RetentionCounts {

    private static final Logger log = LoggerFactory.getLogger(RetentionCounts.class);

    private final MeterRegistry meters;

    RetentionCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * @param module the module that deleted, e.g. {@code cases}
     * @param what a fixed code of what was deleted, e.g. {@code closed-case-texts}
     * @param count how many rows or objects
     */
    public void deleted(String module, String what, long count) {
        meters.counter("samverkansbot.retention.deleted", "module", module, "what", what).increment(count);
        log.info("Retention: {} {} deleted ({})", count, what, module);
    }

}
