package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.RetentionCounts;
import se.finsam.samverkansbot.core.RetentionDue;
import se.finsam.samverkansbot.core.RetentionProperties;
import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.core.UserId;

/**
 * The id Teams gives a user in conversations with this bot ({@code 29:…}), by their Entra
 * object id, as seen in a team's roster or an activity of theirs: what a card's refresh
 * lists the users it refreshes for by.
 */
@Component
public class ChatUsers {

    private final JdbcClient jdbc;

    private final Upserts upserts;

    private final Clock clock;

    private final RetentionProperties retention;

    private final RetentionCounts counts;

    private final CoreProperties core;

    ChatUsers(JdbcClient jdbc, Upserts upserts, Clock clock, RetentionProperties retention, RetentionCounts counts,
            CoreProperties core) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.clock = clock;
        this.retention = retention;
        this.counts = counts;
        this.core = core;
    }

    /** Notes the user's Teams id; blank ids are ignored. */
    @Transactional
    public void remember(UserId user, String chatUserId) {
        if (user == null || user.value().length() > 64 || chatUserId == null || chatUserId.isBlank()
                || chatUserId.length() > 200) {
            return;
        }
        upserts.upsert(
                "chat_user", List.of("aad_object_id"), Upserts.row("aad_object_id", user.value(), "chat_user_id",
                        chatUserId, "updated_at", clock.instant().atOffset(ZoneOffset.UTC)),
                List.of("chat_user_id", "updated_at"));
    }

    /**
     * In the daily retention run: forgets the ids of users not seen in a team's roster or
     * channel for as long as a team member not seen is kept
     * ({@link RetentionProperties#teamMemberSightings()}).
     */
    @EventListener
    @Transactional
    public void on(RetentionDue due) {
        int deleted = jdbc.sql("DELETE FROM chat_user WHERE updated_at < :cutoff")
            .param("cutoff",
                    due.now()
                        .atZone(core.zone())
                        .minus(retention.teamMemberSightings())
                        .toInstant()
                        .atOffset(ZoneOffset.UTC))
            .update();
        counts.deleted("teams", "chat-users", deleted);
    }

    /** The Teams ids of these users, in their order; users never seen are left out. */
    @Transactional(readOnly = true)
    public List<String> idsOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<String, String> known = new HashMap<>();
        jdbc.sql("SELECT aad_object_id, chat_user_id FROM chat_user WHERE aad_object_id IN (:users)")
            .param("users", users.stream().map(UserId::value).toList())
            .query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
            .list()
            .forEach((entry) -> known.put(entry.getKey(), entry.getValue()));
        List<String> ids = new ArrayList<>();
        for (UserId user : users) {
            String id = known.get(user.value());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

}
