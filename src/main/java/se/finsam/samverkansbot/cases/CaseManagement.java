package se.finsam.samverkansbot.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * The consultation cases: setting up konsultationsteams, raising cases, advice and
 * clarifications, assigning and closing. Every change publishes its event in the change's
 * transaction. Every text is checked by the privacy guard again here, whatever the caller
 * did before; every action checks who may do it.
 */
@Service
public class CaseManagement {

    private static final Logger log = LoggerFactory.getLogger(CaseManagement.class);

    private final Cases cases;

    private final WorkingDays workingDays;

    private final ConsultationTeams teams;

    private final CaseReferences references;

    private final TeamMembers members;

    private final PrivacyGuard guard;

    private final Organisation organisation;

    private final ApplicationEventPublisher events;

    private final CaseProperties properties;

    private final Clock clock;

    private final ZoneId zone;

    CaseManagement(Cases cases, ConsultationTeams teams, CaseReferences references, TeamMembers members,
            PrivacyGuard guard, Organisation organisation, ApplicationEventPublisher events, CaseProperties properties,
            Clock clock, CoreProperties core, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.cases = cases;
        this.teams = teams;
        this.references = references;
        this.members = members;
        this.guard = guard;
        this.organisation = organisation;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.zone = core.zone();
    }

    // Konsultationsteams

    /**
     * Makes the team a konsultationsteam that takes the cases of these kommuner, posted
     * in this channel. Kommuner another team covered move to this one.
     * @param by who set it up; must be an admin or a coordinator (null for configuration)
     */
    @Transactional
    public TeamSetup setUpTeam(String teamId, String channelId, String name, List<Kommun> kommuner, UserId by) {
        if (by != null && !organisation.isAdmin(by) && !organisation.isCoordinator(by)) {
            throw new CaseAccessDenied("User " + by + " may not set up team " + teamId);
        }
        Instant now = clock.instant();
        Map<Kommun, String> moved = new LinkedHashMap<>();
        for (ConsultationTeam other : teams.findAll()) {
            if (other.teamId().equals(teamId)) {
                continue;
            }
            boolean changed = false;
            for (Kommun kommun : kommuner) {
                if (other.release(kommun, now)) {
                    moved.put(kommun, other.name() != null ? other.name() : other.teamId());
                    changed = true;
                }
            }
            if (changed) {
                teams.save(other);
            }
        }
        ConsultationTeam team = teams.findByTeamId(teamId).orElseGet(() -> new ConsultationTeam(teamId));
        team.setUp(channelId, name, kommuner, by == null ? null : by.value(), now);
        team = teams.save(team);
        log.info("Konsultationsteam {} set up by {} for {} kommuner ({} moved)", teamId, by, kommuner.size(),
                moved.size());
        return new TeamSetup(team, moved);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationTeam> team(String teamId) {
        return teams.findByTeamId(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationTeam> teamFor(Kommun kommun) {
        return teams.findAll().stream().filter(team -> team.covers(kommun)).findFirst();
    }

    /**
     * Notes that a person acted in a konsultationsteam's channel, so that cases can be
     * assigned to them.
     */
    @Transactional
    public void noteTeamMember(String teamId, Person member) {
        if (teams.findByTeamId(teamId).isPresent()) {
            members.seen(teamId, member, clock.instant());
        }
    }

    /** The team's members seen in its channel, by name. */
    @Transactional(readOnly = true)
    public List<Person> teamMembers(String teamId) {
        return members.of(teamId);
    }

    // Cases

    /**
     * Raises a case with the team that covers its kommun.
     * @throws NoTeamForKommun when no team covers it; nothing is stored
     * @throws CaseTextRefused when a text does not pass the privacy guard
     */
    @Transactional
    public ConsultationCase raise(NewCase details) {
        requireClean(details.confirmedNotNames(), details.situation(), details.question());
        ConsultationTeam team = teamFor(details.kommun()).orElseThrow(() -> new NoTeamForKommun(details.kommun()));
        Instant now = clock.instant();
        String reference = references.next(LocalDate.ofInstant(now, zone).getYear());
        ConsultationCase raised = cases
            .save(new ConsultationCase(reference, details.tenantId(), details, team.teamId(), now));
        log.info("Case {} ({}) raised by {} for team {}", raised.id(), reference, details.caseworker().id(),
                team.teamId());
        events.publishEvent(new CaseRaised(raised.id(), reference, team.teamId()));
        return raised;
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationCase> find(long caseId) {
        return cases.findById(caseId);
    }

    /** The case, if this person may see it: its caseworker, or a member of its team. */
    @Transactional(readOnly = true)
    public ConsultationCase caseOfTeam(long caseId, String teamId) {
        ConsultationCase found = cases.findById(caseId).orElseThrow(() -> new CaseAccessDenied("No case " + caseId));
        if (teamId == null || !teamId.equals(found.teamId())) {
            throw new CaseAccessDenied("Case " + caseId + " is not a case of team " + teamId);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public ConsultationCase caseOfCaseworker(long caseId, UserId caseworker) {
        ConsultationCase found = cases.findById(caseId).orElseThrow(() -> new CaseAccessDenied("No case " + caseId));
        if (caseworker == null || !found.isRaisedBy(caseworker)) {
            throw new CaseAccessDenied("Case " + caseId + " was not raised by " + caseworker);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public List<ConsultationCase> openCasesOf(UserId caseworker) {
        return cases.findOpenOfCaseworker(caseworker.value());
    }

    @Transactional(readOnly = true)
    public List<ConsultationCase> openCasesOfTeam(String teamId) {
        return cases.findOpenOfTeam(teamId);
    }

    /** A team member's advice to the caseworker, from the team's channel. */
    @Transactional
    public ConsultationCase giveAdvice(long caseId, String teamId, Person member, String advice,
            Collection<String> confirmedNotNames) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        requireClean(confirmedNotNames, advice);
        int entry = found.add(EntryKind.ADVICE, member, advice.strip(), clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Advice {} on case {} by {}", entry, caseId, member.id());
        events.publishEvent(new AdviceGiven(caseId, entry));
        return saved;
    }

    /** A team member asks the caseworker to clarify something. */
    @Transactional
    public ConsultationCase askClarification(long caseId, String teamId, Person member, String question,
            Collection<String> confirmedNotNames) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        requireClean(confirmedNotNames, question);
        int entry = found.add(EntryKind.QUESTION, member, question.strip(), clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Question {} on case {} by {}", entry, caseId, member.id());
        events.publishEvent(new ClarificationAsked(caseId, entry));
        return saved;
    }

    /** The caseworker answers the team's question, from personal chat. */
    @Transactional
    public ConsultationCase answerClarification(long caseId, UserId caseworker, String answer,
            Collection<String> confirmedNotNames) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        requireOpen(found);
        requireClean(confirmedNotNames, answer);
        int entry = found.add(EntryKind.ANSWER, found.caseworker(), answer.strip(), clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Answer {} on case {}", entry, caseId);
        events.publishEvent(new ClarificationAnswered(caseId, entry));
        return saved;
    }

    /** Assigns the case to a member of its team (one seen in the team's channel). */
    @Transactional
    public ConsultationCase assign(long caseId, String teamId, UserId assigneeId) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        Person assignee = members.of(teamId)
            .stream()
            .filter(member -> member.id().equals(assigneeId))
            .findFirst()
            .orElseThrow(() -> new CaseAccessDenied("User " + assigneeId + " is not a known member of " + teamId));
        found.assign(assignee);
        ConsultationCase saved = cases.save(found);
        log.info("Case {} assigned to {}", caseId, assignee.id());
        events.publishEvent(new CaseAssigned(caseId, assignee.id().value()));
        return saved;
    }

    /** Closed from the team's channel; the caseworker is asked for the outcome. */
    @Transactional
    public ConsultationCase closeByTeam(long caseId, String teamId, UserId member) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        found.close(member, clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Case {} closed by team member {}", caseId, member);
        events.publishEvent(new CaseClosed(caseId, false));
        return saved;
    }

    /** Closed by the caseworker, who tells the outcome at once. */
    @Transactional
    public ConsultationCase closeByCaseworker(long caseId, UserId caseworker, Outcome outcome, boolean nextStepTaken) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        requireOpen(found);
        found.close(caseworker, clock.instant());
        found.recordOutcome(outcome, nextStepTaken);
        ConsultationCase saved = cases.save(found);
        log.info("Case {} closed by its caseworker", caseId);
        events.publishEvent(new CaseClosed(caseId, true));
        return saved;
    }

    /** The outcome of a case the team closed. */
    @Transactional
    public ConsultationCase recordOutcome(long caseId, UserId caseworker, Outcome outcome, boolean nextStepTaken) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        found.recordOutcome(outcome, nextStepTaken);
        ConsultationCase saved = cases.save(found);
        log.info("Outcome of case {} recorded", caseId);
        events.publishEvent(new CaseOutcomeRecorded(caseId));
        return saved;
    }

    /**
     * Reminds the coordinators of cases that have had no advice for the configured number
     * of working days, once per case.
     * @return how many cases were reminded about
     */
    @Transactional
    public int remindAboutCasesWithoutAdvice() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int reminded = 0;
        // A case raised less than that many calendar days ago cannot be due yet.
        Instant candidatesBefore = now.minus(java.time.Duration.ofDays(properties.reminderAfterWorkingDays()));
        for (ConsultationCase candidate : cases.findUnadvisedRaisedBefore(candidatesBefore)) {
            LocalDate due = workingDays.plus(LocalDate.ofInstant(candidate.raisedAt(), zone),
                    properties.reminderAfterWorkingDays());
            if (today.isBefore(due)) {
                continue;
            }
            List<UserId> coordinators = new ArrayList<>(
                    organisation.kommun(candidate.kommun()).map(organisation::coordinatorsOf).orElse(List.of()));
            if (coordinators.isEmpty()) {
                teams.findByTeamId(candidate.teamId())
                    .map(ConsultationTeam::setUpBy)
                    .filter(by -> by != null)
                    .ifPresent(by -> coordinators.add(UserId.of(by)));
            }
            candidate.reminded(now);
            cases.save(candidate);
            events.publishEvent(new CaseAwaitsAdvice(candidate.id(), List.copyOf(coordinators)));
            log.info("Case {} has had no advice for {} working days; {} coordinators reminded", candidate.id(),
                    properties.reminderAfterWorkingDays(), coordinators.size());
            reminded++;
        }
        return reminded;
    }

    private ConsultationCase openCaseOfTeam(long caseId, String teamId) {
        ConsultationCase found = caseOfTeam(caseId, teamId);
        requireOpen(found);
        return found;
    }

    private static void requireOpen(ConsultationCase found) {
        if (!found.status().isOpen()) {
            throw new CaseClosedAlready(found.id());
        }
    }

    private void requireClean(Collection<String> confirmedNotNames, String... texts) {
        Set<String> confirmed = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
        for (String text : texts) {
            if (text == null || text.isBlank() || !guard.scan(text, confirmed).isClean()) {
                throw new CaseTextRefused();
            }
        }
    }

}
