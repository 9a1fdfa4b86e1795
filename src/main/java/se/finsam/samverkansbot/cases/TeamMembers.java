package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.core.UserId;

/**
 * The members of a konsultationsteam the bot has seen act in its channel: the people a
 * case can be assigned to, with the name Teams showed for them.
 */
@Repository
class TeamMembers {

    private final JdbcClient jdbc;

    private final Upserts upserts;

    TeamMembers(JdbcClient jdbc, Upserts upserts) {
        this.jdbc = jdbc;
        this.upserts = upserts;
    }

    void seen(String teamId, Person member, Instant now) {
        upserts.upsert(
                "consultation_team_member", List.of("team_id", "user_id"), Upserts.row("team_id", teamId, "user_id",
                        member.id().value(), "name", member.name(), "seen_at", now.atOffset(ZoneOffset.UTC)),
                List.of("name", "seen_at"));
    }

    void forget(String teamId, Collection<UserId> removed) {
        jdbc.sql("DELETE FROM consultation_team_member WHERE team_id = :team AND user_id IN (:users)")
            .param("team", teamId)
            .param("users", removed.stream().map(UserId::value).toList())
            .update();
    }

    List<Person> of(String teamId) {
        return jdbc.sql("SELECT user_id, name FROM consultation_team_member WHERE team_id = ? ORDER BY name, user_id")
            .param(teamId)
            .query((row, number) -> Person.of(UserId.of(row.getString("user_id")), row.getString("name")))
            .list();
    }

}
