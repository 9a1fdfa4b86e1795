package se.finsam.samverkansbot.cases;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultation cases.
 *
 * @param reminderAfterWorkingDays a case without any advice after this many working days
 * (Monday to Friday except Swedish holidays) reminds the coordinators of its kommun, once
 * @param reminderCheck how often the scheduler looks for such cases
 * @param teams konsultationsteams set up by configuration instead of in chat (a
 * coordinator writing {@code konsultationsteam} in the channel); applied at every start,
 * so configuration wins over chat for the teams it names, except a team that gave up its
 * kommuner because the bot could not reach it there (never added, removed): it takes
 * those still free again when the bot is added to it
 */
@ConfigurationProperties("samverkansbot.cases")
public record CaseProperties(@DefaultValue("3") int reminderAfterWorkingDays,
        @DefaultValue("1h") Duration reminderCheck, @DefaultValue List<Team> teams) {

    /**
     * A konsultationsteam.
     *
     * @param teamId the team's id in Teams ({@code 19:...@thread.tacv2}, the id of its
     * General channel)
     * @param channelId the channel new cases are posted in; the General channel if empty
     * @param name the team's name, as users see it
     * @param kommuner the kommuner whose cases the team takes
     */
    public record Team(String teamId, String channelId, String name, @DefaultValue List<String> kommuner) {
    }

}
