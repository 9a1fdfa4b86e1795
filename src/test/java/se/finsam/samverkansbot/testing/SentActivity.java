package se.finsam.samverkansbot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call the bot made to the fake connector.
 *
 * @param kind what the call did
 * @param conversationId the conversation it went to
 * @param activityId the activity replied to or updated, if any
 * @param authorization the Authorization header the bot sent
 * @param body the activity (or conversation parameters) as JSON
 */
public record SentActivity(Kind kind, String conversationId, String activityId, String authorization, JsonNode body,
        Instant at) {

    public enum Kind {

        SEND, UPDATE, CREATE_CONVERSATION

    }

    public String text() {
        return body.path("text").asText(null);
    }

    /** The Adaptive Cards attached, as JSON. */
    public List<JsonNode> adaptiveCards() {
        List<JsonNode> cards = new ArrayList<>();
        for (JsonNode attachment : body.path("attachments")) {
            if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
                cards.add(attachment.path("content"));
            }
        }
        return cards;
    }

    public boolean hasAdaptiveCard() {
        return !adaptiveCards().isEmpty();
    }

    /**
     * All text of the first card (text blocks, fact titles and values, button titles),
     * for assertions.
     */
    public String cardText() {
        StringBuilder text = new StringBuilder();
        adaptiveCards().forEach(card -> collect(card, text));
        return text.toString();
    }

    /** All text of a card, as {@link #cardText()} reads it. */
    public static String textOf(JsonNode card) {
        StringBuilder text = new StringBuilder();
        collect(card, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getValue().isTextual() && List.of("text", "title", "value").contains(field.getKey())) {
                    text.append(field.getValue().asText()).append('\n');
                }
                else {
                    collect(field.getValue(), text);
                }
            });
        }
        else if (node.isArray()) {
            node.forEach(child -> collect(child, text));
        }
    }

    @Override
    public String toString() {
        return kind + " to " + conversationId + (activityId == null ? "" : " re " + activityId);
    }
}
