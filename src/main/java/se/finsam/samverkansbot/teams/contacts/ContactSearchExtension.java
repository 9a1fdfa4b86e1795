package se.finsam.samverkansbot.teams.contacts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.ThumbnailCard;
import com.microsoft.bot.schema.teams.MessagingExtensionAttachment;
import com.microsoft.bot.schema.teams.MessagingExtensionParameter;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.MessagingExtensionQueryHandler;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The messaging extension {@code searchContacts}: the same search as {@code kontakt}, so
 * a handläggare can drop a contact card into any chat. Before anything is typed
 * ({@code initialRun}) it offers the paths of the user's kommun. Cards carry no
 * coordinator buttons, and each stays under Teams' 28 KB limit.
 */
@Component
class ContactSearchExtension implements MessagingExtensionQueryHandler {

    static final String COMMAND_ID = "searchContacts";

    /** Teams refuses a messaging extension card larger than this. */
    static final int MAX_CARD_BYTES = 28 * 1024;

    private static final int MAX_RESULTS = 25;

    private static final Logger log = LoggerFactory.getLogger(ContactSearchExtension.class);

    private final ContactDirectory directory;

    private final ContactCards cards;

    private final Texts texts;

    ContactSearchExtension(ContactDirectory directory, ContactCards cards, Texts texts) {
        this.directory = directory;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public String commandId() {
        return COMMAND_ID;
    }

    @Override
    public MessagingExtensionResponse handle(TurnContext turn, MessagingExtensionQuery query, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        int skip = query.getQueryOptions() == null ? 0 : Math.max(0, query.getQueryOptions().getSkip());
        int count = query.getQueryOptions() == null || query.getQueryOptions().getCount() <= 0 ? 10
                : query.getQueryOptions().getCount();
        int wanted = Math.min(MAX_RESULTS, skip + count);
        String words = parameter(query, "query").orElse("");
        boolean initialRun = parameter(query, "initialRun").map(Boolean::parseBoolean).orElse(false);
        List<ContactPath> found = words.isBlank() || initialRun ? directory.browse(user, wanted)
                : directory.search(words, user, wanted).hits();
        List<MessagingExtensionAttachment> attachments = new ArrayList<>();
        for (ContactPath path : found.subList(Math.min(skip, found.size()), found.size())) {
            attachment(path, locale).ifPresent(attachments::add);
        }
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("result");
        result.setAttachmentLayout("list");
        result.setAttachments(attachments);
        return new MessagingExtensionResponse(result);
    }

    private Optional<MessagingExtensionAttachment> attachment(ContactPath path, Locale locale) {
        AdaptiveCard card = cards.card(path, locale, false);
        String json = Serialization.toStringSilent(card.toJson());
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_CARD_BYTES) {
            log.warn("Contact path {} is too large for a messaging extension card", path.id());
            return Optional.empty();
        }
        MessagingExtensionAttachment attachment = new MessagingExtensionAttachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        ThumbnailCard preview = new ThumbnailCard();
        preview.setTitle(path.unit());
        preview.setText(texts.get(locale, path.agency().messageKey()) + " · " + cards.coverage(path, locale));
        Attachment previewAttachment = new Attachment();
        previewAttachment.setContentType(ThumbnailCard.CONTENTTYPE);
        previewAttachment.setContent(preview);
        attachment.setPreview(previewAttachment);
        return Optional.of(attachment);
    }

    private static Optional<String> parameter(MessagingExtensionQuery query, String name) {
        if (query.getParameters() == null) {
            return Optional.empty();
        }
        return query.getParameters()
            .stream()
            .filter(parameter -> name.equals(parameter.getName()))
            .map(MessagingExtensionParameter::getValue)
            .filter(value -> value != null)
            .map(Object::toString)
            .findFirst();
    }

}
