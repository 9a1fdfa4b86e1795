package se.finsam.samverkansbot.teams.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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

/**
 * Nightly: clears the kept answers of pressed buttons after a day (they may hold what a
 * user wrote) and forgets their keys after 90 days, when no copy of such a card is
 * pressed any more.
 */
@DisallowConcurrentExecution
class CardActionKeyCleanupJob implements Job {

    static final Duration ANSWERS_KEPT = Duration.ofDays(1);

    static final Duration KEYS_KEPT = Duration.ofDays(90);

    private static final Logger log = LoggerFactory.getLogger(CardActionKeyCleanupJob.class);

    private final CardActionKeys keys;

    private final Clock clock;

    CardActionKeyCleanupJob(CardActionKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        int removed = keys.purge(now.minus(ANSWERS_KEPT), now.minus(KEYS_KEPT));
        log.info("Cleared card answers older than a day; removed {} expired card action keys", removed);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail cardActionKeyCleanupJob() {
            return JobBuilder.newJob(CardActionKeyCleanupJob.class)
                .withIdentity("card-action-key-cleanup", "teams")
                .storeDurably()
                .build();
        }

        @Bean
        Trigger cardActionKeyCleanupTrigger(JobDetail cardActionKeyCleanupJob, CoreProperties core) {
            return TriggerBuilder.newTrigger()
                .forJob(cardActionKeyCleanupJob)
                .withIdentity("card-action-key-cleanup", "teams")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 20 3 * * ?")
                    .inTimeZone(java.util.TimeZone.getTimeZone(core.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
                .build();
        }

    }

}
