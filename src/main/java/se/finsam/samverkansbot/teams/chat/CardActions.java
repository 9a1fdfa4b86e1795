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

    private final Map<String, CardActionHandler> byVerb = new LinkedHashMap<>();

    private CardActions() {
    }

    public static CardActions of() {
        return new CardActions();
    }

    /** Registers a button; a verb may be registered once. */
    public CardActions on(String verb, CardActionHandler handler) {
        if (byVerb.putIfAbsent(verb, handler) != null) {
            throw new IllegalStateException("Two card actions share the verb " + verb);
        }
        return this;
    }

    Map<String, CardActionHandler> byVerb() {
        return Collections.unmodifiableMap(byVerb);
    }

}
