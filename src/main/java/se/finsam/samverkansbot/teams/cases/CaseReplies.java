package se.finsam.samverkansbot.teams.cases;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;

/** Card answers of the case handlers that are updated later, so their id is kept. */
final class CaseReplies {

    private CaseReplies() {
    }

    static Activity cardActivity(AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        return MessageFactory.attachment(attachment);
    }

    static Activity textActivity(String text) {
        return MessageFactory.text(text);
    }

    /** Sends the card as the answer; completes with the id Teams gave it. */
    static CompletableFuture<String> card(TurnContext turn, AdaptiveCard card) {
        return turn.sendActivity(cardActivity(card)).thenApply(sent -> sent == null ? null : sent.getId());
    }

}
