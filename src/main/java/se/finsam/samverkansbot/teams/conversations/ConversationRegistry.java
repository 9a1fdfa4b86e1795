package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

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
        // One statement: two activities of a new conversation may arrive at once.
        upserts.upsert("conversation", List.of("conversation_id"),
                Upserts.row("conversation_id", conversationId, "kind", kind.name(), "tenant_id",
                        TenantOf.activity(activity), "user_aad_object_id",
                        kind == ConversationKind.PERSONAL ? activity.getFrom().getAadObjectId() : null, "team_id",
                        activity.teamsGetTeamId(), "service_url", activity.getServiceUrl(), "reference_json", json,
                        "installed", true, "updated_at", clock.instant().atOffset(ZoneOffset.UTC)),
                List.of("user_aad_object_id", "team_id", "service_url", "reference_json", "installed", "updated_at"));
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
