package se.finsam.samverkansbot.teams.chat;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.finsam.samverkansbot.teams.cards.CardAction;

/**
 * What a card button sent back: the data the bot put on the button and the card's inputs.
 * It comes from the client and can be tampered with, so ids are read strictly and a
 * handler re-authorises whatever they name.
 */
public final class CardData {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final JsonNode json;

    private CardData(JsonNode json) {
        this.json = json;
    }

    /** The submitted value; an absent or non-object value reads as empty. */
    public static CardData of(JsonNode json) {
        return new CardData(json != null && json.isObject() ? json : JsonNodeFactory.instance.objectNode());
    }

    /** The button's {@link CardAction#VERB}, if it has one. */
    public Optional<String> verb() {
        JsonNode verb = json.get(CardAction.VERB);
        return verb != null && verb.isTextual() ? Optional.of(verb.asText()) : Optional.empty();
    }

    /**
     * An id the bot put on the button: a whole number, or its digits as text (clients may
     * send either). Empty when it is missing, negative, fractional or not a number.
     */
    public Optional<Long> id(String field) {
        JsonNode id = json.get(field);
        if (id != null && id.isIntegralNumber() && id.canConvertToLong() && id.asLong() >= 0) {
            return Optional.of(id.asLong());
        }
        if (id != null && id.isTextual() && DIGITS.matcher(id.asText()).matches()) {
            return Optional.of(Long.parseLong(id.asText()));
        }
        return Optional.empty();
    }

    /** A text input or value; empty when absent. */
    public String text(String field) {
        return json.path(field).asText("");
    }

    /** A text input or value that is there and is text, unchanged; empty otherwise. */
    public Optional<String> textValue(String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A toggle or flag: true for {@code true} or {@code "true"}. */
    public boolean flag(String field) {
        JsonNode value = json.path(field);
        return value.asBoolean(false) || "true".equals(value.asText(""));
    }

    /** Every field, for forms read field by field. */
    public JsonNode json() {
        return json;
    }

}
