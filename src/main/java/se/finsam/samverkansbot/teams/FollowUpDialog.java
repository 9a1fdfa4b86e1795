package se.finsam.samverkansbot.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.FollowUpNotFound;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.InvalidFollowUp;
import se.finsam.samverkansbot.followups.PlanStatus;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.teams.cards.CardElement;

/**
 * The follow-up conversation in personal chat: {@code ny uppföljning} (the form and its
 * submit), {@code uppföljningar} (the list), and the buttons on plans and reminders
 * (held, postpone, end, history). Every button re-checks that the user may act on the
 * plan; the domain does.
 */
@Component
class FollowUpDialog {

    private final FollowUpManagement followUps;

    private final FollowUpCards cards;

    private final PrivacyFeedback privacy;

    private final Texts texts;

    private final Clock clock;

    private final CoreProperties core;

    FollowUpDialog(FollowUpManagement followUps, FollowUpCards cards, PrivacyFeedback privacy, Texts texts, Clock clock,
            CoreProperties core) {
        this.followUps = followUps;
        this.cards = cards;
        this.privacy = privacy;
        this.texts = texts;
        this.clock = clock;
        this.core = core;
    }

    CompletableFuture<Void> newForm(TurnContext turn, Locale locale) {
        return Replies.card(turn, cards.form(locale, Map.of(), Map.of(), List.of()));
    }

    CompletableFuture<Void> list(TurnContext turn, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        return Replies.card(turn, cards.list(locale, followUps.plansFor(user.get()), today()));
    }

    CompletableFuture<Void> create(TurnContext turn, JsonNode data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FollowUpCards.FIELDS) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                values.put(field, value.asText());
            }
        }
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        List<PrivacyFeedback.Field> free = new ArrayList<>();
        free.add(new PrivacyFeedback.Field(texts.get(locale, "followups.form.reference"), values.get("reference")));
        free.add(new PrivacyFeedback.Field(texts.get(locale, "followups.form.note"), values.get("note")));
        Optional<List<CardElement>> findings = privacy.check(locale, free, confirmed);
        if (findings.isPresent()) {
            return Replies.card(turn, cards.form(locale, values, Map.of(), findings.get()));
        }
        String interval = values.get("interval");
        Registration registration = new Registration(user.get(), TenantOf.activity(turn.getActivity()),
                values.get("type"), values.get("reference"), values.get("baseDate"),
                FollowUpCards.DEFAULT_INTERVAL.equals(interval) ? null : interval, values.get("remind"),
                values.get("kommun"), values.get("note"), confirmed);
        try {
            FollowUpView plan = followUps.register(registration);
            return Replies.card(turn, cards.registered(locale, plan));
        }
        catch (InvalidFollowUp invalid) {
            return Replies.card(turn, cards.form(locale, values, invalid.errors(), List.of()));
        }
    }

    CompletableFuture<Void> held(TurnContext turn, JsonNode data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            String heldOn = dateFrom(data, FollowUpCards.HELD, id);
            FollowUpView plan = followUps.held(id, user, heldOn);
            if (plan.status() == PlanStatus.COMPLETED) {
                return texts.get(locale, "followups.held.completed", plan.reference(), heldOn);
            }
            return texts.get(locale, "followups.held.done", plan.reference(), heldOn, plan.dueDate().toString());
        });
    }

    CompletableFuture<Void> postpone(TurnContext turn, JsonNode data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            FollowUpView plan = followUps.postpone(id, user, dateFrom(data, FollowUpCards.POSTPONE, id));
            return texts.get(locale, "followups.postponed.done", plan.reference(), plan.dueDate().toString());
        });
    }

    CompletableFuture<Void> end(TurnContext turn, JsonNode data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            FollowUpView plan = followUps.end(id, user);
            return texts.get(locale, "followups.ended.done", plan.reference());
        });
    }

    CompletableFuture<Void> history(TurnContext turn, JsonNode data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        Optional<Long> id = planId(data);
        if (user.isEmpty() || id.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        try {
            return Replies.card(turn, cards.history(locale, followUps.plan(id.get(), user.get())));
        }
        catch (FollowUpNotFound notFound) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
    }

    private CompletableFuture<Void> onPlan(TurnContext turn, JsonNode data, Locale locale,
            BiFunction<UserId, Long, String> action) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        Optional<Long> id = planId(data);
        if (user.isEmpty() || id.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        try {
            return Replies.text(turn, action.apply(user.get(), id.get()));
        }
        catch (FollowUpNotFound notFound) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        catch (InvalidFollowUp invalid) {
            String code = invalid.errors().values().iterator().next();
            return Replies.text(turn, texts.get(locale, "followups.error." + code));
        }
    }

    /**
     * The date input of a plan's button: its id carries the plan id, the card has
     * several.
     */
    private static String dateFrom(JsonNode data, String verb, long id) {
        JsonNode value = data.get(verb + "." + id);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Optional<Long> planId(JsonNode data) {
        JsonNode id = data == null ? null : data.get(FollowUpCards.PLAN_ID);
        if (id == null) {
            return Optional.empty();
        }
        if (id.canConvertToLong()) {
            return Optional.of(id.asLong());
        }
        try {
            return Optional.of(Long.parseLong(id.asText()));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(core.zone()));
    }

    /** {@code ny uppföljning}. */
    @Component
    @Order(30)
    static class NewFollowUpCommand implements ChatCommand {

        private final FollowUpDialog dialog;

        NewFollowUpCommand(FollowUpDialog dialog) {
            this.dialog = dialog;
        }

        @Override
        public List<String> names() {
            return List.of("ny uppföljning", "new follow-up");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.followups.new";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.newForm(turn, input.locale());
        }

    }

    /** {@code uppföljningar}. */
    @Component
    @Order(31)
    static class FollowUpsCommand implements ChatCommand {

        private final FollowUpDialog dialog;

        FollowUpsCommand(FollowUpDialog dialog) {
            this.dialog = dialog;
        }

        @Override
        public List<String> names() {
            return List.of("uppföljningar", "follow-ups");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.followups.list";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.list(turn, input.locale());
        }

    }

    /** A card button by its verb. */
    record Button(String verb, Handler handler) implements CardActionHandler {

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            return handler.handle(turn, data, locale);
        }

        interface Handler {

            CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale);

        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        CardActionHandler followUpCreateButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.CREATE, dialog::create);
        }

        @Bean
        CardActionHandler followUpNewButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.NEW, (turn, data, locale) -> dialog.newForm(turn, locale));
        }

        @Bean
        CardActionHandler followUpListButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.LIST, (turn, data, locale) -> dialog.list(turn, locale));
        }

        @Bean
        CardActionHandler followUpHeldButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.HELD, dialog::held);
        }

        @Bean
        CardActionHandler followUpPostponeButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.POSTPONE, dialog::postpone);
        }

        @Bean
        CardActionHandler followUpEndButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.END, dialog::end);
        }

        @Bean
        CardActionHandler followUpHistoryButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.HISTORY, dialog::history);
        }

    }

}
