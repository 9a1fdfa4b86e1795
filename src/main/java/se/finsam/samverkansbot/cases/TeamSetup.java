package se.finsam.samverkansbot.cases;

import java.util.List;
import java.util.Map;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A konsultationsteam after it was set up, and the kommuner it took over from other teams
 * (kommun → the other team's name or id), per team in {@code moves}.
 */
public record TeamSetup(ConsultationTeam team, Map<Kommun, String> movedFrom, List<KommunerMoved> moves) {

    public List<Kommun> kommuner() {
        return team.kommuner();
    }

}
