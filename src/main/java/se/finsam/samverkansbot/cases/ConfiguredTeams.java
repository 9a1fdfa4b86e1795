package se.finsam.samverkansbot.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;

/**
 * Applies the konsultationsteams of {@code samverkansbot.cases.teams} at start, for
 * deployments that configure them rather than set them up in chat.
 */
@Component
class ConfiguredTeams implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredTeams.class);

    private final CaseProperties properties;

    private final Organisation organisation;

    private final CaseManagement cases;

    ConfiguredTeams(CaseProperties properties, Organisation organisation, CaseManagement cases) {
        this.properties = properties;
        this.organisation = organisation;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CaseProperties.Team team : properties.teams()) {
            if (cases.team(team.teamId()).map((known) -> known.kommuner().isEmpty()).orElse(false)) {
                // It gave up its kommuner because the bot could not reach it: it takes
                // them again when the bot is added (CaseManagement.teamInstalled).
                log.info("Konsultationsteam {} of the configuration waits for the bot to be added", team.teamId());
                continue;
            }
            List<Kommun> kommuner = team.kommuner()
                .stream()
                .map(name -> organisation.kommun(name)
                    .orElseThrow(() -> new IllegalStateException(
                            "samverkansbot.cases.teams: " + name + " is not in samverkansbot.organisation.kommuner")))
                .toList();
            String channel = team.channelId() == null || team.channelId().isBlank() ? team.teamId() : team.channelId();
            cases.setUpTeam(team.teamId(), channel, team.name(), kommuner, null);
        }
    }

}
