package se.finsam.samverkansbot.teams.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.TaskModuleContinueResponse;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
import com.microsoft.bot.schema.teams.TaskModuleTaskInfo;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;

/**
 * What a dialog shows: a form (Teams keeps the dialog open with it, {@code continue}) or
 * a message (Teams closes the dialog and shows it, {@code message}). Either is seen only
 * by the one who opened the dialog.
 */
public record DialogAnswer(String title, JsonNode card, String message) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The dialog shows this form, under this title. */
    public static DialogAnswer form(String title, AdaptiveCard card) {
        return new DialogAnswer(title, card.toJson(), null);
    }

    /** The dialog closes and Teams shows this text to the one who sent it. */
    public static DialogAnswer message(String text) {
        return new DialogAnswer(null, null, text);
    }

    public boolean isForm() {
        return card != null;
    }

    TaskModuleResponse toTaskModuleResponse() {
        TaskModuleResponse response = new TaskModuleResponse();
        if (card != null) {
            TaskModuleTaskInfo info = new TaskModuleTaskInfo();
            info.setTitle(title);
            info.setWidth("medium");
            Attachment attachment = new Attachment();
            attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
            attachment.setContent(card);
            info.setCard(attachment);
            TaskModuleContinueResponse form = new TaskModuleContinueResponse();
            form.setType("continue");
            form.setValue(info);
            response.setTask(form);
        }
        else {
            TaskModuleMessageResponse closing = new TaskModuleMessageResponse();
            closing.setType("message");
            closing.setValue(message == null ? "" : message);
            response.setTask(closing);
        }
        return response;
    }

    String toJson() {
        ObjectNode json = JSON.createObjectNode();
        if (title != null) {
            json.put("title", title);
        }
        if (card != null) {
            json.set("card", card);
        }
        if (message != null) {
            json.put("message", message);
        }
        return json.toString();
    }

    static DialogAnswer fromJson(String stored) {
        try {
            JsonNode json = JSON.readTree(stored);
            return new DialogAnswer(json.hasNonNull("title") ? json.get("title").asText() : null, json.get("card"),
                    json.hasNonNull("message") ? json.get("message").asText() : null);
        }
        catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored dialog answer could not be read", unreadable);
        }
    }

}
