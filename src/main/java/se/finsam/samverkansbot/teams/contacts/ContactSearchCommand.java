package se.finsam.samverkansbot.teams.contacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.AttachmentLayoutTypes;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.contacts.SearchResult;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code kontakt <sökord>}: the best contact paths as cards, in any chat. Nothing found:
 * says so and suggests the kommun's samverkanskoordinator.
 */
@Component
@Order(20)
class ContactSearchCommand implements ChatCommand {

    private final ContactDirectory directory;

    private final ContactCards cards;

    private final Organisation organisation;

    private final Texts texts;

    ContactSearchCommand(ContactDirectory directory, ContactCards cards, Organisation organisation, Texts texts) {
        this.directory = directory;
        this.cards = cards;
        this.organisation = organisation;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("kontakt", "contact");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.allOf(ConversationKind.class);
    }

    @Override
    public String helpKey() {
        return "command.contact";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        Locale locale = input.locale();
        if (input.arguments().isBlank()) {
            return Replies.text(turn, texts.get(locale, "contacts.search.empty"));
        }
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        SearchResult result = directory.search(input.arguments(), user);
        if (result.isEmpty()) {
            return Replies.text(turn, noHit(result.kommun(), locale));
        }
        boolean maintainer = input.where() == ConversationKind.PERSONAL
                && user.map(directory::mayMaintain).orElse(false);
        List<AdaptiveCard> found = result.hits().stream().map(path -> cards.card(path, locale, maintainer)).toList();
        return send(turn, texts.get(locale, "contacts.search.found", result.hits().size()), found);
    }

    private String noHit(Optional<Kommun> kommun, Locale locale) {
        if (kommun.isPresent()) {
            List<String> names = organisation.coordinatorsOf(kommun.get())
                .stream()
                .map(organisation::coordinatorName)
                .flatMap(Optional::stream)
                .toList();
            if (!names.isEmpty()) {
                return texts.get(locale, "contacts.search.none.coordinator", kommun.get().name(),
                        String.join(", ", names));
            }
        }
        return texts.get(locale, "contacts.search.none");
    }

    /** Several cards in one message, one under the other. */
    static CompletableFuture<Void> send(TurnContext turn, String text, List<AdaptiveCard> cards) {
        List<Attachment> attachments = new ArrayList<>();
        for (AdaptiveCard card : cards) {
            Attachment attachment = new Attachment();
            attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
            attachment.setContent(card.toJson());
            attachments.add(attachment);
        }
        Activity reply = MessageFactory.attachment(attachments);
        reply.setText(text);
        reply.setAttachmentLayout(AttachmentLayoutTypes.LIST);
        return turn.sendActivity(reply).thenApply(sent -> null);
    }

}
