package se.finsam.samverkansbot.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * The consultation cases: setting up konsultationsteams, raising cases, advice and
 * clarifications, assigning and closing. Every change publishes its event in the change's
 * transaction. Every text is checked by the privacy guard again here, whatever the caller
 * did before; every action checks who may do it. A change that lost an optimistic-lock
 * race with another one on the same case (two team members advising at once) is done
 * again on the fresh case, in a new transaction.
 */
@Service
public class CaseManagement {

    private static final Logger log = LoggerFactory.getLogger(CaseManagement.class);

    private final Cases cases;

    private final ConsultationTeams teams;

    private final CaseReferences references;

    private final TeamMembers members;

    private final TeamRouting routing;

    private final CaseTextGuard textGuard;

    private final NoAdviceReminder reminder;

    private final Organisation organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ZoneId zone;

    private final List<CaseProperties.Team> configuredTeams;

    CaseManagement(Cases cases, ConsultationTeams teams, CaseReferences references, TeamMembers members,
            PrivacyGuard guard, Organisation organisation, ApplicationEventPublisher events, CaseProperties properties,
            Clock clock, CoreProperties core, WorkingDays workingDays) {
        this.cases = cases;
        this.teams = teams;
        this.references = references;
        this.members = members;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.zone = core.zone();
        this.configuredTeams = properties.teams();
        this.routing = new TeamRouting(teams);
        this.textGuard = new CaseTextGuard(guard);
        this.reminder = new NoAdviceReminder(cases, teams, organisation, events, properties, workingDays, clock,
                this.zone);
    }

    // Konsultationsteams

    /**
     * Makes the team a konsultationsteam that takes the cases of these kommuner, posted
     * in this channel. Kommuner another team covered move to this one (that team is told,
     * {@link KommunerMoved}); open cases of these kommuner that wait for a team go to it.
     * @param by who set it up; must be an admin or a coordinator of every one of the
     * kommuner (null for configuration)
     */
    @Transactional
    public TeamSetup setUpTeam(String teamId, String channelId, String name, List<Kommun> kommuner, UserId by) {
        if (by != null && !maySetUp(by, kommuner)) {
            throw new CaseAccessDenied("User " + by + " may not set up team " + teamId);
        }
        Instant now = clock.instant();
        TeamSetup setup = routing.setUp(teamId, channelId, name, kommuner, by == null ? null : by.value(), now);
        log.info("Konsultationsteam {} set up by {} for {} kommuner ({} moved)", teamId, by, kommuner.size(),
                setup.movedFrom().size());
        setup.moves().forEach(events::publishEvent);
        routeWaitingCases(setup.team());
        return setup;
    }

    /**
     * Whether this person may make a team the konsultationsteam of these kommuner: an
     * admin, or a coordinator of every one of them.
     */
    public boolean maySetUp(UserId user, Collection<Kommun> kommuner) {
        return organisation.isAdmin(user)
                || (organisation.isCoordinator(user) && organisation.coordinatedBy(user).containsAll(kommuner));
    }

    /**
     * The team no longer takes cases. When its channel or the bot is gone it gives up its
     * kommuner, and each of its open cases goes to the team that now takes its kommun or
     * else waits for one ({@link CaseUnrouted}). An archived team keeps its kommuner and
     * its cases, but no new case goes to it until it is unarchived. Nothing happens for a
     * team that is not a konsultationsteam or was withdrawn already.
     */
    @Transactional
    public void withdrawTeam(String teamId, TeamWithdrawn.Reason reason) {
        Optional<ConsultationTeam> found = teamId == null ? Optional.empty() : teams.findByTeamId(teamId);
        if (found.isEmpty()) {
            return;
        }
        ConsultationTeam team = found.get();
        Instant now = clock.instant();
        if (reason == TeamWithdrawn.Reason.NOT_INSTALLED
                && configuredTeams.stream().noneMatch((configured) -> configured.teamId().equals(teamId))) {
            // Only a team of the configuration can lack the bot: one set up in chat was
            // set up where the bot is.
            return;
        }
        if (reason == TeamWithdrawn.Reason.UNREACHABLE && team.archived()) {
            // An archived team is read-only: that the bot cannot post there is expected.
            return;
        }
        if (reason == TeamWithdrawn.Reason.ARCHIVED) {
            if (team.archive(true, now)) {
                teams.save(team);
                log.info("Konsultationsteam {} archived: it takes no cases until it is unarchived", teamId);
                events.publishEvent(new TeamWithdrawn(teamId, team.name(), team.kommuner(), reason));
            }
            return;
        }
        List<Kommun> released = team.releaseAll(now);
        teams.save(team);
        List<ConsultationCase> open = cases.findOpenOfTeam(teamId);
        if (released.isEmpty() && open.isEmpty()) {
            return;
        }
        log.info("Konsultationsteam {} withdrawn ({}): {} kommuner released, {} open cases moved", teamId, reason,
                released.size(), open.size());
        events.publishEvent(new TeamWithdrawn(teamId, team.name(), released, reason));
        for (ConsultationCase orphan : open) {
            Optional<ConsultationTeam> next = routing.teamFor(new Kommun(orphan.kommun()));
            if (next.isPresent()) {
                route(orphan, next.get());
            }
            else {
                orphan.unroute();
                cases.save(orphan);
                log.info("Case {} waits for a konsultationsteam", orphan.id());
                events.publishEvent(new CaseUnrouted(orphan.id(), teamId));
            }
        }
    }

    /**
     * The bot was added to a team. A team of the configuration that gave up its kommuner
     * (the bot was never added to it, or removed) takes those of its configured kommuner
     * that no other team took meanwhile, and the cases of those kommuner that wait for a
     * team go to it.
     */
    @Transactional
    public void teamInstalled(String teamId) {
        for (CaseProperties.Team configured : configuredTeams) {
            if (!configured.teamId().equals(teamId)
                    || teams.findByTeamId(teamId).map((team) -> !team.kommuner().isEmpty()).orElse(false)) {
                continue;
            }
            List<Kommun> free = configured.kommuner()
                .stream()
                .map(organisation::kommun)
                .flatMap(Optional::stream)
                .filter((kommun) -> routing.teamFor(kommun).isEmpty())
                .toList();
            if (!free.isEmpty()) {
                String channel = configured.channelId() == null || configured.channelId().isBlank() ? teamId
                        : configured.channelId();
                log.info("Konsultationsteam {} of the configuration takes its kommuner again: the bot was added",
                        teamId);
                setUpTeam(teamId, channel, configured.name(), free, null);
            }
        }
    }

    /**
     * An archived team was unarchived (or restored): it takes the cases of its kommuner
     * again, also those that wait for a team.
     */
    @Transactional
    public void resumeTeam(String teamId) {
        teams.findByTeamId(teamId).ifPresent((team) -> {
            if (!team.archive(false, clock.instant())) {
                return;
            }
            teams.save(team);
            log.info("Konsultationsteam {} unarchived", teamId);
            events.publishEvent(new TeamResumed(teamId, team.name(), team.kommuner()));
            routeWaitingCases(team);
        });
    }

    /** The team's case channel was renamed in Teams. */
    @Transactional
    public void renameChannel(String teamId, String channelId, String channelName) {
        teams.findByTeamId(teamId).ifPresent((team) -> {
            if (team.channelRenamed(channelId, channelName, clock.instant())) {
                teams.save(team);
            }
        });
    }

    /** The team was renamed in Teams. */
    @Transactional
    public void renameTeam(String teamId, String name) {
        teams.findByTeamId(teamId).ifPresent((team) -> {
            team.renamed(name, clock.instant());
            teams.save(team);
        });
    }

    /**
     * People left the team: they can no longer be assigned its cases, and the open cases
     * they answered for are released ({@link CaseReleased}) so that the team assigns them
     * again.
     */
    @Transactional
    public void forgetTeamMembers(String teamId, Collection<UserId> removed) {
        if (removed.isEmpty()) {
            return;
        }
        members.forget(teamId, removed);
        for (ConsultationCase open : cases.findOpenOfTeam(teamId)) {
            Person assignee = open.assignee();
            if (assignee != null && removed.contains(assignee.id())) {
                open.unassign();
                cases.save(open);
                log.info("Case {} released: its assignee {} left team {}", open.id(), assignee.id(), teamId);
                events.publishEvent(new CaseReleased(open.id(), assignee.id().value(), assignee.name()));
            }
        }
    }

    private void routeWaitingCases(ConsultationTeam team) {
        if (!team.takesCases()) {
            return;
        }
        for (Kommun kommun : team.kommuner()) {
            for (ConsultationCase waiting : cases.findAwaitingTeam(kommun.name())) {
                route(waiting, team);
            }
        }
    }

    private void route(ConsultationCase open, ConsultationTeam team) {
        open.routeTo(team.teamId());
        cases.save(open);
        log.info("Case {} goes to konsultationsteam {}", open.id(), team.teamId());
        events.publishEvent(new CaseRouted(open.id(), team.teamId()));
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationTeam> team(String teamId) {
        return teamId == null ? Optional.empty() : teams.findByTeamId(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationTeam> teamFor(Kommun kommun) {
        return routing.teamFor(kommun);
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

    /**
     * Teams listed the team's whole roster: these are its members now; anyone recorded
     * before who is not on it has left and can no longer be assigned its cases.
     */
    @Transactional
    public void rosterRead(String teamId, List<Person> roster) {
        if (teams.findByTeamId(teamId).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        roster.forEach((member) -> members.seen(teamId, member, now));
        List<UserId> left = members.of(teamId)
            .stream()
            .map(Person::id)
            .filter((known) -> roster.stream().noneMatch((member) -> member.id().equals(known)))
            .toList();
        forgetTeamMembers(teamId, left);
    }

    /** Whether the person is a member of the team, as far as the bot knows. */
    @Transactional(readOnly = true)
    public boolean isTeamMember(String teamId, UserId user) {
        return members.of(teamId).stream().anyMatch((member) -> member.id().equals(user));
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
        audit(details.caseworker().id(), "case.raised", raised.id());
        return raised;
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationCase> find(long caseId) {
        return cases.findById(caseId);
    }

    /** The structured fields of a case, for statistics: no text, no person. */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> facts(long caseId) {
        return cases.findById(caseId).map(CaseFacts::of);
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

    /** The open cases of the kommuner (a coordinator's), oldest first. */
    @Transactional(readOnly = true)
    public List<ConsultationCase> openCasesIn(List<Kommun> kommuner) {
        return kommuner.isEmpty() ? List.of() : cases.findOpenIn(names(kommuner));
    }

    /** The caseworker's closed cases, most recently closed first. */
    @Transactional(readOnly = true)
    public List<ConsultationCase> closedCasesOf(UserId caseworker, int limit) {
        return cases.findClosedOfCaseworker(caseworker.value(), limit);
    }

    /** The team's closed cases, most recently closed first. */
    @Transactional(readOnly = true)
    public List<ConsultationCase> closedCasesOfTeam(String teamId, int limit) {
        return cases.findClosedOfTeam(teamId, limit);
    }

    /** The closed cases of the kommuner, most recently closed first. */
    @Transactional(readOnly = true)
    public List<ConsultationCase> closedCasesIn(List<Kommun> kommuner, int limit) {
        return kommuner.isEmpty() ? List.of() : cases.findClosedIn(names(kommuner), limit);
    }

    /** The case this caseworker raised last, if any: what a new form starts from. */
    @Transactional(readOnly = true)
    public Optional<ConsultationCase> latestCaseOf(UserId caseworker) {
        return cases.findFirstByCaseworkerIdOrderByIdDesc(caseworker.value());
    }

    /** A case by its reference ("K-2026-0007"), written in any case. */
    @Transactional(readOnly = true)
    public Optional<ConsultationCase> findByReference(String reference) {
        return reference == null ? Optional.empty()
                : cases.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static List<String> names(List<Kommun> kommuner) {
        return kommuner.stream().map(Kommun::name).toList();
    }

    /** A team member's advice to the caseworker, from the team's channel. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase giveAdvice(long caseId, String teamId, Person member, String advice,
            Collection<String> confirmedNotNames) {
        return addTeamEntry(caseId, teamId, member, EntryKind.ADVICE, advice, confirmedNotNames, "Advice",
                (entry) -> new AdviceGiven(caseId, entry), "case.advice-given");
    }

    /** A team member asks the caseworker to clarify something. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase askClarification(long caseId, String teamId, Person member, String question,
            Collection<String> confirmedNotNames) {
        return addTeamEntry(caseId, teamId, member, EntryKind.QUESTION, question, confirmedNotNames, "Question",
                (entry) -> new ClarificationAsked(caseId, entry), "case.clarification-asked");
    }

    /**
     * A team member's entry on an open case of the team: checked, stored, logged as
     * {@code label}, and announced by the event made from the entry's number.
     */
    private ConsultationCase addTeamEntry(long caseId, String teamId, Person member, EntryKind kind, String text,
            Collection<String> confirmedNotNames, String label, IntFunction<Object> event, String action) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        requireClean(confirmedNotNames, text);
        int entry = found.add(kind, member, text.strip(), clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("{} {} on case {} by {}", label, entry, caseId, member.id());
        events.publishEvent(event.apply(entry));
        audit(member.id(), action, caseId);
        return saved;
    }

    /** The caseworker answers the team's question, from personal chat. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase answerClarification(long caseId, UserId caseworker, String answer,
            Collection<String> confirmedNotNames) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        requireOpen(found);
        requireClean(confirmedNotNames, answer);
        int entry = found.add(EntryKind.ANSWER, found.caseworker(), answer.strip(), clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Answer {} on case {}", entry, caseId);
        events.publishEvent(new ClarificationAnswered(caseId, entry));
        audit(caseworker, "case.clarification-answered", caseId);
        return saved;
    }

    /** Assigns the case to a member of its team (one seen in the team's channel). */
    @Transactional
    public ConsultationCase assign(long caseId, String teamId, UserId assigneeId) {
        return assign(caseId, teamId, assigneeId, null);
    }

    /**
     * Assigns the case to a member of its team (one seen in the team's channel).
     * @param by who assigned it, for the audit trail (null when not known)
     */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase assign(long caseId, String teamId, UserId assigneeId, UserId by) {
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
        if (by != null) {
            audit(by, "case.assigned", caseId);
        }
        return saved;
    }

    /** Closed from the team's channel; the caseworker is asked for the outcome. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase closeByTeam(long caseId, String teamId, UserId member) {
        ConsultationCase found = openCaseOfTeam(caseId, teamId);
        found.close(member, clock.instant());
        ConsultationCase saved = cases.save(found);
        log.info("Case {} closed by team member {}", caseId, member);
        events.publishEvent(new CaseClosed(caseId, false));
        audit(member, "case.closed", caseId);
        return saved;
    }

    /** Closed by the caseworker, who tells the outcome at once. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase closeByCaseworker(long caseId, UserId caseworker, Outcome outcome, boolean nextStepTaken) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        requireOpen(found);
        found.close(caseworker, clock.instant());
        found.recordOutcome(outcome, nextStepTaken);
        ConsultationCase saved = cases.save(found);
        log.info("Case {} closed by its caseworker", caseId);
        events.publishEvent(new CaseClosed(caseId, true));
        audit(caseworker, "case.closed", caseId);
        return saved;
    }

    /** The outcome of a case the team closed. */
    @Transactional
    @Retryable(includes = OptimisticLockingFailureException.class, delay = 20, jitter = 10)
    public ConsultationCase recordOutcome(long caseId, UserId caseworker, Outcome outcome, boolean nextStepTaken) {
        ConsultationCase found = caseOfCaseworker(caseId, caseworker);
        found.recordOutcome(outcome, nextStepTaken);
        ConsultationCase saved = cases.save(found);
        log.info("Outcome of case {} recorded", caseId);
        events.publishEvent(new CaseOutcomeRecorded(caseId));
        audit(caseworker, "case.outcome-recorded", caseId);
        return saved;
    }

    /**
     * Reminds the coordinators of cases that have had no advice for the configured number
     * of working days, once per case.
     * @return how many cases were reminded about
     */
    @Transactional
    public int remindAboutCasesWithoutAdvice() {
        return reminder.remind();
    }

    private void audit(UserId user, String action, long caseId) {
        events.publishEvent(UserActed.of(user, action, "case", caseId, clock.instant()));
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
        textGuard.requireClean(confirmedNotNames, texts);
    }

}
