package se.finsam.samverkansbot.meetings;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;

/**
 * Builds the views other modules see: a meeting with its team's channel and its agenda,
 * each item with what the cases module tells of its case (reference, kommun, categories,
 * the anonymised question). Case texts are read through the cases module's public API,
 * never stored here.
 */
@Component
class MeetingViews {

    private final CaseManagement cases;

    private final MeetingSeriesStore series;

    private final AgendaItems items;

    private final MeetingRules rules;

    MeetingViews(CaseManagement cases, MeetingSeriesStore series, AgendaItems items, MeetingRules rules) {
        this.cases = cases;
        this.series = series;
        this.items = items;
        this.rules = rules;
    }

    MeetingView of(Meeting meeting) {
        return of(meeting, items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED));
    }

    List<MeetingView> of(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AgendaItem>> byMeeting = new HashMap<>();
        items
            .findByMeetingIdInAndStatusOrderByPositionAsc(meetings.stream().map(Meeting::id).toList(),
                    ItemStatus.QUEUED)
            .forEach((item) -> byMeeting.computeIfAbsent(item.meetingId(), (id) -> new ArrayList<>()).add(item));
        return meetings.stream().map((m) -> of(m, byMeeting.getOrDefault(m.id(), List.of()))).toList();
    }

    MeetingView of(Meeting meeting, List<AgendaItem> agenda) {
        Optional<ConsultationTeam> team = cases.team(meeting.teamId());
        MeetingSeries frame = series.findById(meeting.seriesId())
            .orElseThrow(() -> new IllegalStateException("Meeting " + meeting.id() + " has no series"));
        ZonedDateTime start = meeting.start(rules);
        return new MeetingView(meeting.id(), meeting.teamId(), team.map(ConsultationTeam::channelId).orElse(null),
                team.map(ConsultationTeam::name).orElse(null), meeting.nominalDate(), start, meeting.end(rules),
                frame.place(), frame.onlineLink(), meeting.status(), meeting.changeKind(), meeting.reason(),
                meeting.sequence(), meeting.agendaDueAt(), meeting.isAgendaPublished(), meeting.maxCases(),
                meeting.minutesPerCase(), agenda.stream().map((item) -> item(meeting, item)).toList());
    }

    AgendaItemView item(Meeting meeting, AgendaItem item) {
        Optional<ConsultationCase> found = cases.find(item.caseId());
        LocalTime slotStart = meeting.startTime().plusMinutes((long) item.position() * meeting.minutesPerCase());
        return new AgendaItemView(item.id(), meeting.id(), item.caseId(),
                found.map(ConsultationCase::reference).orElse(null), found.map(ConsultationCase::kommun).orElse(null),
                found.map((c) -> c.categories().stream().map(Category::name).toList()).orElse(List.of()),
                found.map(ConsultationCase::question).orElse(null), item.caseworker(), item.tenantId(), item.attend(),
                item.source(), item.position() + 1, slotStart, slotStart.plusMinutes(meeting.minutesPerCase()),
                item.revision());
    }

}
