package se.finsam.samverkansbot.meetings;

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
            return JobBuilder.newJob(MeetingSweepJob.class)
                .withIdentity("meeting-sweep", "meetings")
                .storeDurably()
                .build();
        }

        /**
         * Every interval, on whole minutes: notices fall due on whole minutes (08:00,
         * 12:00), so a sweep finds them the moment they are due.
         */
        @Bean
        Trigger meetingSweepTrigger(JobDetail meetingSweepJob, MeetingProperties properties) {
            return TriggerBuilder.newTrigger()
                .forJob(meetingSweepJob)
                .withIdentity("meeting-sweep", "meetings")
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
        Trigger meetingSweepAtStartTrigger(JobDetail meetingSweepJob) {
            return TriggerBuilder.newTrigger()
                .forJob(meetingSweepJob)
                .withIdentity("meeting-sweep-at-start", "meetings")
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        }

    }

}
