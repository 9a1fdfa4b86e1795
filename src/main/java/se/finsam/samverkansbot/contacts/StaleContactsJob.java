package se.finsam.samverkansbot.contacts;

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

import se.finsam.samverkansbot.core.CoreProperties;

/**
 * Monthly: lists the entries nobody verified within the configured period to the
 * coordinators who keep them. Clustered, so it runs once however many instances there
 * are.
 */
@DisallowConcurrentExecution
class StaleContactsJob implements Job {

    static final String NAME = "stale-contacts";

    static final String GROUP = "contacts";

    private final ContactDirectory directory;

    StaleContactsJob(ContactDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(JobExecutionContext context) {
        directory.reportStale();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail staleContactsJob() {
            return JobBuilder.newJob(StaleContactsJob.class).withIdentity(NAME, GROUP).storeDurably().build();
        }

        @Bean
        Trigger staleContactsTrigger(JobDetail staleContactsJob, ContactsProperties properties, CoreProperties core) {
            return TriggerBuilder.newTrigger()
                .forJob(staleContactsJob)
                .withIdentity(NAME, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.staleReport())
                    .inTimeZone(TimeZone.getTimeZone(core.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
                .build();
        }

    }

}
