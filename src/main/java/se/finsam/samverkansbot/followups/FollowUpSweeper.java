package se.finsam.samverkansbot.followups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.DueRowSweep;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;

/**
 * Finds the plans whose next reminder is due (an indexed range query on
 * {@code next_reminder_at}, page by page, so memory stays bounded) and sends each
 * reminder in a transaction of its own that first locks the plan's row with
 * {@code FOR UPDATE SKIP LOCKED} and checks it is still due: two instances never send one
 * reminder twice. The reminder is recorded in the plan's history and its outbox message
 * written (by the listener of the event) in that same transaction.
 */
@Component
class FollowUpSweeper {

    private static final Logger log = LoggerFactory.getLogger(FollowUpSweeper.class);

    private final DueRowSweep due;

    private final FollowUps plans;

    private final DueDateRules rules;

    private final Organisation organisation;

    private final ApplicationEventPublisher events;

    private final FollowUpProperties properties;

    private final Clock clock;

    FollowUpSweeper(JdbcClient jdbc, TransactionTemplate transactions, FollowUps plans, DueDateRules rules,
            Organisation organisation, ApplicationEventPublisher events, FollowUpProperties properties, Clock clock) {
        this.due = new DueRowSweep(jdbc, transactions, "follow_up_plan", "next_reminder_at",
                properties.sweepPageSize());
        this.plans = plans;
        this.rules = rules;
        this.organisation = organisation;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every reminder due now; returns how many were sent. */
    int sweep() {
        Instant now = clock.instant();
        int sent = due.run(now, (id) -> remind(id, now) ? 1 : 0);
        if (sent > 0) {
            log.info("Follow-ups: {} reminders sent", sent);
        }
        return sent;
    }

    private boolean remind(long id, Instant now) {
        FollowUpPlan plan = plans.findById(id).orElse(null);
        if (plan == null) {
            return false;
        }
        Optional<ReminderStage> stage = plan.remind(now, rules);
        if (stage.isEmpty()) {
            return false;
        }
        plans.save(plan);
        LocalDate today = rules.today(now);
        FollowUpView view = FollowUpManagement.view(plan, today);
        if (stage.get() == ReminderStage.ESCALATION) {
            log.info("Follow-up plan {} overdue since {}: escalated to the coordinator", id, plan.dueDate());
            events.publishEvent(new FollowUpOverdue(view, coordinatorsOf(plan)));
        }
        else {
            log.debug("Follow-up plan {}: reminder {} of {}", id, stage.get(), plan.dueDate());
            events.publishEvent(new FollowUpDue(view, recipientsOf(plan), stage.get(),
                    rules.workingDaysLeft(today, plan.dueDate())));
        }
        return true;
    }

    private List<UserId> recipientsOf(FollowUpPlan plan) {
        Set<UserId> recipients = new LinkedHashSet<>();
        if (plan.remind() != ReminderTarget.COORDINATOR) {
            recipients.add(plan.owner());
        }
        if (plan.remind() != ReminderTarget.ME) {
            recipients.addAll(coordinatorsOf(plan));
        }
        if (recipients.isEmpty()) {
            // No coordinator is configured for the kommun: the owner is reminded instead.
            recipients.add(plan.owner());
        }
        return new ArrayList<>(recipients);
    }

    private List<UserId> coordinatorsOf(FollowUpPlan plan) {
        return organisation.kommun(plan.kommun().name()).map(organisation::coordinatorsOf).orElse(List.of());
    }

}
