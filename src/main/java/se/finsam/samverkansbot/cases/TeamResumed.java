package se.finsam.samverkansbot.cases;

import java.util.List;

import se.finsam.samverkansbot.core.Kommun;

/**
 * An archived konsultationsteam was unarchived and takes the cases of its kommuner again.
 */
public record TeamResumed(String teamId, String teamName, List<Kommun> kommuner) {

    public TeamResumed {
        kommuner = List.copyOf(kommuner);
    }

}
