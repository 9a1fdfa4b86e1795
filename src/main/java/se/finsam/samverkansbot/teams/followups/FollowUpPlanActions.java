package se.finsam.samverkansbot.teams.followups;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.FollowUpNotFound;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.InvalidFollowUp;
import se.finsam.samverkansbot.followups.PlanStatus;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The buttons on follow-up plans and reminders: held, postpone, end and history. Every
 * button re-checks that the user may act on the plan; the domain does.
 */
@Component
class FollowUpPlanActions {

    private final FollowUpManagement followUps;

    private final FollowUpCards cards;

    private final Texts texts;

    FollowUpPlanActions(FollowUpManagement followUps, FollowUpCards cards, Texts texts) {
        this.followUps = followUps;
        this.cards = cards;
        this.texts = texts;
    }

    CompletableFuture<Void> held(TurnContext turn, CardData data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            String heldOn = dateFrom(data, FollowUpCards.HELD, id);
            FollowUpView plan = followUps.held(id, user, heldOn);
            if (plan.status() == PlanStatus.COMPLETED) {
                return new Done(
                        texts.get(locale, "followups.held.completed", Markdown.escape(plan.reference()), heldOn), plan);
            }
            return new Done(texts.get(locale, "followups.held.done", Markdown.escape(plan.reference()), heldOn,
                    plan.dueDate().toString()), plan);
        });
    }

    CompletableFuture<Void> postpone(TurnContext turn, CardData data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            FollowUpView plan = followUps.postpone(id, user, dateFrom(data, FollowUpCards.POSTPONE, id));
            return new Done(texts.get(locale, "followups.postponed.done", Markdown.escape(plan.reference()),
                    plan.dueDate().toString()), plan);
        });
    }

    CompletableFuture<Void> end(TurnContext turn, CardData data, Locale locale) {
        return onPlan(turn, data, locale, (user, id) -> {
            FollowUpView plan = followUps.end(id, user);
            return new Done(texts.get(locale, "followups.ended.done", Markdown.escape(plan.reference())), plan);
        });
    }

    CompletableFuture<Void> history(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        Optional<Long> id = data.id(FollowUpCards.PLAN_ID);
        if (user.isEmpty() || id.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        try {
            return Replies.card(turn, cards.history(locale, followUps.plan(id.get(), user.get()), user.get()));
        }
        catch (FollowUpNotFound notFound) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
    }

    private CompletableFuture<Void> onPlan(TurnContext turn, CardData data, Locale locale,
            BiFunction<UserId, Long, Done> action) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        Optional<Long> id = data.id(FollowUpCards.PLAN_ID);
        if (user.isEmpty() || id.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        try {
            Done done = action.apply(user.get(), id.get());
            UserId viewer = user.get();
            // The answer replaces the pressed reminder: what was done and the plan as it
            // is now, without the buttons that no longer apply.
            return Replies.card(turn, cards.done(locale, done.message(), done.plan(), viewer));
        }
        catch (FollowUpNotFound notFound) {
            return Replies.text(turn, texts.get(locale, "followups.notFound"));
        }
        catch (InvalidFollowUp invalid) {
            String code = invalid.errors().values().iterator().next();
            return Replies.text(turn, texts.get(locale, "followups.error." + code));
        }
    }

    private record Done(String message, FollowUpView plan) {
    }

    /**
     * The date input of a plan's button: its id carries the plan id, the card has
     * several.
     */
    private static String dateFrom(CardData data, String verb, long id) {
        return data.textValue(verb + "." + id).orElse(null);
    }

}
