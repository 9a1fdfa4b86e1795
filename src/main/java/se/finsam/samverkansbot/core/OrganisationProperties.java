package se.finsam.samverkansbot.core;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the förbund is: its kommuner and the people with a role beyond handläggare.
 *
 * @param kommuner the kommuner the förbund covers, as their names are written
 * @param admins object ids of the admins, who see dead letters and configure the bot
 * @param coordinators the samverkanskoordinatorer and the kommuner each coordinates
 * @param mailDomains where the staff of a kommun or an agency have their addresses, so
 * that a form can start from the kommun and agency of a handläggare the bot knows nothing
 * else of; a kommun's own {@code <name>.se} (å and ä as a, ö as o, no spaces, e.g.
 * {@code ostragoinge.se}) counts without being listed
 */
@ConfigurationProperties("samverkansbot.organisation")
public record OrganisationProperties(@DefaultValue List<String> kommuner, @DefaultValue List<String> admins,
        @DefaultValue List<Coordinator> coordinators, @DefaultValue List<MailDomain> mailDomains) {

    @ConstructorBinding
    public OrganisationProperties {
    }

    public OrganisationProperties(List<String> kommuner, List<String> admins, List<Coordinator> coordinators) {
        this(kommuner, admins, coordinators, List.of());
    }

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

    /**
     * An e-mail domain of the förbund's member organisations.
     *
     * @param domain e.g. {@code forsakringskassan.se}; its sub-domains count too
     * @param kommun the kommun whose staff have addresses there, or null
     * @param agency the agency whose staff have addresses there, or null
     */
    public record MailDomain(String domain, String kommun, Agency agency) {
    }

}
