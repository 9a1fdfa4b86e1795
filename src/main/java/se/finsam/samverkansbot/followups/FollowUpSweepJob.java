package se.finsam.samverkansbot.followups;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.core.Schedules;

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
            return Schedules.durableJob(FollowUpSweepJob.class, "follow-up-sweep", "followups");
        }

        /**
         * Every interval, on whole minutes: reminders are due on whole minutes (08:30),
         * so a sweep finds them the moment they fall due; and once at start.
         */
        @Bean
        Trigger followUpSweepTrigger(JobDetail followUpSweepJob, FollowUpProperties properties) {
            return Schedules.everyOnWholeMinutes(followUpSweepJob, "follow-up-sweep", "followups",
                    properties.sweepInterval());
        }

        @Bean
        Trigger followUpSweepAtStartTrigger(JobDetail followUpSweepJob) {
            return Schedules.onceAtStart(followUpSweepJob, "follow-up-sweep-at-start", "followups");
        }

    }

}
