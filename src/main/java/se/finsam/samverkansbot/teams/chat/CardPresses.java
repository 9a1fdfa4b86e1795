package se.finsam.samverkansbot.teams.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ResourceResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * Runs a pressed card button, from an {@code Action.Execute} invoke or an old card's
 * {@code Action.Submit} message, through the same handler. What a button that changes
 * something ({@link CardActions#once}) sends is recorded: for an invoke it is not posted
 * but becomes the invoke's answer (the card that replaces the pressed one, or a text for
 * the one who pressed); for a submit it is posted as before. A card's refresh
 * ({@link CardActions#view}) is answered the same way, with the reader's own view. A
 * button that shows something posts what it shows below, for an invoke too. A button
 * registered {@link CardActions#once} with an idempotency key is acted on once per user
 * and key.
 */
final class CardPresses {

    private static final Logger log = LoggerFactory.getLogger(CardPresses.class);

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Map<String, CardActions.Registered> actions;

    private final CardActionKeys keys;

    private final Texts texts;

    CardPresses(Map<String, CardActions.Registered> actions, CardActionKeys keys, Texts texts) {
        this.actions = actions;
        this.keys = keys;
        this.texts = texts;
    }

    /**
     * Runs the button; completes with its answer. For a submit the answer has been posted
     * already.
     */
    CompletableFuture<CardAnswer> press(TurnContext turn, String verb, CardData data, Locale locale, boolean invoke) {
        CardActions.Registered action = verb == null ? null : actions.get(verb);
        if (action == null) {
            log.warn("Card action with unknown verb in activity {}", turn.getActivity().getId());
            return answer(turn, CardAnswer.text(texts.get(locale, "action.unknown")), invoke);
        }
        // A button that changes something answers in place of its card; one that shows
        // something (a form, a list, the rules) posts it below, as before.
        boolean holdBack = invoke && action.answersInPlace();
        Recorder recorder = new Recorder(holdBack, turn.getActivity().getReplyToId());
        turn.onSendActivities((context, activities, next) -> recorder.sent(activities, next));
        Optional<String> key = data.textValue(CardAction.KEY).filter((value) -> KEY.matcher(value).matches());
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (!action.once() || key.isEmpty() || user.isEmpty()) {
            return action.handler()
                .handle(turn, data, locale)
                .thenCompose((done) -> recorder.finish(turn))
                .thenApply((answer) -> invoke && !holdBack ? CardAnswer.none() : answer);
        }
        CardActionKeys.Once<CardAnswer> once = keys.run(key.get(), user.get().value(), verb, () -> {
            action.handler().handle(turn, data, locale).join();
            return recorder.answer();
        });
        if (once.first()) {
            return recorder.finish(turn);
        }
        recorder.passThrough();
        return answer(turn, once.answer().orElseGet(() -> CardAnswer.text(texts.get(locale, "action.done"))), invoke);
    }

    /** Posts the answer for a submit; an invoke carries it in its response. */
    private static CompletableFuture<CardAnswer> answer(TurnContext turn, CardAnswer answer, boolean invoke) {
        if (invoke || (answer.card() == null && answer.text() == null)) {
            return CompletableFuture.completedFuture(answer);
        }
        if (answer.card() != null) {
            return Replies.cardJson(turn, answer.card()).thenApply((sent) -> answer);
        }
        return Replies.text(turn, answer.text()).thenApply((sent) -> answer);
    }

    /**
     * Records what the handler sends. For an invoke the first card (or else the texts) is
     * held back as the answer; a card sent with it gets the id of the pressed card's
     * message, so that later updates of it find it; anything else is posted once the
     * handler is done.
     */
    private static final class Recorder {

        private final boolean invoke;

        private final String pressedMessage;

        private final List<Activity> held = new ArrayList<>();

        private boolean passThrough;

        Recorder(boolean invoke, String pressedMessage) {
            this.invoke = invoke;
            this.pressedMessage = pressedMessage;
        }

        synchronized CompletableFuture<ResourceResponse[]> sent(List<Activity> activities,
                java.util.function.Supplier<CompletableFuture<ResourceResponse[]>> next) {
            if (!invoke || passThrough) {
                if (!passThrough) {
                    held.addAll(activities);
                }
                return next.get();
            }
            ResourceResponse[] ids = new ResourceResponse[activities.size()];
            for (int i = 0; i < activities.size(); i++) {
                Activity activity = activities.get(i);
                boolean replacesPressed = held.stream().noneMatch((earlier) -> CardAnswer.cardOf(earlier) != null)
                        && CardAnswer.cardOf(activity) != null;
                held.add(activity);
                ids[i] = new ResourceResponse(replacesPressed && pressedMessage != null ? pressedMessage : null);
            }
            return CompletableFuture.completedFuture(ids);
        }

        synchronized CardAnswer answer() {
            return CardAnswer.of(held);
        }

        synchronized void passThrough() {
            passThrough = true;
        }

        /** The answer; for an invoke, what it does not carry is posted now. */
        CompletableFuture<CardAnswer> finish(TurnContext turn) {
            CardAnswer answer;
            List<Activity> rest;
            synchronized (this) {
                answer = CardAnswer.of(held);
                rest = new ArrayList<>();
                if (invoke && answer.card() != null) {
                    boolean carriedOne = false;
                    for (Activity activity : held) {
                        if (!carriedOne && CardAnswer.cardOf(activity) != null) {
                            carriedOne = true;
                        }
                        else {
                            rest.add(activity);
                        }
                    }
                }
                passThrough = true;
            }
            if (rest.isEmpty()) {
                return CompletableFuture.completedFuture(answer);
            }
            CardAnswer carried = answer;
            return turn.sendActivities(rest).thenApply((sent) -> carried);
        }

    }

}
