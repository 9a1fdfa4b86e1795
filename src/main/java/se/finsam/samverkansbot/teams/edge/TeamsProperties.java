package se.finsam.samverkansbot.teams.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Teams edge. The Bot Framework credentials are not here: they keep their
 * conventional names ({@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppType}, {@code MicrosoftAppTenantId}) so that Azure's app settings
 * work unchanged.
 *
 * @param allowedTenants Microsoft Entra tenant ids whose users may use the bot;
 * activities from any other tenant are refused with 403 and change nothing. Required
 * outside the dev profile.
 * @param maxActivitySize largest request body accepted on {@code /api/messages}; larger
 * ones get 413
 * @param processedActivityRetention how long the ids of handled activities are kept to
 * recognise a redelivery by the Bot Connector
 * @param processedActivityCleanup cron expression (Quartz syntax, Europe/Stockholm) for
 * removing expired activity ids
 */
@ConfigurationProperties("samverkansbot.teams")
public record TeamsProperties(@DefaultValue List<String> allowedTenants,
        @DefaultValue("256KB") DataSize maxActivitySize, @DefaultValue("2d") Duration processedActivityRetention,
        @DefaultValue("0 15 3 * * ?") String processedActivityCleanup) {

    boolean allowsTenant(String tenantId) {
        return tenantId != null && allowedTenants.stream().anyMatch(tenantId::equalsIgnoreCase);
    }
}
