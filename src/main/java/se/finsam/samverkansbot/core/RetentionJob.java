package se.finsam.samverkansbot.core;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Once a day, on the clustered scheduler (one instance runs it), announces
 * {@link RetentionDue}; the modules delete their own data. A run missed while the
 * application was down runs after it starts.
 */
@DisallowConcurrentExecution
class RetentionJob implements Job {

    private final RetentionRun retention;

    RetentionJob(RetentionRun retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        retention.run();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail retentionJob() {
            return JobBuilder.newJob(RetentionJob.class).withIdentity("retention", "core").storeDurably().build();
        }

        @Bean
        Trigger retentionTrigger(JobDetail retentionJob, RetentionProperties properties, CoreProperties core) {
            return TriggerBuilder.newTrigger()
                .forJob(retentionJob)
                .withIdentity("retention", "core")
                .withSchedule(CronScheduleBuilder
                    .dailyAtHourAndMinute(properties.runAt().getHour(), properties.runAt().getMinute())
                    .inTimeZone(TimeZone.getTimeZone(core.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
                .build();
        }

    }

}
