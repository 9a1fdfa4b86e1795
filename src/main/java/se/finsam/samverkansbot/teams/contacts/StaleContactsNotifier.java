package se.finsam.samverkansbot.teams.contacts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactPathsStale;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;

/**
 * Writes the monthly list of stale contact paths to the coordinator's personal chat
 * through the outbox, in the transaction of the run that found them.
 */
@Component
class StaleContactsNotifier {

    /** The {@link MessageOrigin#kind()} of the reminder. */
    static final String ORIGIN = "contacts";

    /** Entries with their own button; more are counted. */
    static final int SHOWN = 15;

    private final Outbox outbox;

    private final Texts texts;

    private final ConversationRegistry registry;

    StaleContactsNotifier(Outbox outbox, Texts texts, ConversationRegistry registry) {
        this.registry = registry;
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void on(ContactPathsStale stale) {
        String user = stale.coordinator().value();
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card(stale, Texts.localeOf(registry.localeOf(user).orElse(null))).toJson());
        Activity activity = MessageFactory.attachment(attachment);
        outbox.enqueue(OutboundMessage.of(outbox.personalChatOf(user), activity)
            .withOrigin(MessageOrigin.of(ORIGIN, "stale")));
    }

    AdaptiveCard card(ContactPathsStale stale, Locale locale) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "contacts.stale.title")));
        body.add(TextBlock.paragraph(texts.get(locale, "contacts.stale.intro", stale.paths().size())));
        for (ContactPathsStale.Stale path : stale.paths().subList(0, Math.min(SHOWN, stale.paths().size()))) {
            String verified = path.lastVerified() == null ? texts.get(locale, "contacts.card.neverVerified") : texts
                .get(locale, "contacts.card.verified", DateTimeFormatter.ISO_LOCAL_DATE.format(path.lastVerified()));
            body.add(new Container(List.of(
                    TextBlock.paragraph(
                            "**" + Markdown.escape(path.unit()) + "** – " + texts.get(locale, path.agencyName())),
                    TextBlock.subtle(verified),
                    new ActionSet(List.of(
                            CardAction.execute(texts.get(locale, "contacts.card.verify"), ContactCards.VERIFY,
                                    Map.of("id", path.id())),
                            CardAction.execute(texts.get(locale, "contacts.card.edit"), ContactCards.EDIT,
                                    Map.of("id", path.id()))))),
                    "emphasis"));
        }
        if (stale.paths().size() > SHOWN) {
            body.add(TextBlock.subtle(texts.get(locale, "contacts.stale.more", stale.paths().size() - SHOWN)));
        }
        return new AdaptiveCard(body, List.of());
    }

}
