package se.finsam.samverkansbot.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;

/**
 * A follow-up plan: SIP meetings at an interval, or checkpoints after an ended insats,
 * each with its reminders and its history. The reference is pseudonymous, chosen by the
 * user and checked by the privacy guard.
 * <p>
 * A schedule with one period recurs: the next due date is that period after the day the
 * last follow-up was held. A schedule with several periods is a list of checkpoints
 * counted from the base date (the day the insats ended); after the last one the plan is
 * complete.
 */
class FollowUpPlan {

    @Id
    private Long id;

    @Version
    private Integer rowVersion;

    private String ownerId;

    private String ownerName;

    private String tenantId;

    private String kommun;

    private PlanType planType;

    private String reference;

    private String note;

    private ReminderTarget remind;

    private LocalDate baseDate;

    private String schedule;

    private int checkpoint;

    private LocalDate dueDate;

    private ReminderStage nextStage;

    private Instant nextReminderAt;

    private PlanStatus status;

    private boolean flagged;

    private Instant createdAt;

    private Instant endedAt;

    private Instant detailsDeletedAt;

    private List<FollowUpHistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    FollowUpPlan() {
    }

    static FollowUpPlan register(UserId owner, String ownerName, String tenantId, Kommun kommun, PlanType type,
            String reference, String note, ReminderTarget remind, LocalDate baseDate, String schedule,
            DueDateRules rules, Instant now) {
        FollowUpPlan plan = new FollowUpPlan();
        plan.ownerId = owner.value();
        plan.ownerName = ownerName == null ? null : ownerName.substring(0, Math.min(ownerName.length(), 200));
        plan.tenantId = tenantId;
        plan.kommun = kommun.name();
        plan.planType = type;
        plan.reference = reference;
        plan.note = note;
        plan.remind = remind;
        plan.baseDate = baseDate;
        plan.schedule = schedule;
        plan.checkpoint = 0;
        plan.status = PlanStatus.ACTIVE;
        plan.createdAt = now;
        plan.history.add(new FollowUpHistoryEntry(now, HistoryKind.REGISTERED, owner.value(), baseDate, null, null));
        plan.dueOn(baseDate.plus(plan.periods().get(0)), rules, now);
        return plan;
    }

    private List<Period> periods() {
        return DueDateRules.periods(schedule);
    }

    private boolean recurring() {
        return periods().size() == 1;
    }

    /**
     * A new due date: its reminders start again from the first. A reminder whose time has
     * already passed (a due date near or in the past) goes out now, never at a past time.
     */
    private void dueOn(LocalDate planned, DueDateRules rules, Instant now) {
        this.dueDate = rules.dueOn(planned);
        this.nextStage = ReminderStage.BEFORE;
        Instant first = rules.timeOf(ReminderStage.BEFORE, dueDate);
        this.nextReminderAt = first.isBefore(now) ? now : first;
    }

    /**
     * The reminder that is due now, if any, recorded in the history; the next one is
     * planned. Of several due at once (the bot was not running) only the latest is sent,
     * but the escalation never comes before the reminder on the due date.
     */
    Optional<ReminderStage> remind(Instant now, DueDateRules rules) {
        if (status != PlanStatus.ACTIVE || nextStage == null || nextReminderAt == null || nextReminderAt.isAfter(now)) {
            return Optional.empty();
        }
        ReminderStage send = nextStage;
        if (send == ReminderStage.BEFORE && !rules.timeOf(ReminderStage.ON_DAY, dueDate).isAfter(now)) {
            send = ReminderStage.ON_DAY;
        }
        history.add(new FollowUpHistoryEntry(now,
                send == ReminderStage.ESCALATION ? HistoryKind.ESCALATED : HistoryKind.REMINDER_SENT, null, dueDate,
                null, send.name()));
        if (send == ReminderStage.ESCALATION) {
            nextStage = null;
            nextReminderAt = null;
        }
        else {
            nextStage = ReminderStage.values()[send.ordinal() + 1];
            nextReminderAt = rules.timeOf(nextStage, dueDate);
        }
        return Optional.of(send);
    }

    /** The follow-up was held on that day: the next one is planned from it. */
    void held(LocalDate on, UserId actor, DueDateRules rules, Instant now) {
        LocalDate previous = dueDate;
        history.add(new FollowUpHistoryEntry(now, HistoryKind.HELD, actor.value(), on, previous, null));
        if (recurring()) {
            dueOn(on.plus(periods().get(0)), rules, now);
            return;
        }
        checkpoint++;
        if (checkpoint >= periods().size()) {
            finish(PlanStatus.COMPLETED, HistoryKind.COMPLETED, null, now);
            return;
        }
        dueOn(baseDate.plus(periods().get(checkpoint)), rules, now);
    }

    /** The follow-up is moved to another day. */
    void postpone(LocalDate to, UserId actor, DueDateRules rules, Instant now) {
        LocalDate previous = dueDate;
        dueOn(to, rules, now);
        history.add(new FollowUpHistoryEntry(now, HistoryKind.POSTPONED, actor.value(), dueDate, previous, null));
    }

    void end(UserId actor, Instant now) {
        finish(PlanStatus.ENDED, HistoryKind.ENDED, actor, now);
    }

    private void finish(PlanStatus status, HistoryKind kind, UserId actor, Instant now) {
        this.status = status;
        this.nextStage = null;
        this.nextReminderAt = null;
        this.endedAt = now;
        history.add(new FollowUpHistoryEntry(now, kind, actor == null ? null : actor.value(), null, null, null));
    }

    /**
     * Reminders of this plan do not reach someone; true the first time, so that the
     * coordinator is told once.
     */
    boolean flag(String reason, Instant now) {
        if (flagged) {
            return false;
        }
        flagged = true;
        history.add(new FollowUpHistoryEntry(now, HistoryKind.FLAGGED, null, null, null, reason));
        return true;
    }

    boolean isOwnedBy(UserId user) {
        return ownerId.equals(user.value());
    }

    Long id() {
        return id;
    }

    UserId owner() {
        return UserId.of(ownerId);
    }

    String ownerName() {
        return ownerName;
    }

    String tenantId() {
        return tenantId;
    }

    Kommun kommun() {
        return new Kommun(kommun);
    }

    PlanType type() {
        return planType;
    }

    String reference() {
        return reference;
    }

    String note() {
        return note;
    }

    ReminderTarget remind() {
        return remind;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDate baseDate() {
        return baseDate;
    }

    String schedule() {
        return schedule;
    }

    ReminderStage nextStage() {
        return nextStage;
    }

    Instant nextReminderAt() {
        return nextReminderAt;
    }

    PlanStatus status() {
        return status;
    }

    boolean flagged() {
        return flagged;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    List<FollowUpHistoryEntry> history() {
        return List.copyOf(history);
    }

    @Override
    public String toString() {
        return "FollowUpPlan[" + id + ", " + planType + ", due " + dueDate + ", " + status + "]";
    }

}
