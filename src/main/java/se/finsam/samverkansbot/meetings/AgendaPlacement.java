package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Puts items on agendas: a new request on the next meeting whose deadline lies ahead and
 * that has room, an item of a cancelled meeting on the next one that has room, each at
 * the first free position. An agenda that has not gone out is kept without gaps; one that
 * has gone out keeps everyone's slot.
 */
@Component
class AgendaPlacement {

    private final Meetings meetings;

    private final AgendaItems items;

    AgendaPlacement(Meetings meetings, AgendaItems items) {
        this.meetings = meetings;
        this.items = items;
    }

    /**
     * The meeting a new request goes to, and the position on it.
     * @param from only meetings on or after this day
     */
    Optional<Target> forRequest(MeetingSeries series, LocalDate from, Instant now) {
        List<Meeting> upcoming = meetings
            .findBySeriesIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(series.id(), from);
        Map<Long, List<AgendaItem>> agendas = agendasOf(upcoming);
        List<AgendaAllocator.Slot> slots = new ArrayList<>();
        for (Meeting meeting : upcoming) {
            slots.add(new AgendaAllocator.Slot(meeting.id(), meeting.agendaDueAt(), meeting.open(now),
                    meeting.maxCases(), agendas.getOrDefault(meeting.id(), List.of()).size()));
        }
        return new AgendaAllocator(slots).place(now).map((placement) -> {
            Meeting meeting = upcoming.stream().filter((m) -> m.id() == placement.meetingId()).findFirst().get();
            return new Target(meeting, freePosition(agendas.getOrDefault(meeting.id(), List.of()), meeting));
        });
    }

    /**
     * The next planned meeting after {@code from} (excluded) that has room, whether or
     * not its deadline has passed: where the items of a cancelled meeting go.
     */
    Optional<Target> next(Meeting from, Instant now) {
        List<Meeting> upcoming = meetings.findBySeriesIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(
                from.seriesId(), from.date());
        for (Meeting meeting : upcoming) {
            if (meeting.id().equals(from.id()) || meeting.status() != MeetingStatus.PLANNED
                    || !isAfter(meeting, from)) {
                continue;
            }
            List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
            if (agenda.size() < meeting.maxCases()) {
                return Optional.of(new Target(meeting, freePosition(agenda, meeting)));
            }
        }
        return Optional.empty();
    }

    /** A specific meeting, if it is planned, still ahead and has room. */
    Optional<Target> at(Meeting meeting) {
        if (meeting.status() != MeetingStatus.PLANNED) {
            return Optional.empty();
        }
        List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
        if (agenda.size() >= meeting.maxCases()) {
            return Optional.empty();
        }
        return Optional.of(new Target(meeting, freePosition(agenda, meeting)));
    }

    /** Closes the gaps an item left on an agenda that has not gone out. */
    void compact(Meeting meeting) {
        if (meeting.isAgendaPublished()) {
            return;
        }
        List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            if (item.position() != i) {
                item.reposition(i);
                items.save(item);
            }
        }
    }

    private static boolean isAfter(Meeting meeting, Meeting from) {
        int byDate = meeting.date().compareTo(from.date());
        return byDate > 0 || (byDate == 0 && meeting.startTime().isAfter(from.startTime()));
    }

    private Map<Long, List<AgendaItem>> agendasOf(List<Meeting> upcoming) {
        Map<Long, List<AgendaItem>> agendas = new HashMap<>();
        if (!upcoming.isEmpty()) {
            items
                .findByMeetingIdInAndStatusOrderByPositionAsc(upcoming.stream().map(Meeting::id).toList(),
                        ItemStatus.QUEUED)
                .forEach((item) -> agendas.computeIfAbsent(item.meetingId(), (id) -> new ArrayList<>()).add(item));
        }
        return agendas;
    }

    /** The first position no item holds: the end of a gapless agenda, or a gap. */
    static int freePosition(List<AgendaItem> agenda, Meeting meeting) {
        BitSet taken = new BitSet();
        agenda.forEach((item) -> taken.set(item.position()));
        return taken.nextClearBit(0);
    }

    /** A meeting and the position an item takes on it. */
    record Target(Meeting meeting, int position) {
    }

}
