package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.Upserts;

/**
 * Keeps the conversation references durably, so that the bot can write to a personal chat
 * or a team channel later on its own (reminders, relayed advice, agendas) — also after a
 * restart.
 */
@Component
public class ConversationRegistry {

    private final Conversations conversations;

    private final Clock clock;

    private final Upserts upserts;

    ConversationRegistry(Conversations conversations, Upserts upserts, Clock clock) {
        this.conversations = conversations;
        this.upserts = upserts;
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
        boolean personal = kind == ConversationKind.PERSONAL;
        String locale = personal ? localeTag(activity.getLocale()) : null;
        Map<String, Object> row = Upserts.row("conversation_id", conversationId, "kind", kind.name(), "tenant_id",
                TenantOf.activity(activity), "user_aad_object_id",
                personal ? activity.getFrom().getAadObjectId() : null, "team_id", activity.teamsGetTeamId(),
                "service_url", activity.getServiceUrl(), "reference_json", json, "installed", true, "updated_at",
                clock.instant().atOffset(ZoneOffset.UTC));
        List<String> updated = new ArrayList<>(
                List.of("user_aad_object_id", "team_id", "service_url", "reference_json", "installed", "updated_at"));
        if (locale != null) {
            // The user's language, as last seen; a missing one keeps what was known.
            row.put("locale", locale);
            updated.add("locale");
        }
        // One statement: two activities of a new conversation may arrive at once.
        upserts.upsert("conversation", List.of("conversation_id"), row, updated);
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
