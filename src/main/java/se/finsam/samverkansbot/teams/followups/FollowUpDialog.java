package se.finsam.samverkansbot.teams.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.InvalidFollowUp;
import se.finsam.samverkansbot.followups.Registration;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.TenantOf;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The follow-up conversation in personal chat: {@code ny uppföljning} (the form and its
 * submit) and {@code uppföljningar} (the list). The chat commands are in
 * {@link FollowUpCommands}, the buttons on plans and reminders in
 * {@link FollowUpPlanActions}, and the beans for every button in {@link FollowUpButtons}.
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
        return Replies.card(turn, cards.list(locale, followUps.plansFor(user.get()), today(), user.get()));
    }

    CompletableFuture<Void> create(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FollowUpCards.FIELDS) {
            data.textValue(field).filter((value) -> !value.isBlank()).ifPresent((value) -> values.put(field, value));
        }
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        List<PrivacyFeedback.Field> free = new ArrayList<>();
        free.add(new PrivacyFeedback.Field("reference", texts.get(locale, "followups.form.reference"),
                values.get("reference")));
        free.add(new PrivacyFeedback.Field("note", texts.get(locale, "followups.form.note"), values.get("note")));
        Optional<PrivacyFeedback.Feedback> findings = privacy.check(locale, free, confirmed);
        if (findings.isPresent()) {
            return Replies.card(turn,
                    cards.form(locale, findings.get().withoutRefused(values), Map.of(), findings.get().elements()));
        }
        String interval = values.get("interval");
        Registration registration = new Registration(user.get(), TenantOf.activity(turn.getActivity()),
                values.get("type"), values.get("reference"), values.get("baseDate"),
                FollowUpCards.DEFAULT_INTERVAL.equals(interval) ? null : interval, values.get("remind"),
                values.get("kommun"), values.get("note"), confirmed,
                turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getName());
        try {
            FollowUpView plan = followUps.register(registration);
            return Replies.card(turn, cards.registered(locale, plan));
        }
        catch (InvalidFollowUp invalid) {
            return Replies.card(turn, cards.form(locale, values, invalid.errors(), List.of()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(core.zone()));
    }

}
