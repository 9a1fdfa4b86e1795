package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    ConversationRegistry(Conversations conversations, Upserts upserts, JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.upserts = upserts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a refresh writes of a stored conversation, as it is stored. */
    private record Stored(String userAadObjectId, String teamId, String serviceUrl, String referenceJson,
            boolean installed, String locale, OffsetDateTime updatedAt) {

        /**
         * Whether writing these values would change nothing but the time, and the row was
         * refreshed after {@code freshSince}.
         */
        boolean sameAs(String user, String team, String url, String json, String newLocale, Instant freshSince) {
            return installed && updatedAt.toInstant().isAfter(freshSince) && Objects.equals(userAadObjectId, user)
                    && Objects.equals(teamId, team) && Objects.equals(serviceUrl, url)
                    && Objects.equals(referenceJson, json) && (newLocale == null || newLocale.equals(locale));
        }

    }

    /**
     * How long a stored reference that has not changed counts as fresh: within it, a
     * message from the same conversation writes nothing, so a turn commits no write of
     * its own to the database just to say again what is stored.
     */
    static final Duration UNCHANGED_REFRESH = Duration.ofMinutes(10);

    /**
     * Stores or refreshes the reference of the conversation this activity came from. A
     * reference stored as it is now, installed and refreshed within
     * {@link #UNCHANGED_REFRESH}, is left alone.
     */
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
        Instant now = clock.instant();
        String user = personal ? activity.getFrom().getAadObjectId() : null;
        String teamId = activity.teamsGetTeamId();
        Optional<Stored> stored = jdbc.sql("""
                SELECT user_aad_object_id, team_id, service_url, reference_json, installed, locale, updated_at
                FROM conversation WHERE conversation_id = ?""")
            .param(conversationId)
            .query((row, number) -> new Stored(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getBoolean(5), row.getString(6), row.getObject(7, OffsetDateTime.class)))
            .optional();
        if (stored.isPresent() && stored.get()
            .sameAs(user, teamId, activity.getServiceUrl(), json, locale, now.minus(UNCHANGED_REFRESH))) {
            return;
        }
        List<String> updated = new ArrayList<>(
                List.of("user_aad_object_id", "team_id", "service_url", "reference_json", "installed", "updated_at"));
        Map<String, Object> row = Upserts.row("conversation_id", conversationId, "kind", kind.name(), "tenant_id",
                TenantOf.activity(activity), "user_aad_object_id", user, "team_id", teamId, "service_url",
                activity.getServiceUrl(), "reference_json", json, "installed", true, "updated_at",
                now.atOffset(ZoneOffset.UTC));
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
