package se.finsam.samverkansbot.followups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * Registers follow-up plans, records what users do with them (held, postponed, ended),
 * sends their reminders when they are due and flags plans whose reminders do not arrive.
 * Plans are visible to their owner and to the coordinators of their kommun.
 */
@Service
public class FollowUpManagement {

    private static final Logger log = LoggerFactory.getLogger(FollowUpManagement.class);

    static final int MAX_REFERENCE = 40;

    static final int MAX_NOTE = 500;

    private final FollowUps plans;

    private final DueDateRules rules;

    private final Organisation organisation;

    private final PrivacyGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final FollowUpSweeper sweeper;

    FollowUpManagement(FollowUps plans, DueDateRules rules, Organisation organisation, PrivacyGuard guard,
            ApplicationEventPublisher events, Clock clock, FollowUpSweeper sweeper) {
        this.plans = plans;
        this.rules = rules;
        this.organisation = organisation;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.sweeper = sweeper;
    }

    /**
     * Checks and stores a new plan.
     * @throws InvalidFollowUp with an error per field when something is missing or wrong;
     * nothing is stored then
     */
    @Transactional
    public FollowUpView register(Registration form) {
        Map<String, String> errors = new LinkedHashMap<>();
        PlanType type = parseEnum(PlanType.class, form.type(), "type", errors);
        String reference = form.reference() == null ? "" : form.reference().strip();
        if (reference.isEmpty()) {
            errors.put("reference", "required");
        }
        else if (reference.length() > MAX_REFERENCE) {
            errors.put("reference", "tooLong");
        }
        else if (!guard.scan(reference, form.confirmedNotNames()).isClean()) {
            errors.put("reference", "privacy");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.put("note", "tooLong");
        }
        else if (note != null && !guard.scan(note, form.confirmedNotNames()).isClean()) {
            errors.put("note", "privacy");
        }
        Instant now = clock.instant();
        LocalDate today = rules.today(now);
        LocalDate baseDate = parseDate(form.baseDate(), "baseDate", errors);
        if (baseDate != null && baseDate.isAfter(today)) {
            errors.put("baseDate", "future");
        }
        ReminderTarget remind = parseEnum(ReminderTarget.class, form.remind(), "remind", errors);
        Optional<Kommun> kommun = organisation.kommun(form.kommun());
        if (kommun.isEmpty()) {
            errors.put("kommun", "required");
        }
        String schedule = null;
        if (type != null) {
            schedule = schedule(type, form.interval(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFollowUp(errors);
        }
        FollowUpPlan plan = plans.save(FollowUpPlan.register(form.owner(), form.ownerName(), form.tenantId(),
                kommun.get(), type, reference, note, remind, baseDate, schedule, rules, now));
        log.info("Follow-up plan {} registered by {}, due {}", plan.id(), form.owner(), plan.dueDate());
        events.publishEvent(new FollowUpRegistered(plan.id(), plan.kommun(), plan.type(), now));
        audit(form.owner(), "follow-up.registered", plan, now);
        return view(plan, today);
    }

    private String schedule(PlanType type, String interval, Map<String, String> errors) {
        if (interval == null || interval.isBlank()) {
            String fallback = rules.defaultSchedule(type);
            if (fallback == null) {
                errors.put("interval", "required");
            }
            return fallback;
        }
        try {
            Period period = Period.parse(interval.strip().toUpperCase(Locale.ROOT));
            if (period.isNegative() || period.isZero() || period.toTotalMonths() > 24 || period.getDays() > 730) {
                errors.put("interval", "invalid");
                return null;
            }
            return period.toString();
        }
        catch (DateTimeParseException e) {
            errors.put("interval", "invalid");
            return null;
        }
    }

    /**
     * The user's active plans and, for a coordinator, their kommuner's, by due date:
     * overdue ones first.
     */
    @Transactional(readOnly = true)
    public List<FollowUpView> plansFor(UserId user) {
        LocalDate today = rules.today(clock.instant());
        Map<Long, FollowUpPlan> found = new LinkedHashMap<>();
        plans.findByOwnerIdAndStatusOrderByDueDateAscIdAsc(user.value(), PlanStatus.ACTIVE)
            .forEach((plan) -> found.put(plan.id(), plan));
        List<String> kommuner = organisation.coordinatedBy(user).stream().map(Kommun::name).toList();
        if (!kommuner.isEmpty()) {
            plans.findByKommunInAndStatusOrderByDueDateAscIdAsc(kommuner, PlanStatus.ACTIVE)
                .forEach((plan) -> found.putIfAbsent(plan.id(), plan));
        }
        return found.values()
            .stream()
            .sorted(Comparator.comparing(FollowUpPlan::dueDate).thenComparing(FollowUpPlan::id))
            .map((plan) -> view(plan, today))
            .toList();
    }

    /** One plan, with its history, if the user may see it. */
    @Transactional(readOnly = true)
    public FollowUpView plan(long id, UserId user) {
        return view(visible(id, user), rules.today(clock.instant()));
    }

    /** The follow-up was held on that day; the next due date is planned from it. */
    @Transactional
    public FollowUpView held(long id, UserId user, String heldOn) {
        FollowUpPlan plan = active(id, user);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = parseDate(heldOn, "heldOn", errors);
        if (date != null && date.isAfter(rules.today(now))) {
            errors.put("heldOn", "future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFollowUp(errors);
        }
        LocalDate due = plan.dueDate();
        plan.held(date, user, rules, now);
        plans.save(plan);
        log.info("Follow-up plan {} held on {} ({}), next due {}", id, date, user, plan.dueDate());
        events.publishEvent(new FollowUpHeld(plan.id(), plan.kommun(), due, date, now));
        if (plan.status() == PlanStatus.COMPLETED) {
            events.publishEvent(new FollowUpEnded(plan.id(), plan.kommun(), PlanStatus.COMPLETED, now));
        }
        audit(user, "follow-up.held", plan, now);
        return view(plan, rules.today(now));
    }

    /** The follow-up moves to another day. */
    @Transactional
    public FollowUpView postpone(long id, UserId user, String newDate) {
        FollowUpPlan plan = active(id, user);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = parseDate(newDate, "newDate", errors);
        if (date != null && date.isBefore(rules.today(now))) {
            errors.put("newDate", "past");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFollowUp(errors);
        }
        plan.postpone(date, user, rules, now);
        plans.save(plan);
        log.info("Follow-up plan {} postponed to {} ({})", id, plan.dueDate(), user);
        audit(user, "follow-up.postponed", plan, now);
        return view(plan, rules.today(now));
    }

    /** No more follow-ups or reminders for this plan. */
    @Transactional
    public FollowUpView end(long id, UserId user) {
        FollowUpPlan plan = active(id, user);
        Instant now = clock.instant();
        plan.end(user, now);
        plans.save(plan);
        log.info("Follow-up plan {} ended ({})", id, user);
        events.publishEvent(new FollowUpEnded(plan.id(), plan.kommun(), PlanStatus.ENDED, now));
        audit(user, "follow-up.ended", plan, now);
        return view(plan, rules.today(now));
    }

    /**
     * A reminder of the plan did not reach someone: the plan is flagged and its kommun's
     * coordinators told, the first time only. Called in the transaction that records the
     * delivery problem.
     */
    @Transactional
    public void undeliverable(long id, String reason) {
        plans.findById(id).ifPresent((plan) -> {
            Instant now = clock.instant();
            if (plan.flag(reason, now)) {
                plans.save(plan);
                log.info("Follow-up plan {} flagged: {}", id, reason);
                events.publishEvent(new FollowUpFlagged(view(plan, rules.today(now)), coordinatorsOf(plan), reason));
            }
        });
    }

    /**
     * Sends every reminder that is due now; runs on the scheduler, and tests call it.
     * @return the number of reminders sent
     */
    public int sendDueReminders() {
        return sweeper.sweep();
    }

    private void audit(UserId user, String action, FollowUpPlan plan, Instant now) {
        events.publishEvent(UserActed.of(user, action, "follow-up", plan.id(), now));
    }

    private List<UserId> coordinatorsOf(FollowUpPlan plan) {
        return organisation.kommun(plan.kommun().name()).map(organisation::coordinatorsOf).orElse(List.of());
    }

    private FollowUpPlan visible(long id, UserId user) {
        return plans.findById(id).filter((plan) -> mayAct(plan, user)).orElseThrow(() -> new FollowUpNotFound(id));
    }

    private FollowUpPlan active(long id, UserId user) {
        FollowUpPlan plan = visible(id, user);
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new InvalidFollowUp(Map.of("plan", "notActive"));
        }
        return plan;
    }

    private boolean mayAct(FollowUpPlan plan, UserId user) {
        return plan.isOwnedBy(user) || organisation.coordinatedBy(user).contains(plan.kommun());
    }

    static FollowUpView view(FollowUpPlan plan, LocalDate today) {
        boolean overdue = plan.status() == PlanStatus.ACTIVE && plan.dueDate() != null
                && plan.dueDate().isBefore(today);
        return new FollowUpView(plan.id(), plan.owner(), plan.ownerName(), plan.tenantId(), plan.kommun(), plan.type(),
                plan.reference(), plan.note(), plan.remind(),
                plan.status() == PlanStatus.ACTIVE ? plan.dueDate() : null, plan.nextReminderAt(), plan.status(),
                overdue, plan.flagged(), plan.history());
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

    private static LocalDate parseDate(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

}
