package se.finsam.samverkansbot.contacts;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the contact directory.
 *
 * @param staleAfter an entry not verified for this long is stale: flagged on its card and
 * listed monthly to its coordinator
 * @param staleReport when the stale entries are listed to their coordinators (Quartz
 * cron, Europe/Stockholm); by default on the first of every month at 08:00
 * @param example a directory file (YAML) loaded once when the directory is empty, e.g.
 * {@code file:config/contacts-example.yml}; unset (the default outside the dev profile)
 * loads nothing
 * @param results how many contact paths a search shows at most
 * @param refreshInterval how often an instance checks whether another instance changed
 * the directory, and rebuilds its search index if so
 * @param importHosts hosts a file given for import may be downloaded from (Teams gives
 * SharePoint/OneDrive download links); a leading {@code *.} allows sub-domains
 */
@ConfigurationProperties("samverkansbot.contacts")
public record ContactsProperties(@DefaultValue("P12M") Period staleAfter,
        @DefaultValue("0 0 8 1 * ?") String staleReport, Resource example, @DefaultValue("5") int results,
        @DefaultValue("10s") Duration refreshInterval, @DefaultValue( {
                "*.sharepoint.com", "*.sharepoint.us" }) List<String> importHosts){
}
