package se.finsam.samverkansbot.teams.cards;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A button. {@code Action.Submit} sends its data back as a message activity; the bot
 * dispatches on the {@code verb} in that data, by exact match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardAction(@JsonProperty("type") String type, String title, Map<String, Object> data) {

    public static final String VERB = "verb";

    public static CardAction submit(String title, String verb) {
        return submit(title, verb, Map.of());
    }

    public static CardAction submit(String title, String verb, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VERB, verb);
        data.putAll(extra);
        return new CardAction("Action.Submit", title, Map.copyOf(data));
    }
}
