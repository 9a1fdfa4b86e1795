package se.finsam.samverkansbot.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.cases.AdviceGiven;
import se.finsam.samverkansbot.cases.CaseClosed;
import se.finsam.samverkansbot.cases.CaseFacts;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseOutcomeRecorded;
import se.finsam.samverkansbot.cases.CaseRaised;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.contacts.ContactSearched;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.followups.FollowUpDue;
import se.finsam.samverkansbot.followups.FollowUpEnded;
import se.finsam.samverkansbot.followups.FollowUpHeld;
import se.finsam.samverkansbot.followups.FollowUpOverdue;
import se.finsam.samverkansbot.followups.FollowUpRegistered;

/**
 * Keeps the statistics' own fact tables from the other modules' events: anonymised,
 * structured, no text and no person. The listeners run in the transaction of the change
 * that published the event, so a fact is stored exactly when the change commits and a
 * restart loses none.
 */
@Component
class StatsFacts {

    private static final int MAX_TOPIC = 100;

    private final JdbcClient jdbc;

    private final CaseManagement cases;

    private final WorkingDays workingDays;

    private final ZoneId zone;

    private final Clock clock;

    StatsFacts(JdbcClient jdbc, CaseManagement cases, WorkingDays workingDays, CoreProperties core, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.workingDays = workingDays;
        this.zone = core.zone();
    }

    @EventListener
    void on(CaseRaised raised) {
        cases.facts(raised.caseId()).ifPresent(this::upsert);
    }

    @EventListener
    void on(AdviceGiven advice) {
        cases.facts(advice.caseId()).ifPresent(this::upsert);
    }

    @EventListener
    void on(CaseClosed closed) {
        cases.facts(closed.caseId()).ifPresent(this::upsert);
    }

    @EventListener
    void on(CaseOutcomeRecorded recorded) {
        cases.facts(recorded.caseId()).ifPresent(this::upsert);
    }

    private void upsert(CaseFacts facts) {
        if (facts.outcome() == Outcome.DUPLICATE) {
            // The same need was raised as another case, which is the one counted.
            forget(facts.caseId());
            return;
        }
        LocalDate raisedOn = date(facts.raisedAt());
        LocalDate advisedOn = date(facts.firstAdviceAt());
        LocalDate closedOn = date(facts.closedAt());
        String outcome = null;
        if (closedOn != null && advisedOn == null) {
            outcome = Rows.NO_ADVICE;
        }
        else if (facts.outcome() != null) {
            outcome = facts.outcome().name();
        }
        Integer days = advisedOn == null ? null : workingDays.between(raisedOn, advisedOn);
        int updated = jdbc.sql("""
                UPDATE stat_case SET first_advice_on = :advised, advice_working_days = :days, closed_on = :closed,
                    outcome = :outcome, next_step_taken = :nextStep
                WHERE case_id = :id
                """)
            .param("advised", advisedOn)
            .param("days", days)
            .param("closed", closedOn)
            .param("outcome", outcome)
            .param("nextStep", facts.nextStepTaken())
            .param("id", facts.caseId())
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO stat_case (case_id, kommun, raiser_agency, age_band, gender, raised_on, first_advice_on,
                        advice_working_days, closed_on, outcome, next_step_taken, at_meeting)
                    VALUES (:id, :kommun, :agency, :ageBand, :gender, :raised, :advised, :days, :closed, :outcome,
                        :nextStep, FALSE)
                    """)
                .param("id", facts.caseId())
                .param("kommun", facts.kommun().name())
                .param("agency", facts.ownAgency().name())
                .param("ageBand", facts.ageBand().name())
                .param("gender", (facts.gender() == null ? Gender.NOT_STATED : facts.gender()).name())
                .param("raised", raisedOn)
                .param("advised", advisedOn)
                .param("days", days)
                .param("closed", closedOn)
                .param("outcome", outcome)
                .param("nextStep", facts.nextStepTaken())
                .update();
            for (Agency agency : facts.agenciesInvolved()) {
                jdbc.sql("INSERT INTO stat_case_agency (case_id, agency) VALUES (:id, :agency)")
                    .param("id", facts.caseId())
                    .param("agency", agency.name())
                    .update();
            }
            facts.categories()
                .forEach((category) -> jdbc
                    .sql("INSERT INTO stat_case_category (case_id, category) VALUES (:id, :category)")
                    .param("id", facts.caseId())
                    .param("category", category.name())
                    .update());
        }
    }

    private void forget(long caseId) {
        jdbc.sql("DELETE FROM stat_case_agency WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("DELETE FROM stat_case_category WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("DELETE FROM stat_case WHERE case_id = :id").param("id", caseId).update();
    }

    @EventListener
    void on(FollowUpRegistered registered) {
        jdbc.sql("""
                INSERT INTO stat_follow_up_plan (plan_id, kommun, plan_type, registered_on)
                VALUES (:id, :kommun, :type, :on)
                """)
            .param("id", registered.planId())
            .param("kommun", registered.kommun().name())
            .param("type", registered.type().name())
            .param("on", date(registered.at()))
            .update();
    }

    @EventListener
    void on(FollowUpEnded ended) {
        jdbc.sql("UPDATE stat_follow_up_plan SET ended_on = :on WHERE plan_id = :id")
            .param("on", date(ended.at()))
            .param("id", ended.planId())
            .update();
    }

    @EventListener
    void on(FollowUpDue due) {
        followUpEvent(due.plan().id(), due.plan().kommun().name(), "REMINDER", date(clock.instant()), null);
    }

    @EventListener
    void on(FollowUpOverdue overdue) {
        followUpEvent(overdue.plan().id(), overdue.plan().kommun().name(), "ESCALATION", date(clock.instant()), null);
    }

    @EventListener
    void on(FollowUpHeld held) {
        followUpEvent(held.planId(), held.kommun().name(), "HELD", held.heldOn(), held.onTime());
    }

    private void followUpEvent(long planId, String kommun, String kind, LocalDate on, Boolean onTime) {
        jdbc.sql("""
                INSERT INTO stat_follow_up_event (plan_id, kommun, kind, on_date, on_time)
                VALUES (:plan, :kommun, :kind, :on, :onTime)
                """)
            .param("plan", planId)
            .param("kommun", kommun)
            .param("kind", kind)
            .param("on", on)
            .param("onTime", onTime)
            .update();
    }

    @EventListener
    @Transactional
    public void on(ContactSearched searched) {
        String topic = searched.agency() == null ? Rows.NOTHING_FOUND
                : searched.topic() == null ? searched.agency().name() : searched.topic();
        jdbc.sql("INSERT INTO stat_contact_search (searched_on, kommun, topic) VALUES (:on, :kommun, :topic)")
            .param("on", date(searched.at()))
            .param("kommun", searched.kommun() == null ? null : searched.kommun().name())
            .param("topic", topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic)
            .update();
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

}
