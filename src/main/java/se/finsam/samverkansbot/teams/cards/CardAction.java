package se.finsam.samverkansbot.teams.cards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A button. {@code Action.Execute} (Universal Actions) sends its verb and data, together
 * with the card's inputs, as an {@code adaptiveCard/action} invoke, and the bot answers
 * with the card that replaces it. The bot dispatches on the {@code verb}, by exact match;
 * the verb is also in the data, so that a client that falls back to a submit still says
 * what was pressed. Every such button carries an idempotency {@link #KEY}, new each time
 * the card is built, so that a form pressed twice is acted on once. {@code Action.Submit}
 * is what cards used before; those already in chats still work. {@code Action.OpenUrl}
 * opens a link, {@code Action.ShowCard} unfolds a card below (a small form under a
 * button, say).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardAction(@JsonProperty("type") String type, String title, String verb, Map<String, Object> data,
        String url, AdaptiveCard card, String style) {

    public static final String VERB = "verb";

    /** The idempotency key in a button's data: one per built card button. */
    public static final String KEY = "actionKey";

    public static CardAction execute(String title, String verb) {
        return execute(title, verb, Map.of());
    }

    public static CardAction execute(String title, String verb, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VERB, verb);
        data.putAll(extra);
        data.put(KEY, UUID.randomUUID().toString());
        return new CardAction("Action.Execute", title, verb, Map.copyOf(data), null, null, null);
    }

    /**
     * The action of a card's {@link Refresh}: an {@code Action.Execute} without an
     * idempotency key, since it changes nothing.
     */
    public static CardAction refreshing(String verb, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VERB, verb);
        data.putAll(extra);
        return new CardAction("Action.Execute", null, verb, Map.copyOf(data), null, null, null);
    }

    /** The name of the dialog in a dialog button's data. */
    public static final String DIALOG = "dialog";

    /**
     * A button that opens a Teams dialog (a task module): an {@code Action.Submit} whose
     * {@code msteams} data asks Teams for a {@code task/fetch} invoke, which the bot
     * answers with the dialog's form. What is typed there reaches only the bot, so errors
     * and refusals are shown to their author alone.
     */
    public static CardAction openDialog(String title, String dialog, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("msteams", Map.of("type", "task/fetch"));
        data.put(DIALOG, dialog);
        data.putAll(extra);
        return new CardAction("Action.Submit", title, null, Map.copyOf(data), null, null, null);
    }

    /**
     * The button of a form shown in a dialog: Teams sends the form as a
     * {@code task/submit} invoke. It carries an idempotency {@link #KEY}, new each time
     * the form is built, so that a form sent twice is acted on once.
     */
    public static CardAction submitDialog(String title, String dialog, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(DIALOG, dialog);
        data.putAll(extra);
        data.put(KEY, UUID.randomUUID().toString());
        return new CardAction("Action.Submit", title, null, Map.copyOf(data), null, null, null);
    }

    public static CardAction openUrl(String title, String url) {
        return new CardAction("Action.OpenUrl", title, null, null, url, null, null);
    }

    public static CardAction showCard(String title, AdaptiveCard card) {
        return new CardAction("Action.ShowCard", title, null, null, null, card, null);
    }

    /** {@code positive} or {@code destructive}: how Teams colours the button. */
    public CardAction styled(String style) {
        return new CardAction(type, title, verb, data, url, card, style);
    }

}
