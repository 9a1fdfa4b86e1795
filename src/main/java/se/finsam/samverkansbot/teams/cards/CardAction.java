package se.finsam.samverkansbot.teams.cards;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A button. {@code Action.Submit} sends its data, together with the card's inputs, back
 * as a message activity; the bot dispatches on the {@code verb} in that data, by exact
 * match. {@code Action.OpenUrl} opens a link, {@code Action.ShowCard} unfolds a card
 * below (a small form under a button, say).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardAction(@JsonProperty("type") String type, String title, Map<String, Object> data, String url,
        AdaptiveCard card, String style) {

    public static final String VERB = "verb";

    public static CardAction submit(String title, String verb) {
        return submit(title, verb, Map.of());
    }

    public static CardAction submit(String title, String verb, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VERB, verb);
        data.putAll(extra);
        return new CardAction("Action.Submit", title, Map.copyOf(data), null, null, null);
    }

    public static CardAction openUrl(String title, String url) {
        return new CardAction("Action.OpenUrl", title, null, url, null, null);
    }

    public static CardAction showCard(String title, AdaptiveCard card) {
        return new CardAction("Action.ShowCard", title, null, null, card, null);
    }

    /** {@code positive} or {@code destructive}: how Teams colours the button. */
    public CardAction styled(String style) {
        return new CardAction(type, title, data, url, card, style);
    }

}
