package se.finsam.samverkansbot.teams.devchat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Remembers in which conversations the page has announced the bot's installation since
 * the application started. Once per start, not once ever: the stored conversation
 * references must carry this start's connector address.
 */
@Component
@Profile("dev")
class Installations {

    private final Set<String> announced = new HashSet<>();

    /**
     * Those of the given conversations not announced yet; they count as announced now.
     */
    synchronized List<String> claim(List<String> conversationIds) {
        return conversationIds.stream().filter(announced::add).toList();
    }

}
