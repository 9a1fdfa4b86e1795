package se.finsam.samverkansbot.teams.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The card buttons of one package by exact verb: each package that has buttons registers
 * them all in one bean of this type, and the bot dispatches on the verb.
 *
 * <pre>
 * &#64;Bean
 * CardActions followUpCardActions(FollowUpDialog dialog) {
 *     return CardActions.of().on(FollowUpCards.CREATE, dialog::create);
 * }
 * </pre>
 */
public final class CardActions {

    private final Map<String, Registered> byVerb = new LinkedHashMap<>();

    private CardActions() {
    }

    public static CardActions of() {
        return new CardActions();
    }

    /**
     * Registers a button that only shows something (a form, a list): pressing it again
     * shows it again. A verb may be registered once.
     */
    public CardActions on(String verb, CardActionHandler handler) {
        return register(verb, new Registered(handler, Mode.SHOW));
    }

    /**
     * Registers a button that changes something (sends a form, records a meeting): with
     * the idempotency key of its card it is acted on once per user, however often and
     * however fast it is pressed; a later press gets the first one's answer.
     */
    public CardActions once(String verb, CardActionHandler handler) {
        return register(verb, new Registered(handler, Mode.ONCE));
    }

    /**
     * Registers the refresh of a card (its {@code refresh} action, sent by Teams when a
     * reader sees it): the card the handler sends is that reader's view, the invoke's
     * answer, shown to them only and never posted. It changes nothing, so it has no
     * idempotency key.
     */
    public CardActions view(String verb, CardActionHandler handler) {
        return register(verb, new Registered(handler, Mode.VIEW));
    }

    private CardActions register(String verb, Registered registered) {
        if (byVerb.putIfAbsent(verb, registered) != null) {
            throw new IllegalStateException("Two card actions share the verb " + verb);
        }
        return this;
    }

    /** What pressing a button does: shows something, changes something, or refreshes. */
    enum Mode {

        SHOW, ONCE, VIEW

    }

    record Registered(CardActionHandler handler, Mode mode) {

        boolean once() {
            return mode == Mode.ONCE;
        }

        /** What it sends answers the invoke instead of being posted. */
        boolean answersInPlace() {
            return mode != Mode.SHOW;
        }

    }

    Map<String, Registered> byVerb() {
        return Collections.unmodifiableMap(byVerb);
    }

}
