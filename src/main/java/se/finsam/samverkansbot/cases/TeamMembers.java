package se.finsam.samverkansbot.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.finsam.samverkansbot.core.UserId;

/**
 * The members of a konsultationsteam the bot has seen act in its channel: the people a
 * case can be assigned to, with the name Teams showed for them.
 */
@Repository
class TeamMembers {

    private final JdbcClient jdbc;

    TeamMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void seen(String teamId, Person member, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc
            .sql("UPDATE consultation_team_member SET name = ?, seen_at = ? WHERE team_id = ? AND user_id = ?")
            .params(member.name(), at, teamId, member.id().value())
            .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO consultation_team_member (team_id, user_id, name, seen_at) VALUES (?, ?, ?, ?)")
                    .params(teamId, member.id().value(), member.name(), at)
                    .update();
            }
            catch (DuplicateKeyException raced) {
                // Seen twice at once; one row is enough.
            }
        }
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
