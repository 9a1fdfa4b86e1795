package se.finsam.samverkansbot.teams.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpHistoryEntry;
import se.finsam.samverkansbot.followups.FollowUpProperties;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.PlanType;
import se.finsam.samverkansbot.followups.ReminderTarget;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.DateInput;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.PeopleNames;

/**
 * The follow-up cards: the "ny uppföljning" form, the list, a plan's history, and the
 * reminders, escalations and delivery notices the bot sends on its own.
 */
@Component
class FollowUpCards {

    static final String CREATE = "followUpCreate";

    static final String NEW = "followUpNew";

    static final String HELD = "followUpHeld";

    static final String POSTPONE = "followUpPostpone";

    static final String END = "followUpEnd";

    static final String LIST = "followUpList";

    static final String HISTORY = "followUpHistory";

    static final String PLAN_ID = "planId";

    /** Form fields, as the domain names them. */
    static final List<String> FIELDS = List.of("type", "reference", "baseDate", "interval", "remind", "kommun", "note");

    static final String DEFAULT_INTERVAL = "DEFAULT";

    private static final List<String> INTERVALS = List.of("P1M", "P2M", "P3M", "P6M", "P12M", "P30D", "P60D", "P90D");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;

    private final Organisation organisation;

    private final FollowUpProperties properties;

    private final ZoneId zone;

    private final PeopleNames names;

    FollowUpCards(Texts texts, Organisation organisation, FollowUpProperties properties, CoreProperties core,
            PeopleNames names) {
        this.names = names;
        this.texts = texts;
        this.organisation = organisation;
        this.properties = properties;
        this.zone = core.zone();
    }

    /**
     * The form, with what the user typed kept, an error under each wrong field and the
     * privacy guard's findings on top.
     */
    AdaptiveCard form(Locale locale, Map<String, String> values, Map<String, String> errors,
            List<CardElement> privacyFindings) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "followups.form.title")));
        body.add(TextBlock.paragraph(texts.get(locale, "followups.form.intro", properties.reminderWorkingDaysBefore(),
                properties.reminderTime().format(TIME))));
        if (!errors.isEmpty()) {
            List<CardElement> lines = new ArrayList<>();
            lines.add(TextBlock.paragraph(texts.get(locale, "followups.form.errors")));
            errors.forEach((field, code) -> lines.add(TextBlock
                .paragraph("– " + label(locale, field) + ": " + texts.get(locale, "followups.error." + code))));
            body.add(new Container(lines, "attention"));
        }
        body.addAll(privacyFindings);
        body.add(
                withError(ChoiceSetInput
                    .radio("type", label(locale, "type"),
                            List.of(PlanType.values())
                                .stream()
                                .map((type) -> new ChoiceSetInput.Choice(
                                        texts.get(locale, "followups.type." + type.name()), type.name()))
                                .toList())
                    .withValue(values.getOrDefault("type", PlanType.SIP.name()))
                    .asRequired(texts.get(locale, "followups.error.required")), locale, errors.get("type")));
        TextInput reference = TextInput.line("reference", label(locale, "reference"))
            .withMaxLength(40)
            .withValue(values.get("reference"))
            .asRequired(texts.get(locale, "followups.error.required"));
        body.add(errors.containsKey("reference")
                ? reference.withError(texts.get(locale, "followups.error." + errors.get("reference"))) : reference);
        DateInput baseDate = DateInput.of("baseDate", label(locale, "baseDate"))
            .withValue(values.get("baseDate"))
            .asRequired(texts.get(locale, "followups.error.required"));
        body.add(errors.containsKey("baseDate")
                ? baseDate.withError(texts.get(locale, "followups.error." + errors.get("baseDate"))) : baseDate);
        List<ChoiceSetInput.Choice> intervals = new ArrayList<>();
        intervals
            .add(new ChoiceSetInput.Choice(texts.get(locale, "followups.form.interval.default"), DEFAULT_INTERVAL));
        INTERVALS.forEach((interval) -> intervals
            .add(new ChoiceSetInput.Choice(texts.get(locale, "followups.form.interval." + interval), interval)));
        body.add(withError(ChoiceSetInput.dropDown("interval", label(locale, "interval"), intervals)
            .withValue(values.getOrDefault("interval", DEFAULT_INTERVAL)), locale, errors.get("interval")));
        body.add(withError(ChoiceSetInput
            .radio("remind", label(locale, "remind"),
                    List.of(ReminderTarget.values())
                        .stream()
                        .map((target) -> new ChoiceSetInput.Choice(
                                texts.get(locale, "followups.remind." + target.name()), target.name()))
                        .toList())
            .withValue(values.getOrDefault("remind", ReminderTarget.ME.name()))
            .asRequired(texts.get(locale, "followups.error.required")), locale, errors.get("remind")));
        ChoiceSetInput kommun = ChoiceSetInput
            .dropDown("kommun", label(locale, "kommun"),
                    organisation.kommuner().stream().map((k) -> new ChoiceSetInput.Choice(k.name(), k.name())).toList())
            .asRequired(texts.get(locale, "followups.error.required"));
        body.add(withError(values.containsKey("kommun") ? kommun.withValue(values.get("kommun")) : kommun, locale,
                errors.get("kommun")));
        TextInput note = TextInput.area("note", label(locale, "note")).withMaxLength(500).withValue(values.get("note"));
        body.add(errors.containsKey("note") ? note.asRequired(texts.get(locale, "followups.error.required"))
            .withError(texts.get(locale, "followups.error." + errors.get("note"))) : note);
        return new AdaptiveCard(body,
                List.of(CardAction.execute(texts.get(locale, "followups.form.submit"), CREATE).styled("positive")));
    }

    private ChoiceSetInput withError(ChoiceSetInput input, Locale locale, String code) {
        return code == null ? input : input.asRequired(texts.get(locale, "followups.error.required"))
            .withError(texts.get(locale, "followups.error." + code));
    }

    private String label(Locale locale, String field) {
        return texts.get(locale, "followups.form." + field);
    }

    AdaptiveCard registered(Locale locale, FollowUpView plan) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(texts.get(locale, "followups.registered.title")),
                        TextBlock.paragraph(plan.overdue()
                                ? texts.get(locale, "followups.registered.overdue", Markdown.escape(plan.reference()),
                                        date(plan.dueDate()))
                                : texts.get(locale, "followups.registered.text", Markdown.escape(plan.reference()),
                                        date(plan.dueDate()), when(plan.nextReminderAt()))),
                        facts(locale, plan, plan.owner())),
                List.of(CardAction.execute(texts.get(locale, "followups.action.list"), LIST)));
    }

    /**
     * What a button on a plan did, with the plan as it is now (its new due date, no
     * longer late): replaces the reminder it was pressed on.
     */
    AdaptiveCard done(Locale locale, String message, FollowUpView plan, UserId viewer) {
        return new AdaptiveCard(List.of(TextBlock.paragraph(message), facts(locale, plan, viewer)),
                List.of(CardAction.execute(texts.get(locale, "followups.action.history"), HISTORY,
                        Map.of(PLAN_ID, plan.id())),
                        CardAction.execute(texts.get(locale, "followups.action.list"), LIST)));
    }

    /**
     * The plans the viewer sees (their own, and a coordinator's kommuner's), overdue
     * first, each with its buttons; another person's plan names its owner.
     */
    AdaptiveCard list(Locale locale, List<FollowUpView> plans, LocalDate today, UserId viewer) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "followups.list.title")));
        if (plans.isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "followups.list.empty")));
        }
        plans.stream()
            .limit(properties.maxListed())
            .forEach((plan) -> body.add(planContainer(locale, plan, today, viewer)));
        if (plans.size() > properties.maxListed()) {
            body.add(TextBlock.subtle(texts.get(locale, "followups.list.more", plans.size() - properties.maxListed())));
        }
        return new AdaptiveCard(body, List.of(CardAction.execute(texts.get(locale, "followups.action.new"), NEW)));
    }

    private Container planContainer(Locale locale, FollowUpView plan, LocalDate today, UserId viewer) {
        List<CardElement> items = new ArrayList<>();
        String title = "**" + Markdown.escape(plan.reference()) + "** · "
                + texts.get(locale, "followups.type." + plan.type().name());
        items.add(new TextBlock(title, "Medium", null, null, true));
        items.add(facts(locale, plan, viewer));
        if (plan.flagged()) {
            items.add(TextBlock.paragraph("⚠ " + texts.get(locale, "followups.flagged")));
        }
        items.add(new ActionSet(planActions(locale, plan, today)));
        return new Container(items, plan.overdue() ? "attention" : "emphasis");
    }

    /**
     * Who owns the plan: the name Teams last gave in their personal chat with the bot,
     * else the name Teams gave when they registered it.
     */
    private String ownerName(Locale locale, FollowUpView plan) {
        return names.nameOf(plan.owner())
            .or(() -> Optional.ofNullable(plan.ownerName()))
            .map(Markdown::escape)
            .orElseGet(() -> texts.get(locale, "followups.owner.unknown"));
    }

    /**
     * The plan's facts as the viewer reads them: their own plan says who is reminded from
     * their side ("Jag"); another person's plan names its owner.
     */
    private FactSet facts(Locale locale, FollowUpView plan, UserId viewer) {
        boolean own = plan.owner().equals(viewer);
        List<FactSet.Fact> facts = new ArrayList<>();
        if (!own) {
            facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.owner"), ownerName(locale, plan)));
        }
        facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.type"),
                texts.get(locale, "followups.type." + plan.type().name())));
        if (plan.dueDate() != null) {
            facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.due"), date(plan.dueDate())
                    + (plan.overdue() ? " (" + texts.get(locale, "followups.overdue") + ")" : "")));
        }
        facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.kommun"), plan.kommun().name()));
        facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.remind"),
                texts.get(locale, (own ? "followups.remind." : "followups.remindOther.") + plan.remind().name())));
        if (plan.nextReminderAt() != null) {
            facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.nextReminder"), when(plan.nextReminderAt())));
        }
        if (plan.note() != null) {
            facts.add(new FactSet.Fact(texts.get(locale, "followups.fact.note"), Markdown.escape(plan.note())));
        }
        return new FactSet(facts);
    }

    /** Held (with a date), postpone (with a date), end, history. */
    List<CardAction> planActions(Locale locale, FollowUpView plan, LocalDate today) {
        Map<String, Object> id = Map.of(PLAN_ID, plan.id());
        AdaptiveCard held = new AdaptiveCard(
                List.of(DateInput.of(HELD + "." + plan.id(), texts.get(locale, "followups.action.held.date"))
                    .withValue(today)
                    .between(null, today)
                    .asRequired(texts.get(locale, "followups.error.required"))),
                List.of(CardAction.execute(texts.get(locale, "followups.action.held.submit"), HELD, id)));
        AdaptiveCard postpone = new AdaptiveCard(
                List.of(DateInput.of(POSTPONE + "." + plan.id(), texts.get(locale, "followups.action.postpone.date"))
                    .withValue(plan.dueDate() == null ? today : plan.dueDate().plusWeeks(1))
                    .between(today, null)
                    .asRequired(texts.get(locale, "followups.error.required"))),
                List.of(CardAction.execute(texts.get(locale, "followups.action.postpone.submit"), POSTPONE, id)));
        return List.of(CardAction.showCard(texts.get(locale, "followups.action.held"), held),
                CardAction.showCard(texts.get(locale, "followups.action.postpone"), postpone),
                CardAction.showCard(texts.get(locale, "followups.action.end"), endConfirmation(locale, plan, id)),
                CardAction.execute(texts.get(locale, "followups.action.history"), HISTORY, id));
    }

    /** "Är du säker?" before a plan ends: no more reminders, and it cannot be undone. */
    private AdaptiveCard endConfirmation(Locale locale, FollowUpView plan, Map<String, Object> id) {
        return new AdaptiveCard(
                List.of(TextBlock
                    .paragraph(texts.get(locale, "followups.action.end.sure", Markdown.escape(plan.reference())))),
                List.of(CardAction.execute(texts.get(locale, "followups.action.end.confirm"), END, id)
                    .styled("destructive")));
    }

    AdaptiveCard history(Locale locale, FollowUpView plan, UserId viewer) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "followups.history.title", Markdown.escape(plan.reference()))));
        body.add(facts(locale, plan, viewer));
        List<FactSet.Fact> lines = new ArrayList<>();
        for (FollowUpHistoryEntry entry : plan.history()) {
            lines.add(new FactSet.Fact(when(entry.at()), texts.get(locale, "followups.history." + entry.kind().name(),
                    date(entry.onDate()), date(entry.previousDate()))));
        }
        body.add(new FactSet(lines));
        return new AdaptiveCard(body, List.of(CardAction.execute(texts.get(locale, "followups.action.list"), LIST)));
    }

    /** The reminder before or on the due date, to one of its recipients. */
    AdaptiveCard reminder(Locale locale, FollowUpView plan, boolean onDay, int workingDaysLeft, LocalDate today,
            UserId viewer) {
        String type = texts.get(locale, "followups.type." + plan.type().name());
        String text;
        if (!onDay) {
            text = texts.get(locale, "followups.reminder.before", Markdown.escape(plan.reference()), type,
                    date(plan.dueDate()), workingDaysLeft);
        }
        else if (plan.overdue()) {
            text = texts.get(locale, "followups.reminder.late", Markdown.escape(plan.reference()), type,
                    date(plan.dueDate()));
        }
        else {
            text = texts.get(locale, "followups.reminder.onDay", Markdown.escape(plan.reference()), type,
                    date(plan.dueDate()));
        }
        return actionable(locale, texts.get(locale, "followups.reminder.title"), text, plan, today, viewer);
    }

    /** To a coordinator: a plan is overdue and nobody acted. */
    AdaptiveCard overdue(Locale locale, FollowUpView plan, LocalDate today, UserId viewer) {
        return actionable(locale, texts.get(locale, "followups.overdue.title"),
                texts.get(locale, "followups.overdue.text", Markdown.escape(plan.reference()),
                        texts.get(locale, "followups.type." + plan.type().name()), plan.kommun().name(),
                        date(plan.dueDate())),
                plan, today, viewer);
    }

    /** To the coordinator: the plan's reminders do not arrive. */
    AdaptiveCard unreachable(Locale locale, FollowUpView plan) {
        return new AdaptiveCard(List.of(TextBlock.heading(texts.get(locale, "followups.unreachable.title")),
                TextBlock.paragraph(texts.get(locale, "followups.unreachable.text", Markdown.escape(plan.reference()),
                        texts.get(locale, "followups.type." + plan.type().name()), plan.kommun().name()))),
                List.of(CardAction.execute(texts.get(locale, "followups.action.list"), LIST)));
    }

    private AdaptiveCard actionable(Locale locale, String title, String text, FollowUpView plan, LocalDate today,
            UserId viewer) {
        List<CardAction> actions = new ArrayList<>(planActions(locale, plan, today));
        actions.add(CardAction.execute(texts.get(locale, "followups.action.list"), LIST));
        return new AdaptiveCard(
                List.of(TextBlock.heading(title), TextBlock.paragraph(text), facts(locale, plan, viewer)), actions);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private String when(Instant instant) {
        return instant == null ? ""
                : instant.atZone(zone).toLocalDate() + " " + instant.atZone(zone).toLocalTime().format(TIME);
    }

}
