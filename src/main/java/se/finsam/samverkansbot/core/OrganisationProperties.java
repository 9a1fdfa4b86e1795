package se.finsam.samverkansbot.core;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the förbund is: its kommuner and the people with a role beyond handläggare.
 *
 * @param kommuner the kommuner the förbund covers, as their names are written
 * @param admins object ids of the admins, who see dead letters and configure the bot
 * @param coordinators the samverkanskoordinatorer and the kommuner each coordinates
 */
@ConfigurationProperties("samverkansbot.organisation")
public record OrganisationProperties(@DefaultValue List<String> kommuner, @DefaultValue List<String> admins,
        @DefaultValue List<Coordinator> coordinators) {

    /**
     * A samverkanskoordinator (or the förbund's processtödjare).
     *
     * @param userId the person's Entra ID object id
     * @param name the name shown to colleagues, e.g. "Karin Koordinator, Osby kommun"
     * @param kommuner the kommuner they coordinate; empty means all of the förbund's
     * kommuner
     */
    public record Coordinator(String userId, String name, @DefaultValue List<String> kommuner) {
    }

}
