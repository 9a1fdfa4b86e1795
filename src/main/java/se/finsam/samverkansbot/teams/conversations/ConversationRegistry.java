package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the conversation references durably, so that the bot can write to a personal chat
 * or a team channel later on its own (reminders, relayed advice, agendas) — also after a
 * restart.
 */
@Component
public class ConversationRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConversationRegistry.class);

    private final Conversations conversations;

    private final Clock clock;

    ConversationRegistry(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Stores or refreshes the reference of the conversation this activity came from. */
    @Transactional
    public void remember(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        String conversationId = baseConversationId(activity);
        reference.getConversation().setId(conversationId);
        // The reference would otherwise point at the message that happened to arrive
        // last.
        reference.setActivityId(null);
        String json = toJson(reference);
        ConversationKind kind = ConversationKind.of(activity.getConversation().getConversationType());
        Conversation conversation = conversations.findByConversationId(conversationId)
            .orElseGet(() -> new Conversation(conversationId, kind, TenantOf.activity(activity)));
        boolean personal = kind == ConversationKind.PERSONAL;
        conversation.refresh(personal ? activity.getFrom().getAadObjectId() : null, activity.teamsGetTeamId(),
                activity.getServiceUrl(), json, personal ? localeTag(activity.getLocale()) : null, clock.instant());
        try {
            conversations.save(conversation);
        }
        catch (DuplicateKeyException raced) {
            // Two activities of a new conversation arrived at once; the other one
            // stored it.
            log.debug("Conversation {} was stored concurrently", conversation.id());
        }
    }

    /**
     * The bot was removed from the chat or team: keep the row (its history matters) but
     * mark it.
     */
    @Transactional
    public void forget(Activity activity) {
        conversations.findByConversationId(baseConversationId(activity)).ifPresent(conversation -> {
            conversation.uninstalled(clock.instant());
            conversations.save(conversation);
        });
    }

    /**
     * The language tag of the person's Teams client (e.g. {@code en-US}) as last seen in
     * their personal chat with the bot; empty if the bot never heard from them there.
     */
    @Transactional(readOnly = true)
    public Optional<String> localeOf(String userAadObjectId) {
        return conversations
            .findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, userAadObjectId)
            .stream()
            .map(Conversation::locale)
            .filter(Objects::nonNull)
            .findFirst();
    }

    /** Only a well-formed, short language tag is kept. */
    private static String localeTag(String locale) {
        return locale != null && locale.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}") && locale.length() <= 35
                ? locale : null;
    }

    /**
     * A channel message's conversation id carries {@code ;messageid=...}; the channel
     * itself does not.
     */
    public static String baseConversationId(Activity activity) {
        String id = activity.getConversation().getId();
        int thread = id.indexOf(";messageid=");
        return thread < 0 ? id : id.substring(0, thread);
    }

    private static String toJson(ConversationReference reference) {
        try {
            return Serialization.toString(reference);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Conversation reference could not be serialised", e);
        }
    }

}
