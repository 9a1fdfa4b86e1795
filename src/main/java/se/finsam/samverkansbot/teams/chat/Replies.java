package se.finsam.samverkansbot.teams.chat;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;

/** Sends answers in the current conversation. */
public final class Replies {

    private Replies() {
    }

    public static CompletableFuture<Void> card(TurnContext turn, AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        Activity reply = MessageFactory.attachment(attachment);
        return turn.sendActivity(reply).thenApply(sent -> null);
    }

    /** A card already in JSON (one answered before, say). */
    static CompletableFuture<Void> cardJson(TurnContext turn, JsonNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card);
        return turn.sendActivity(MessageFactory.attachment(attachment)).thenApply(sent -> null);
    }

    public static CompletableFuture<Void> text(TurnContext turn, String markdown) {
        Activity reply = MessageFactory.text(markdown);
        reply.setTextFormat(TextFormatTypes.MARKDOWN);
        return turn.sendActivity(reply).thenApply(sent -> null);
    }

}
