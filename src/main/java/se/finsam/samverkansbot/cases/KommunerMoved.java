package se.finsam.samverkansbot.cases;

import java.util.List;

import se.finsam.samverkansbot.core.Kommun;

/**
 * Another konsultationsteam was set up for kommuner this team took: new cases from them
 * go to the other team; open cases stay where they are.
 *
 * @param fromTeamId the team that lost the kommuner
 * @param toTeamId the team that took them
 * @param toTeamName its name, if known
 */
public record KommunerMoved(String fromTeamId, String toTeamId, String toTeamName, List<Kommun> kommuner) {

    public KommunerMoved {
        kommuner = List.copyOf(kommuner);
    }

}
