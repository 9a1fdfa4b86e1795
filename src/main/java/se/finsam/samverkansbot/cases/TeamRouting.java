package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.finsam.samverkansbot.core.Kommun;

/**
 * Which konsultationsteam takes the cases of which kommun: setting a team up moves its
 * kommuner away from any team that covered them before. Runs in the caller's transaction.
 */
class TeamRouting {

    private final ConsultationTeams teams;

    TeamRouting(ConsultationTeams teams) {
        this.teams = teams;
    }

    /** Sets the team up for these kommuner and releases them from the other teams. */
    TeamSetup setUp(String teamId, String channelId, String name, List<Kommun> kommuner, String by, Instant now) {
        Map<Kommun, String> moved = new LinkedHashMap<>();
        List<KommunerMoved> moves = new ArrayList<>();
        for (ConsultationTeam other : teams.findAll()) {
            if (other.teamId().equals(teamId)) {
                continue;
            }
            List<Kommun> released = new ArrayList<>();
            for (Kommun kommun : kommuner) {
                if (other.release(kommun, now)) {
                    moved.put(kommun, other.name() != null ? other.name() : other.teamId());
                    released.add(kommun);
                }
            }
            if (!released.isEmpty()) {
                teams.save(other);
                moves.add(new KommunerMoved(other.teamId(), teamId, name, released));
            }
        }
        ConsultationTeam team = teams.findByTeamId(teamId).orElseGet(() -> new ConsultationTeam(teamId));
        team.setUp(channelId, name, kommuner, by, now);
        return new TeamSetup(teams.save(team), moved, moves);
    }

    /** The team that takes new cases of the kommun: not an archived one. */
    Optional<ConsultationTeam> teamFor(Kommun kommun) {
        return teams.findAll().stream().filter(team -> team.takesCases() && team.covers(kommun)).findFirst();
    }

}
