package se.finsam.samverkansbot.meetings;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.core.Schedules;

/**
 * Posts the agendas and sends the morning reminders that are due. Clustered: one instance
 * runs it at a time. Besides the regular sweep, a one-off trigger registered at every
 * start runs it at once, so notices that fell due while the application was down go out
 * right after it starts (once: the meeting records each notice).
 */
@DisallowConcurrentExecution
class MeetingSweepJob implements Job {

    private final MeetingSweeper sweeper;

    MeetingSweepJob(MeetingSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sweeper.sweep();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail meetingSweepJob() {
            return Schedules.durableJob(MeetingSweepJob.class, "meeting-sweep", "meetings");
        }

        /**
         * Every interval, on whole minutes: notices fall due on whole minutes (08:00,
         * 12:00), so a sweep finds them the moment they are due; and once at start.
         */
        @Bean
        Trigger meetingSweepTrigger(JobDetail meetingSweepJob, MeetingProperties properties) {
            return Schedules.everyOnWholeMinutes(meetingSweepJob, "meeting-sweep", "meetings",
                    properties.sweepInterval());
        }

        @Bean
        Trigger meetingSweepAtStartTrigger(JobDetail meetingSweepJob) {
            return Schedules.onceAtStart(meetingSweepJob, "meeting-sweep-at-start", "meetings");
        }

    }

}
