package se.finsam.samverkansbot.cases;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.core.Schedules;

/**
 * Looks for cases that have had no advice for the configured number of working days and
 * reminds their coordinators, once per case. Runs on the clustered scheduler, so one
 * instance does it.
 */
@DisallowConcurrentExecution
class CaseReminderJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CaseReminderJob.class);

    private final CaseManagement cases;

    CaseReminderJob(CaseManagement cases) {
        this.cases = cases;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int reminded = cases.remindAboutCasesWithoutAdvice();
        if (reminded > 0) {
            log.info("Reminded coordinators about {} cases without advice", reminded);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail caseReminderJob() {
            return Schedules.durableJob(CaseReminderJob.class, "case-reminders", "cases");
        }

        @Bean
        Trigger caseReminderTrigger(JobDetail caseReminderJob, CaseProperties properties) {
            return Schedules.every(caseReminderJob, "case-reminders", "cases", properties.reminderCheck());
        }

    }

}
