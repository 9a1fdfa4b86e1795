package se.finsam.samverkansbot.cases;

import java.util.List;

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
