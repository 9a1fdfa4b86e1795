package se.finsam.samverkansbot.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.cases.CaseAccessDenied;
import se.finsam.samverkansbot.cases.CaseClosed;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * A konsultationsteam's meetings: the series a samverkanskoordinator or admin sets up,
 * the meetings it gives (Europe/Stockholm, Swedish public holidays skipped), moving and
 * cancelling one, and the agenda: cases queued by their handläggare or by a team member
 * go to the next meeting whose agenda deadline lies ahead and that has room. Agendas and
 * morning reminders go out on the scheduler ({@link #sendDueNotices()}). Every change
 * others must hear of publishes its event in the change's transaction; every action
 * checks who may do it. A refusal ({@link InvalidMeetingInput},
 * {@link MeetingAccessDenied}) is thrown before anything is written and leaves a caller's
 * transaction usable (a card button runs in one, to be acted on once).
 */
@Service
public class MeetingPlanning {

    private static final Logger log = LoggerFactory.getLogger(MeetingPlanning.class);

    static final int MAX_REASON = 300;

    private final MeetingSeriesStore seriesStore;

    private final Meetings meetings;

    private final AgendaItems items;

    private final SeriesPlanner planner;

    private final AgendaPlacement placement;

    private final MeetingViews views;

    private final MeetingRules rules;

    private final MeetingSweeper sweeper;

    private final CaseManagement cases;

    private final Organisation organisation;

    private final PrivacyGuard guard;

    private final MeetingProperties properties;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MeetingPlanning(MeetingSeriesStore seriesStore, Meetings meetings, AgendaItems items, SeriesPlanner planner,
            AgendaPlacement placement, MeetingViews views, MeetingRules rules, MeetingSweeper sweeper,
            CaseManagement cases, Organisation organisation, PrivacyGuard guard, MeetingProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.seriesStore = seriesStore;
        this.meetings = meetings;
        this.items = items;
        this.planner = planner;
        this.placement = placement;
        this.views = views;
        this.rules = rules;
        this.sweeper = sweeper;
        this.cases = cases;
        this.organisation = organisation;
        this.guard = guard;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // The series

    /** Whether the user may set up series, move meetings and keep protocols. */
    public boolean mayManage(UserId user) {
        return user != null && (organisation.isAdmin(user) || organisation.isCoordinator(user));
    }

    /**
     * Sets up or changes the team's series and plans its meetings.
     * @throws MeetingAccessDenied unless {@code by} is a samverkanskoordinator or admin
     * @throws InvalidMeetingInput with an error per field; nothing is stored then
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public SeriesView saveSeries(String teamId, SeriesForm form, UserId by) {
        requireManager(by);
        if (teamId == null || cases.team(teamId).isEmpty()) {
            throw InvalidMeetingInput.of("team", "notConsultationTeam");
        }
        SeriesSettings settings = new SeriesFormCheck(guard).check(form);
        Instant now = clock.instant();
        MeetingSeries series = seriesStore.lockByTeamId(teamId).orElseGet(() -> new MeetingSeries(teamId));
        series.apply(settings, by.value(), now);
        series = seriesStore.save(series);
        planner.plan(series, horizonEnd(now), now);
        series = seriesStore.save(series);
        log.info("Meeting series {} of team {} saved by {}", series.id(), teamId, by);
        return series.view();
    }

    @Transactional(readOnly = true)
    public Optional<SeriesView> series(String teamId) {
        return seriesStore.findByTeamId(teamId).map(MeetingSeries::view);
    }

    /**
     * The team's coming meetings (also cancelled ones, which the plan shows as such), at
     * most the configured number.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> plan(String teamId) {
        List<Meeting> coming = upcoming(teamId).stream().limit(properties.planShown()).toList();
        return views.of(coming);
    }

    /** The team's next meeting that takes place, with its agenda. */
    @Transactional(readOnly = true)
    public Optional<MeetingView> nextMeeting(String teamId) {
        return upcoming(teamId).stream().filter((m) -> m.status() == MeetingStatus.PLANNED).findFirst().map(views::of);
    }

    /**
     * The team's meetings whose day has come and that were not cancelled, latest first:
     * those a protocol can be kept for.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> heldMeetings(String teamId, int limit) {
        return views.of(meetings
            .findByTeamIdAndMeetingDateLessThanEqualOrderByMeetingDateDescStartTimeDesc(teamId,
                    rules.today(clock.instant()))
            .stream()
            .filter((m) -> m.status() == MeetingStatus.PLANNED)
            .limit(limit)
            .toList());
    }

    /**
     * The coming meetings where this handläggare has a case on the agenda, with only
     * their own items.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> nextMeetingsOf(UserId caseworker) {
        Instant now = clock.instant();
        Map<Long, Meeting> found = new LinkedHashMap<>();
        for (AgendaItem item : items.findByCaseworkerIdAndStatus(caseworker.value(), ItemStatus.QUEUED)) {
            meetings.findById(item.meetingId())
                .filter((m) -> m.status() == MeetingStatus.PLANNED && m.end(rules).toInstant().isAfter(now))
                .ifPresent((m) -> found.putIfAbsent(m.id(), m));
        }
        return found.values()
            .stream()
            .sorted((a, b) -> a.start(rules).compareTo(b.start(rules)))
            .map((m) -> views.of(m).onlyItemsOf(caseworker))
            .toList();
    }

    /**
     * A meeting with only the handläggare's own item on it, for their calendar
     * invitation.
     * @throws MeetingAccessDenied unless the item is on the meeting and the user's
     */
    @Transactional(readOnly = true)
    public MeetingView meetingOfCaseworker(long meetingId, long itemId, UserId caseworker) {
        AgendaItem item = items.findById(itemId)
            .filter((i) -> i.status() == ItemStatus.QUEUED && i.meetingId() == meetingId)
            .filter((i) -> i.caseworker().equals(caseworker))
            .orElseThrow(() -> new MeetingAccessDenied("Agenda item " + itemId + " is not " + caseworker + "'s"));
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        return views.of(meeting, List.of(item));
    }

    /** One meeting of the team, with its agenda. */
    @Transactional(readOnly = true, noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public MeetingView meeting(long meetingId, String teamId) {
        return views.of(meetingOfTeam(meetingId, teamId));
    }

    /**
     * Moves one meeting to another day or time; its items stay on it.
     * @throws InvalidMeetingInput when the new time is missing, past or the reason not
     * clean
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public MeetingView moveMeeting(long meetingId, String teamId, String date, String time, String reason,
            Collection<String> confirmedNotNames, UserId by) {
        requireManager(by);
        Meeting meeting = meetingOfTeam(meetingId, teamId);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        if (meeting.status() != MeetingStatus.PLANNED) {
            errors.put("meeting", "cancelled");
        }
        LocalDate newDate = parse(() -> LocalDate.parse(date.strip()), date, "date", errors);
        LocalTime newTime = parse(() -> LocalTime.parse(pad(time.strip())), time, "time", errors);
        if (newDate != null && newTime != null && !rules.at(newDate, newTime).toInstant().isAfter(now)) {
            errors.put("date", "past");
        }
        String why = reason(reason, confirmedNotNames, errors);
        if (!errors.isEmpty()) {
            throw new InvalidMeetingInput(errors);
        }
        ZonedDateTime previous = meeting.start(rules);
        MeetingSeries series = seriesStore.findById(meeting.seriesId()).orElseThrow();
        meeting.move(newDate, newTime, why, series.deadlineWorkingDays(), rules, now);
        meeting = meetings.save(meeting);
        MeetingView view = views.of(meeting);
        log.info("Meeting {} moved by {} to {}", meetingId, by, view.start());
        events.publishEvent(new MeetingMoved(view, previous));
        return view;
    }

    /**
     * Cancels one meeting; its items move to the next meetings with room.
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public MeetingCancelled cancelMeeting(long meetingId, String teamId, String reason,
            Collection<String> confirmedNotNames, UserId by) {
        requireManager(by);
        Meeting meeting = meetingOfTeam(meetingId, teamId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (meeting.status() != MeetingStatus.PLANNED) {
            errors.put("meeting", "cancelled");
        }
        else if (!meeting.end(rules).toInstant().isAfter(clock.instant())) {
            errors.put("meeting", "over");
        }
        String why = reason(reason, confirmedNotNames, errors);
        if (!errors.isEmpty()) {
            throw new InvalidMeetingInput(errors);
        }
        seriesStore.lockByTeamId(meeting.teamId());
        List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
        MeetingView before = views.of(meeting, agenda);
        meeting.cancel(why);
        meeting = meetings.save(meeting);
        List<AgendaItemMoved> moved = new ArrayList<>();
        Instant now = clock.instant();
        for (AgendaItem item : agenda) {
            Optional<AgendaPlacement.Target> target = placement.next(meeting, now);
            if (target.isEmpty()) {
                extendFor(meeting.teamId(), now);
                target = placement.next(meeting, now);
            }
            if (target.isPresent()) {
                item.moveTo(target.get().meeting(), target.get().position());
                items.save(item);
                moved.add(new AgendaItemMoved(views.item(target.get().meeting(), item), before.withItems(List.of()),
                        views.of(target.get().meeting())));
            }
            else {
                item.remove();
                items.save(item);
            }
        }
        MeetingCancelled cancelled = new MeetingCancelled(views.of(meeting, List.of()).withItems(before.items()),
                moved);
        log.info("Meeting {} cancelled by {}; {} of {} items moved", meetingId, by, moved.size(), agenda.size());
        events.publishEvent(cancelled);
        return cancelled;
    }

    // The agenda

    /**
     * The handläggare asks for their case to be taken up at a meeting.
     * @param attend whether they take part for their item
     * @return the meeting it went to, with only this item
     * @throws MeetingAccessDenied when the case is not theirs
     * @throws InvalidMeetingInput when the case is closed, already queued, the team has
     * no series or every meeting within reach is full; the caller's transaction stays
     * usable (a case being raised is raised all the same)
     */
    @Transactional(noRollbackFor = InvalidMeetingInput.class)
    public MeetingView queueByCaseworker(long caseId, UserId caseworker, boolean attend) {
        ConsultationCase found = access(() -> cases.caseOfCaseworker(caseId, caseworker));
        return queue(found, attend, ItemSource.CASEWORKER, caseworker);
    }

    /**
     * A member of the case's team asks for it to be taken up at a meeting ("Ta upp på
     * möte"); the handläggare is not asked to take part.
     * @param teamId the team the request comes from: must be the case's team
     */
    @Transactional
    public MeetingView queueByTeam(long caseId, String teamId, UserId member) {
        ConsultationCase found = access(() -> cases.caseOfTeam(caseId, teamId));
        return queue(found, false, ItemSource.TEAM, member);
    }

    private MeetingView queue(ConsultationCase found, boolean attend, ItemSource source, UserId by) {
        if (!found.status().isOpen()) {
            throw InvalidMeetingInput.of("case", "closed");
        }
        MeetingSeries series = seriesStore.lockByTeamId(found.teamId())
            .orElseThrow(() -> InvalidMeetingInput.of("series", "none"));
        Instant now = clock.instant();
        if (isQueued(found.id(), now)) {
            throw InvalidMeetingInput.of("case", "alreadyQueued");
        }
        LocalDate today = rules.today(now);
        Optional<AgendaPlacement.Target> target = placement.forRequest(series, today, now);
        LocalDate limit = today.plus(properties.queueLimit());
        if (target.isEmpty() && series.plannedUntil().isBefore(limit)) {
            planner.plan(series, limit, now);
            seriesStore.save(series);
            target = placement.forRequest(series, today, now);
        }
        if (target.isEmpty()) {
            throw InvalidMeetingInput.of("meeting", "full");
        }
        Meeting meeting = target.get().meeting();
        AgendaItem item = items.save(AgendaItem.queued(meeting, target.get().position(), found.id(),
                found.caseworker().id(), found.tenantId(), attend, source, by, now));
        log.info("Case {} queued for meeting {} by {} ({})", found.id(), meeting.id(), by, source);
        return views.of(meeting, List.of(item));
    }

    private boolean isQueued(long caseId, Instant now) {
        return items.findByCaseIdAndStatus(caseId, ItemStatus.QUEUED)
            .stream()
            .map((item) -> meetings.findById(item.meetingId()))
            .flatMap(Optional::stream)
            .anyMatch((m) -> m.status() == MeetingStatus.PLANNED && m.end(rules).toInstant().isAfter(now));
    }

    /**
     * Moves an item to another meeting of its team, or to the next one with room when
     * {@code toMeetingId} is null.
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public AgendaItemMoved moveItem(long itemId, String teamId, Long toMeetingId, UserId by) {
        requireManager(by);
        AgendaItem item = itemOfTeam(itemId, teamId);
        Meeting from = meetings.findById(item.meetingId()).orElseThrow();
        seriesStore.lockByTeamId(from.teamId());
        Instant now = clock.instant();
        Optional<AgendaPlacement.Target> target;
        if (toMeetingId == null) {
            target = placement.next(from, now);
        }
        else {
            Meeting to = meetingOfTeam(toMeetingId, teamId);
            if (to.id().equals(from.id()) || !to.end(rules).toInstant().isAfter(now)) {
                throw InvalidMeetingInput.of("meeting", "invalid");
            }
            target = placement.at(to);
        }
        if (target.isEmpty()) {
            throw InvalidMeetingInput.of("meeting", "full");
        }
        MeetingView before = views.of(from, List.of(item));
        item.moveTo(target.get().meeting(), target.get().position());
        items.save(item);
        placement.compact(from);
        AgendaItemMoved moved = new AgendaItemMoved(views.item(target.get().meeting(), item), views.of(from),
                views.of(target.get().meeting()));
        log.info("Agenda item {} moved from meeting {} to {} by {}", itemId, from.id(), target.get().meeting().id(),
                by);
        events.publishEvent(moved);
        return moved;
    }

    /** Takes an item off its meeting's agenda. */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public AgendaItemRemoved removeItem(long itemId, String teamId, UserId by) {
        requireManager(by);
        AgendaItem item = itemOfTeam(itemId, teamId);
        Meeting from = meetings.findById(item.meetingId()).orElseThrow();
        AgendaItemView view = views.item(from, item);
        item.remove();
        items.save(item);
        placement.compact(from);
        AgendaItemRemoved removed = new AgendaItemRemoved(view, views.of(from));
        log.info("Agenda item {} removed from meeting {} by {}", itemId, from.id(), by);
        events.publishEvent(removed);
        return removed;
    }

    /**
     * A closed case leaves the agendas that have not gone out; nobody needs telling.
     */
    @EventListener
    void on(CaseClosed closed) {
        takeOffAgendas(closed.caseId(), null, "closed");
    }

    /**
     * Takes the case off the agendas that have not gone out, except those of the team
     * {@code keptTeamId} (none when null); nobody is told.
     */
    void takeOffAgendas(long caseId, String keptTeamId, String why) {
        Instant now = clock.instant();
        for (AgendaItem item : items.findByCaseIdAndStatus(caseId, ItemStatus.QUEUED)) {
            meetings.findById(item.meetingId())
                .filter((m) -> m.open(now) && !m.teamId().equals(keptTeamId))
                .ifPresent((meeting) -> {
                    item.remove();
                    items.save(item);
                    placement.compact(meeting);
                    log.info("Agenda item {} removed: case {} {}", item.id(), caseId, why);
                });
        }
    }

    /** Whether the case is on the agenda of a coming meeting. */
    @Transactional(readOnly = true)
    public boolean onComingAgenda(long caseId) {
        return isQueued(caseId, clock.instant());
    }

    // Scheduled work

    /**
     * Posts every agenda and sends every morning reminder that is due now, and plans the
     * series ahead; runs on the scheduler, and tests call it.
     * @return the number of notices sent
     */
    public int sendDueNotices() {
        return sweeper.sweep();
    }

    // Helpers

    private List<Meeting> upcoming(String teamId) {
        Instant now = clock.instant();
        return meetings
            .findByTeamIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(teamId, rules.today(now))
            .stream()
            .filter((m) -> m.end(rules).toInstant().isAfter(now))
            .toList();
    }

    private void extendFor(String teamId, Instant now) {
        seriesStore.findByTeamId(teamId).ifPresent((series) -> {
            LocalDate limit = rules.today(now).plus(properties.queueLimit());
            if (series.plannedUntil().isBefore(limit)) {
                planner.plan(series, limit, now);
                seriesStore.save(series);
            }
        });
    }

    LocalDate horizonEnd(Instant now) {
        return rules.today(now).plus(properties.horizon());
    }

    private Meeting meetingOfTeam(long meetingId, String teamId) {
        return meetings.findById(meetingId)
            .filter((m) -> m.teamId().equals(teamId))
            .orElseThrow(() -> new MeetingAccessDenied("Meeting " + meetingId + " is not a meeting of " + teamId));
    }

    private AgendaItem itemOfTeam(long itemId, String teamId) {
        AgendaItem item = items.findById(itemId)
            .filter((i) -> i.status() == ItemStatus.QUEUED)
            .orElseThrow(() -> new MeetingAccessDenied("No agenda item " + itemId));
        meetingOfTeam(item.meetingId(), teamId);
        return item;
    }

    private void requireManager(UserId by) {
        if (!mayManage(by)) {
            throw new MeetingAccessDenied("User " + by + " may not manage meetings");
        }
    }

    private String reason(String reason, Collection<String> confirmedNotNames, Map<String, String> errors) {
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "required");
            return null;
        }
        String text = reason.strip();
        if (text.length() > MAX_REASON) {
            errors.put("reason", "tooLong");
            return null;
        }
        if (!guard.scan(text, confirmedNotNames == null ? Set.of() : confirmedNotNames).isClean()) {
            errors.put("reason", "privacy");
            return null;
        }
        return text;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private interface Parser<T> {

        T parse();

    }

    private static <T> T parse(Parser<T> parser, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return parser.parse();
        }
        catch (DateTimeParseException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

    private static ConsultationCase access(java.util.function.Supplier<ConsultationCase> lookup) {
        try {
            return lookup.get();
        }
        catch (CaseAccessDenied e) {
            throw new MeetingAccessDenied(e.getMessage());
        }
    }

}
