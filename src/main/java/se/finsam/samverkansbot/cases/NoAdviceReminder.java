package se.finsam.samverkansbot.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.core.WorkingDays;

/**
 * Reminds the coordinators of cases that have had no advice for the configured number of
 * working days, once per case. Runs in the caller's transaction.
 */
class NoAdviceReminder {

    // Logged under the façade's name, as before the split, so log settings keep working.
    private static final Logger log = LoggerFactory.getLogger(NoAdviceReminder.class);

    private final Cases cases;

    private final ConsultationTeams teams;

    private final Organisation organisation;

    private final ApplicationEventPublisher events;

    private final CaseProperties properties;

    private final WorkingDays workingDays;

    private final Clock clock;

    private final ZoneId zone;

    NoAdviceReminder(Cases cases, ConsultationTeams teams, Organisation organisation, ApplicationEventPublisher events,
            CaseProperties properties, WorkingDays workingDays, Clock clock, ZoneId zone) {
        this.cases = cases;
        this.teams = teams;
        this.organisation = organisation;
        this.events = events;
        this.properties = properties;
        this.workingDays = workingDays;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @return how many cases were reminded about
     */
    int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int reminded = 0;
        // A case raised less than that many calendar days ago cannot be due yet.
        Instant candidatesBefore = now.minus(Duration.ofDays(properties.reminderAfterWorkingDays()));
        for (ConsultationCase candidate : cases.findUnadvisedRaisedBefore(candidatesBefore)) {
            LocalDate due = workingDays.plus(LocalDate.ofInstant(candidate.raisedAt(), zone),
                    properties.reminderAfterWorkingDays());
            if (today.isBefore(due)) {
                continue;
            }
            List<UserId> coordinators = coordinatorsOf(candidate);
            candidate.reminded(now);
            cases.save(candidate);
            events.publishEvent(new CaseAwaitsAdvice(candidate.id(), List.copyOf(coordinators)));
            log.info("Case {} has had no advice for {} working days; {} coordinators reminded", candidate.id(),
                    properties.reminderAfterWorkingDays(), coordinators.size());
            reminded++;
        }
        return reminded;
    }

    /** The kommun's coordinators, or else whoever set the team up. */
    private List<UserId> coordinatorsOf(ConsultationCase candidate) {
        List<UserId> coordinators = new ArrayList<>(
                organisation.kommun(candidate.kommun()).map(organisation::coordinatorsOf).orElse(List.of()));
        if (coordinators.isEmpty()) {
            teams.findByTeamId(candidate.teamId())
                .map(ConsultationTeam::setUpBy)
                .filter(by -> by != null)
                .ifPresent(by -> coordinators.add(UserId.of(by)));
        }
        return coordinators;
    }

}
