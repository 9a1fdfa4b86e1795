package se.finsam.samverkansbot.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.core.WorkingDays;

/**
 * On the first working day of each month, announces each coordinator's report of the
 * month before ({@link ReportDue}); in January and July also of the half year before, and
 * in January of the year before. The clustered scheduler runs the check every working day
 * morning on one instance; a row per period in {@code stat_report_run}, inserted in the
 * transaction that publishes the events, makes each period go out exactly once even when
 * the check runs again (another instance, a restart, a missed run caught up later that
 * day).
 */
@Component
public class ScheduledReports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

    private final JdbcClient jdbc;

    private final Organisation organisation;

    private final WorkingDays workingDays;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ZoneId zone;

    ScheduledReports(JdbcClient jdbc, Organisation organisation, WorkingDays workingDays,
            ApplicationEventPublisher events, Clock clock, CoreProperties core) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.zone = core.zone();
    }

    /**
     * Announces the reports due today, if today is the first working day of a month and
     * they have not gone out.
     * @return the reports announced
     */
    @Transactional
    public List<ReportDue> announceDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate firstWorkingDay = today.withDayOfMonth(1);
        while (!workingDays.isWorkingDay(firstWorkingDay)) {
            firstWorkingDay = firstWorkingDay.plusDays(1);
        }
        if (today.isBefore(firstWorkingDay)) {
            return List.of();
        }
        // On a later day of the month (the check did not run on the day): still once.
        List<ReportPeriod> periods = new ArrayList<>();
        periods.add(ReportPeriod.previous(PeriodKind.MONTH, today));
        if (today.getMonthValue() == 1 || today.getMonthValue() == 7) {
            periods.add(ReportPeriod.previous(PeriodKind.HALF_YEAR, today));
        }
        if (today.getMonthValue() == 1) {
            periods.add(ReportPeriod.previous(PeriodKind.YEAR, today));
        }
        List<ReportDue> due = new ArrayList<>();
        for (ReportPeriod period : periods) {
            if (!claim(period)) {
                continue;
            }
            for (UserId coordinator : coordinators()) {
                ReportDue report = new ReportDue(coordinator, period);
                events.publishEvent(report);
                due.add(report);
            }
            log.info("Scheduled statistics for {} announced to {} coordinators", period.key(), coordinators().size());
        }
        return due;
    }

    private boolean claim(ReportPeriod period) {
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM stat_report_run WHERE period_key = :key")
            .param("key", period.key())
            .query(Long.class)
            .single() > 0;
        if (taken) {
            return false;
        }
        // Two instances racing both get here: the primary key lets one insert, the other
        // fails and rolls back, publishing nothing.
        jdbc.sql("INSERT INTO stat_report_run (period_key, ran_at) VALUES (:key, :at)")
            .param("key", period.key())
            .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .update();
        return true;
    }

    private List<UserId> coordinators() {
        Set<UserId> all = new LinkedHashSet<>();
        for (Kommun kommun : organisation.kommuner()) {
            all.addAll(organisation.coordinatorsOf(kommun));
        }
        return List.copyOf(all);
    }

    @DisallowConcurrentExecution
    static class ScheduledReportsJob implements Job {

        private final ScheduledReports reports;

        ScheduledReportsJob(ScheduledReports reports) {
            this.reports = reports;
        }

        @Override
        public void execute(JobExecutionContext context) {
            reports.announceDue();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail scheduledReportsJob() {
            return JobBuilder.newJob(ScheduledReportsJob.class)
                .withIdentity("scheduled-reports", "stats")
                .storeDurably()
                .build();
        }

        /**
         * Every day at the configured time: the check itself knows the first working day.
         */
        @Bean
        Trigger scheduledReportsTrigger(JobDetail scheduledReportsJob, StatisticsProperties properties,
                CoreProperties core) {
            return TriggerBuilder.newTrigger()
                .forJob(scheduledReportsJob)
                .withIdentity("scheduled-reports", "stats")
                .withSchedule(CronScheduleBuilder
                    .dailyAtHourAndMinute(properties.scheduledReportsAt().getHour(),
                            properties.scheduledReportsAt().getMinute())
                    .inTimeZone(TimeZone.getTimeZone(core.zone()))
                    .withMisfireHandlingInstructionFireAndProceed())
                .build();
        }

    }

}
