package se.finsam.samverkansbot.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * The protocol of a konsultationsteam meeting, kept by a samverkanskoordinator or admin:
 * per agenda item discussed or not, the advice and the next step; the agencies
 * represented, how many took part and the structural issues seen. Drafts are saved as
 * they are; approving checks the protocol is complete, gives each advice on its case
 * through the cases module (which relays it to the handläggare), locks the protocol and
 * publishes {@link ProtocolApproved}. Every text passes the privacy guard. A refusal
 * leaves a caller's transaction usable, as in {@link MeetingPlanning}.
 */
@Service
public class ProtocolManagement {

    private static final Logger log = LoggerFactory.getLogger(ProtocolManagement.class);

    static final int MAX_ADVICE = 4000;

    static final int MAX_ISSUES = 4000;

    private final Protocols protocols;

    private final Meetings meetings;

    private final AgendaItems items;

    private final MeetingViews views;

    private final MeetingPlanning planning;

    private final MeetingRules rules;

    private final CaseManagement cases;

    private final PrivacyGuard guard;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ProtocolExport export;

    ProtocolManagement(Protocols protocols, Meetings meetings, AgendaItems items, MeetingViews views,
            MeetingPlanning planning, MeetingRules rules, CaseManagement cases, PrivacyGuard guard,
            ApplicationEventPublisher events, Clock clock, ProtocolExport export) {
        this.protocols = protocols;
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.planning = planning;
        this.rules = rules;
        this.cases = cases;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.export = export;
    }

    /**
     * The meeting's protocol, started as a draft with an entry per agenda item if there
     * is none yet.
     * @throws InvalidMeetingInput when the meeting is cancelled or has not begun (its day
     * has not come)
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public ProtocolView open(long meetingId, String teamId, UserId by) {
        Meeting meeting = meetingFor(meetingId, teamId, by);
        return view(meeting, protocolOf(meeting, by));
    }

    /** The protocol, if one was started. */
    @Transactional(readOnly = true, noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public ProtocolView protocol(long meetingId, String teamId, UserId by) {
        Meeting meeting = meetingFor(meetingId, teamId, by);
        MeetingProtocol protocol = protocols.findByMeetingId(meetingId)
            .orElseThrow(() -> InvalidMeetingInput.of("protocol", "none"));
        return view(meeting, protocol);
    }

    /**
     * Saves a draft as it is; only what is filled in is checked.
     * @throws InvalidMeetingInput with an error per field; nothing is stored then
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public ProtocolView saveDraft(long meetingId, String teamId, ProtocolForm form, UserId by) {
        Meeting meeting = meetingFor(meetingId, teamId, by);
        MeetingProtocol protocol = protocolOf(meeting, by);
        record(protocol, form, false, by);
        protocol = protocols.save(protocol);
        log.info("Protocol of meeting {} saved as draft by {}", meetingId, by);
        return view(meeting, protocol);
    }

    /**
     * Approves the protocol: every item must be marked discussed or not, the number of
     * participants and at least one agency given. The advice is given on the cases, the
     * protocol locked.
     * @param byName the samverkanskoordinator's name, as the protocol shows it
     */
    @Transactional(noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public ProtocolView approve(long meetingId, String teamId, ProtocolForm form, UserId by, String byName) {
        Meeting meeting = meetingFor(meetingId, teamId, by);
        MeetingProtocol protocol = protocolOf(meeting, by);
        record(protocol, form, true, by);
        Map<String, String> errors = new LinkedHashMap<>();
        List<ProtocolEntry> advised = new ArrayList<>();
        for (ProtocolEntry entry : protocol.entries()) {
            if (Boolean.TRUE.equals(entry.discussed()) && entry.advice() != null) {
                ConsultationCase found = cases.find(entry.caseId()).orElse(null);
                if (found == null || !found.status().isOpen()) {
                    errors.put("advice." + entry.agendaItemId(), "caseClosed");
                }
                advised.add(entry);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidMeetingInput(errors);
        }
        Instant now = clock.instant();
        Person coordinator = Person.of(by, byName);
        for (ProtocolEntry entry : advised) {
            cases.giveAdvice(entry.caseId(), meeting.teamId(), coordinator, entry.advice(), form.confirmedNotNames());
        }
        protocol.approve(by.value(), byName, now);
        protocol = protocols.save(protocol);
        ProtocolView view = view(meeting, protocol);
        log.info("Protocol of meeting {} approved by {}; advice given on {} cases", meetingId, by, advised.size());
        events.publishEvent(new ProtocolApproved(view));
        return view;
    }

    /**
     * The approved (or draft) protocol as a printable HTML page in Swedish, for the
     * förbund's records: no case texts and no names but the staff's.
     */
    @Transactional(readOnly = true, noRollbackFor = { InvalidMeetingInput.class, MeetingAccessDenied.class })
    public String exportHtml(long meetingId, String teamId, UserId by) {
        return export.html(protocol(meetingId, teamId, by));
    }

    private void record(MeetingProtocol protocol, ProtocolForm form, boolean complete, UserId by) {
        if (protocol.status() == ProtocolStatus.APPROVED) {
            throw InvalidMeetingInput.of("protocol", "approved");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer participants = null;
        if (form.participants() != null && !form.participants().isBlank()) {
            try {
                participants = Integer.parseInt(form.participants().strip());
                if (participants < 1 || participants > 200) {
                    errors.put("participants", "outOfRange");
                }
            }
            catch (NumberFormatException e) {
                errors.put("participants", "invalid");
            }
        }
        else if (complete) {
            errors.put("participants", "required");
        }
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        for (String code : form.agencies()) {
            try {
                agencies.add(Agency.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException e) {
                errors.put("agencies", "invalid");
            }
        }
        if (complete && agencies.isEmpty() && !errors.containsKey("agencies")) {
            errors.put("agencies", "required");
        }
        String issues = text(form.structuralIssues(), "structuralIssues", MAX_ISSUES, form.confirmedNotNames(), errors);
        for (Long itemId : form.entries().keySet()) {
            if (protocol.entry(itemId).isEmpty()) {
                throw new MeetingAccessDenied("Agenda item " + itemId + " is not on meeting " + protocol.meetingId());
            }
        }
        Map<ProtocolEntry, Object[]> recorded = new LinkedHashMap<>();
        for (ProtocolEntry entry : protocol.entries()) {
            ProtocolForm.Entry given = form.entries().get(entry.agendaItemId());
            String suffix = "." + entry.agendaItemId();
            Boolean discussed = null;
            String advice = null;
            NextStep next = null;
            if (given != null) {
                discussed = yesNo(given.discussed(), "discussed" + suffix, errors);
                advice = text(given.advice(), "advice" + suffix, MAX_ADVICE, form.confirmedNotNames(), errors);
                next = nextStep(given.nextStep(), "nextStep" + suffix, errors);
            }
            if (complete && discussed == null && !errors.containsKey("discussed" + suffix)) {
                errors.put("discussed" + suffix, "required");
            }
            if (Boolean.FALSE.equals(discussed) && advice != null) {
                errors.put("advice" + suffix, "notDiscussed");
            }
            recorded.put(entry, new Object[] { discussed, advice, next });
        }
        if (!errors.isEmpty()) {
            throw new InvalidMeetingInput(errors);
        }
        recorded
            .forEach((entry, values) -> entry.record((Boolean) values[0], (String) values[1], (NextStep) values[2]));
        protocol.record(participants, agencies, issues, by.value(), clock.instant());
    }

    private static Boolean yesNo(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "ja", "true" -> Boolean.TRUE;
            case "no", "nej", "false" -> Boolean.FALSE;
            default -> {
                errors.put(field, "invalid");
                yield null;
            }
        };
    }

    private static NextStep nextStep(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NextStep.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

    private String text(String value, String field, int max, Set<String> confirmedNotNames,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, "tooLong");
            return null;
        }
        if (!guard.scan(text, confirmedNotNames).isClean()) {
            errors.put(field, "privacy");
            return null;
        }
        return text;
    }

    private Meeting meetingFor(long meetingId, String teamId, UserId by) {
        if (!planning.mayManage(by)) {
            throw new MeetingAccessDenied("User " + by + " may not keep protocols");
        }
        Meeting meeting = meetings.findById(meetingId)
            .filter((m) -> m.teamId().equals(teamId))
            .orElseThrow(() -> new MeetingAccessDenied("Meeting " + meetingId + " is not a meeting of " + teamId));
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw InvalidMeetingInput.of("meeting", "cancelled");
        }
        if (meeting.date().isAfter(rules.today(clock.instant()))) {
            throw InvalidMeetingInput.of("meeting", "notYet");
        }
        return meeting;
    }

    private MeetingProtocol protocolOf(Meeting meeting, UserId by) {
        List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
        MeetingProtocol protocol = protocols.findByMeetingId(meeting.id())
            .orElseGet(() -> MeetingProtocol.draft(meeting.id(), agenda, by.value(), clock.instant()));
        if (protocol.status() == ProtocolStatus.DRAFT) {
            protocol.include(agenda);
        }
        return protocol.status() == ProtocolStatus.DRAFT ? protocols.save(protocol) : protocol;
    }

    private ProtocolView view(Meeting meeting, MeetingProtocol protocol) {
        List<AgendaItem> all = items.findAllById(protocol.entries().stream().map(ProtocolEntry::agendaItemId).toList());
        Map<Long, AgendaItem> byId = new LinkedHashMap<>();
        all.forEach((item) -> byId.put(item.id(), item));
        List<ProtocolView.Entry> entries = protocol.entries()
            .stream()
            .filter((entry) -> byId.containsKey(entry.agendaItemId()))
            .map((entry) -> new ProtocolView.Entry(views.item(meeting, byId.get(entry.agendaItemId())),
                    entry.discussed(), entry.advice(), entry.nextStep()))
            .sorted((a, b) -> Integer.compare(a.item().number(), b.item().number()))
            .toList();
        return new ProtocolView(views.of(meeting), protocol.status(), protocol.participants(), protocol.agencies(),
                protocol.structuralIssues(), entries, protocol.approvedByName(), protocol.approvedAt());
    }

}
