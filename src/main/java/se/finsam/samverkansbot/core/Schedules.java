package se.finsam.samverkansbot.core;

import java.time.Duration;
import java.util.Date;

import org.quartz.DateBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The shapes of the modules' Quartz schedules, so that every sweep is registered the same
 * way: a durable job, a trigger that repeats (optionally on whole minutes, for work due
 * on whole minutes such as 08:30) and a one-off trigger at start for what fell due while
 * the application was down. Quartz runs on the system time; misfires run once, not once
 * per missed interval.
 */
public final class Schedules {

    private Schedules() {
    }

    /** A job kept in the store whether or not a trigger points at it. */
    public static JobDetail durableJob(Class<? extends Job> type, String name, String group) {
        return JobBuilder.newJob(type).withIdentity(name, group).storeDurably().build();
    }

    /** Every interval, the first right away. */
    public static Trigger every(JobDetail job, String name, String group, Duration interval) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(name, group)
            .withSchedule(repeating(interval))
            .build();
    }

    /**
     * Every interval on whole minutes, the first one interval after the start (when the
     * run at start has been).
     */
    public static Trigger everyOnWholeMinutes(JobDetail job, String name, String group, Duration interval) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(name, group)
            .startAt(DateBuilder.evenMinuteDate(new Date(System.currentTimeMillis() + interval.toMillis())))
            .withSchedule(repeating(interval))
            .build();
    }

    /** Once right after the start, for what fell due while the application was down. */
    public static Trigger onceAtStart(JobDetail job, String name, String group) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(name, group)
            .startNow()
            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    }

    private static SimpleScheduleBuilder repeating(Duration interval) {
        return SimpleScheduleBuilder.simpleSchedule()
            .withIntervalInMilliseconds(interval.toMillis())
            .repeatForever()
            .withMisfireHandlingInstructionNextWithRemainingCount();
    }

}
