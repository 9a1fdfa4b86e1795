package se.finsam.samverkansbot.core;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the scheduler as part of readiness: reminders and notices depend on it, so an
 * instance whose scheduler is not running (or cannot reach its job store) should not take
 * traffic.
 */
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        super("Scheduler health check failed");
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
        SchedulerMetaData metaData = scheduler.getMetaData();
        // Touches the job store, so a lost database connection shows here too.
        int jobGroups = scheduler.getJobGroupNames().size();
        builder.withDetail("instanceId", metaData.getSchedulerInstanceId())
            .withDetail("clustered", metaData.isJobStoreClustered())
            .withDetail("jobGroups", jobGroups);
        if (metaData.isStarted() && !metaData.isInStandbyMode() && !metaData.isShutdown()) {
            builder.up();
        }
        else {
            builder.down().withDetail("state", metaData.isShutdown() ? "shutdown" : "standby");
        }
    }

}
