package se.finsam.samverkansbot.teams.edge;

import java.time.Clock;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.core.CoreProperties;

/** Removes the ids of activities handled longer ago than the configured retention. */
@DisallowConcurrentExecution
class ProcessedActivityCleanupJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ProcessedActivityCleanupJob.class);

    private final ProcessedActivities processedActivities;

    private final TeamsProperties properties;

    private final Clock clock;

    ProcessedActivityCleanupJob(ProcessedActivities processedActivities, TeamsProperties properties, Clock clock) {
        this.processedActivities = processedActivities;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int removed = processedActivities
            .purgeReceivedBefore(clock.instant().minus(properties.processedActivityRetention()));
        log.info("Removed {} expired activity ids", removed);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail processedActivityCleanupJob() {
            return JobBuilder.newJob(ProcessedActivityCleanupJob.class)
                .withIdentity("processed-activity-cleanup", "teams")
                .storeDurably()
                .build();
        }

        @Bean
        Trigger processedActivityCleanupTrigger(JobDetail processedActivityCleanupJob, TeamsProperties properties,
                CoreProperties core) {
            return TriggerBuilder.newTrigger()
                .forJob(processedActivityCleanupJob)
                .withIdentity("processed-activity-cleanup", "teams")
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.processedActivityCleanup())
                    .inTimeZone(java.util.TimeZone.getTimeZone(core.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
                .build();
        }

    }

}
