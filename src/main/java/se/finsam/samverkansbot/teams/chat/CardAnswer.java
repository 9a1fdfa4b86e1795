package se.finsam.samverkansbot.teams.chat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;

/**
 * What the bot answered to a card button: the card that replaces the pressed one, or a
 * text shown to the one who pressed it; {@code none} when the handler said nothing.
 */
record CardAnswer(JsonNode card, String text) {

    static final String MESSAGE = "application/vnd.microsoft.activity.message";

    private static final ObjectMapper JSON = new ObjectMapper();

    static CardAnswer none() {
        return new CardAnswer(null, null);
    }

    static CardAnswer text(String text) {
        return new CardAnswer(null, text);
    }

    /** The first card among what a handler sent, or else its texts. */
    static CardAnswer of(List<Activity> sent) {
        for (Activity activity : sent) {
            JsonNode card = cardOf(activity);
            if (card != null) {
                return new CardAnswer(card, null);
            }
        }
        String text = sent.stream()
            .map(Activity::getText)
            .filter(Objects::nonNull)
            .filter((written) -> !written.isBlank())
            .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? none() : text(text);
    }

    static JsonNode cardOf(Activity activity) {
        if (activity.getAttachments() == null) {
            return null;
        }
        for (Attachment attachment : activity.getAttachments()) {
            if (AdaptiveCard.CONTENT_TYPE.equals(attachment.getContentType()) && attachment.getContent() != null) {
                return Serialization.objectToTree(attachment.getContent());
            }
        }
        return null;
    }

    /** The answer of an {@code adaptiveCard/action} invoke. */
    AdaptiveCardInvokeResponse toInvokeResponse() {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        if (card != null) {
            response.setType(AdaptiveCard.CONTENT_TYPE);
            response.setValue(card);
        }
        else {
            response.setType(MESSAGE);
            response.setValue(text == null ? "" : text);
        }
        return response;
    }

    String toJson() {
        ObjectNode json = JSON.createObjectNode();
        if (card != null) {
            json.set("card", card);
        }
        if (text != null) {
            json.put("text", text);
        }
        return json.toString();
    }

    static CardAnswer fromJson(String stored) {
        try {
            JsonNode json = JSON.readTree(stored);
            JsonNode card = json.get("card");
            JsonNode text = json.get("text");
            return new CardAnswer(card, text == null ? null : text.asText());
        }
        catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored card answer could not be read", unreadable);
        }
    }

}
