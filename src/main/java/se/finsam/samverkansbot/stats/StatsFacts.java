package se.finsam.samverkansbot.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

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
 * restart loses none; the monthly counts reports read change with it
 * ({@link StatCounts}).
 */
@Component
class StatsFacts {

    private static final int MAX_TOPIC = 100;

    private final JdbcClient jdbc;

    private final CaseManagement cases;

    private final WorkingDays workingDays;

    private final ZoneId zone;

    private final Clock clock;

    private final StatCounts counts;

    StatsFacts(JdbcClient jdbc, CaseManagement cases, WorkingDays workingDays, CoreProperties core, Clock clock,
            StatCounts counts) {
        this.clock = clock;
        this.counts = counts;
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
        Optional<StatCase> before = stored(facts.caseId());
        if (facts.outcome() == Outcome.DUPLICATE) {
            // The same need was raised as another case, which is the one counted.
            before.ifPresent((stored) -> forget(facts.caseId(), stored));
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
        StatCase after;
        if (before.isPresent()) {
            jdbc.sql("""
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
            after = before.get().now(advisedOn, days, closedOn, outcome, facts.nextStepTaken());
        }
        else {
            after = new StatCase(facts.kommun().name(), facts.ownAgency().name(), facts.ageBand().name(),
                    (facts.gender() == null ? Gender.NOT_STATED : facts.gender()).name(), raisedOn, advisedOn, days,
                    closedOn, outcome, facts.nextStepTaken(),
                    facts.agenciesInvolved().stream().map(Agency::name).distinct().toList(),
                    facts.categories().stream().map(Enum::name).distinct().toList());
            jdbc.sql("""
                    INSERT INTO stat_case (case_id, kommun, raiser_agency, age_band, gender, raised_on, first_advice_on,
                        advice_working_days, closed_on, outcome, next_step_taken, at_meeting)
                    VALUES (:id, :kommun, :agency, :ageBand, :gender, :raised, :advised, :days, :closed, :outcome,
                        :nextStep, FALSE)
                    """)
                .param("id", facts.caseId())
                .param("kommun", after.kommun())
                .param("agency", after.raiserAgency())
                .param("ageBand", after.ageBand())
                .param("gender", after.gender())
                .param("raised", raisedOn)
                .param("advised", advisedOn)
                .param("days", days)
                .param("closed", closedOn)
                .param("outcome", outcome)
                .param("nextStep", facts.nextStepTaken())
                .update();
            for (String agency : after.agencies()) {
                jdbc.sql("INSERT INTO stat_case_agency (case_id, agency) VALUES (:id, :agency)")
                    .param("id", facts.caseId())
                    .param("agency", agency)
                    .update();
            }
            for (String category : after.categories()) {
                jdbc.sql("INSERT INTO stat_case_category (case_id, category) VALUES (:id, :category)")
                    .param("id", facts.caseId())
                    .param("category", category)
                    .update();
            }
        }
        counts.caseChanged(before.orElse(null), after);
    }

    /** The case as the statistics hold it, if they do. */
    private Optional<StatCase> stored(long caseId) {
        List<String> agencies = jdbc.sql("SELECT agency FROM stat_case_agency WHERE case_id = :id ORDER BY agency")
            .param("id", caseId)
            .query(String.class)
            .list();
        List<String> categories = jdbc
            .sql("SELECT category FROM stat_case_category WHERE case_id = :id ORDER BY category")
            .param("id", caseId)
            .query(String.class)
            .list();
        return jdbc.sql("SELECT * FROM stat_case WHERE case_id = :id")
            .param("id", caseId)
            .query((rs, n) -> new StatCase(rs.getString("kommun"), rs.getString("raiser_agency"),
                    rs.getString("age_band"), rs.getString("gender"), rs.getObject("raised_on", LocalDate.class),
                    rs.getObject("first_advice_on", LocalDate.class),
                    rs.getObject("advice_working_days", Integer.class), rs.getObject("closed_on", LocalDate.class),
                    rs.getString("outcome"), rs.getObject("next_step_taken", Boolean.class), agencies, categories))
            .optional();
    }

    private void forget(long caseId, StatCase stored) {
        jdbc.sql("DELETE FROM stat_case_agency WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("DELETE FROM stat_case_category WHERE case_id = :id").param("id", caseId).update();
        jdbc.sql("DELETE FROM stat_case WHERE case_id = :id").param("id", caseId).update();
        counts.caseChanged(stored, null);
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
        counts.planChanged(registered.kommun().name(), date(registered.at()), false, null, null);
    }

    @EventListener
    void on(FollowUpEnded ended) {
        LocalDate endedOn = date(ended.at());
        jdbc.sql("SELECT kommun, registered_on, ended_on FROM stat_follow_up_plan WHERE plan_id = :id")
            .param("id", ended.planId())
            .query((rs, n) -> {
                counts.planChanged(rs.getString("kommun"), rs.getObject("registered_on", LocalDate.class), true,
                        rs.getObject("ended_on", LocalDate.class), endedOn);
                return n;
            })
            .list();
        jdbc.sql("UPDATE stat_follow_up_plan SET ended_on = :on WHERE plan_id = :id")
            .param("on", endedOn)
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
        counts.followUpEvent(on, kommun, kind, onTime);
    }

    @EventListener
    @Transactional
    public void on(ContactSearched searched) {
        String found = searched.agency() == null ? Rows.NOTHING_FOUND
                : searched.topic() == null ? searched.agency().name() : searched.topic();
        String topic = found.length() > MAX_TOPIC ? found.substring(0, MAX_TOPIC) : found;
        String kommun = searched.kommun() == null ? null : searched.kommun().name();
        jdbc.sql("INSERT INTO stat_contact_search (searched_on, kommun, topic) VALUES (:on, :kommun, :topic)")
            .param("on", date(searched.at()))
            .param("kommun", kommun)
            .param("topic", topic)
            .update();
        counts.contactSearched(date(searched.at()), kommun, topic);
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

}
