package se.finsam.samverkansbot.followups;

import java.util.Date;

import org.quartz.DateBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the follow-up reminders that are due. Clustered: one instance runs it at a time.
 * Besides the regular sweep, a one-off trigger registered at every start runs it at once,
 * so reminders that fell due while the application was down go out right after it starts.
 */
@DisallowConcurrentExecution
class FollowUpSweepJob implements Job {

    private final FollowUpSweeper sweeper;

    FollowUpSweepJob(FollowUpSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sweeper.sweep();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail followUpSweepJob() {
            return JobBuilder.newJob(FollowUpSweepJob.class)
                .withIdentity("follow-up-sweep", "followups")
                .storeDurably()
                .build();
        }

        /**
         * Every interval, on whole minutes: reminders are due on whole minutes (08:30),
         * so a sweep finds them the moment they fall due. The first runs one interval
         * after the start, when the sweep at start has run. Quartz runs on the system
         * time.
         */
        @Bean
        Trigger followUpSweepTrigger(JobDetail followUpSweepJob, FollowUpProperties properties) {
            return TriggerBuilder.newTrigger()
                .forJob(followUpSweepJob)
                .withIdentity("follow-up-sweep", "followups")
                .startAt(DateBuilder
                    .evenMinuteDate(new Date(System.currentTimeMillis() + properties.sweepInterval().toMillis())))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(properties.sweepInterval().toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        }

        /**
         * Once right after the start, for what fell due while the application was down.
         */
        @Bean
        Trigger followUpSweepAtStartTrigger(JobDetail followUpSweepJob) {
            return TriggerBuilder.newTrigger()
                .forJob(followUpSweepJob)
                .withIdentity("follow-up-sweep-at-start", "followups")
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        }

    }

}
