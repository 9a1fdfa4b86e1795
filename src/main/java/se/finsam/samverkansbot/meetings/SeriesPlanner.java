package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.meetings.schedule.Occurrence;
import se.finsam.samverkansbot.meetings.schedule.Schedule;

/**
 * Keeps a series' planned meetings in step with its rhythm, from today up to a day ahead.
 * Meetings whose agenda has gone out, and those a samverkanskoordinator moved or
 * cancelled, stay as they are; the others follow the series. A meeting the new rhythm no
 * longer has is dropped (nobody was invited to it yet) and its items move to the next
 * meeting with room; so do the items a smaller agenda no longer holds.
 */
@Component
class SeriesPlanner {

    private static final Logger log = LoggerFactory.getLogger(SeriesPlanner.class);

    private final Meetings meetings;

    private final AgendaItems items;

    private final AgendaPlacement placement;

    private final MeetingRules rules;

    private final MeetingViews views;

    private final ApplicationEventPublisher events;

    SeriesPlanner(Meetings meetings, AgendaItems items, AgendaPlacement placement, MeetingRules rules,
            MeetingViews views, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.items = items;
        this.placement = placement;
        this.rules = rules;
        this.views = views;
        this.events = events;
    }

    /**
     * Plans the series' meetings from today to {@code until}; call with its row locked.
     */
    void plan(MeetingSeries series, LocalDate until, Instant now) {
        LocalDate today = rules.today(now);
        Schedule schedule = series.schedule(rules.zone());
        Map<LocalDate, Occurrence> wanted = new LinkedHashMap<>();
        for (Occurrence occurrence : schedule.between(today, until, rules::isWorkingDay)) {
            wanted.put(occurrence.nominalDate(), occurrence);
        }
        List<AgendaItem> homeless = new ArrayList<>();
        Map<Long, Meeting> dropped = new HashMap<>();
        for (Meeting meeting : meetings
            .findBySeriesIdAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAsc(series.id(), today)) {
            Occurrence occurrence = wanted.remove(meeting.nominalDate());
            if (meeting.isAgendaPublished() || meeting.changedByHand()) {
                continue;
            }
            List<AgendaItem> agenda = items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.QUEUED);
            if (occurrence == null) {
                // Out of the plan: closed to requests at once, deleted once its items
                // moved.
                meeting.cancel(null);
                meetings.save(meeting);
                homeless.addAll(agenda);
                dropped.put(meeting.id(), meeting);
                continue;
            }
            meeting.follow(series, occurrence, rules);
            meetings.save(meeting);
            int room = meeting.status() == MeetingStatus.PLANNED ? meeting.maxCases() : 0;
            if (agenda.size() > room) {
                homeless.addAll(agenda.subList(room, agenda.size()));
            }
        }
        for (Occurrence occurrence : wanted.values()) {
            if (meetings.findBySeriesIdAndNominalDate(series.id(), occurrence.nominalDate()).isEmpty()) {
                meetings.save(Meeting.planned(series, occurrence, rules, now));
            }
        }
        series.plannedUntil(until);
        rehome(homeless, dropped, series, now);
        dropped.values().forEach((meeting) -> {
            items.deleteAll(items.findByMeetingIdAndStatusOrderByPositionAsc(meeting.id(), ItemStatus.REMOVED));
            meetings.delete(meeting);
        });
        log.debug("Series {} planned until {}", series.id(), until);
    }

    /** Puts items whose meeting was dropped or became too small on the next meetings. */
    private void rehome(List<AgendaItem> homeless, Map<Long, Meeting> dropped, MeetingSeries series, Instant now) {
        for (AgendaItem item : homeless) {
            Meeting from = dropped.containsKey(item.meetingId()) ? dropped.get(item.meetingId())
                    : meetings.findById(item.meetingId()).orElseThrow();
            MeetingView before = views.of(from, List.of(item));
            var target = placement.forRequest(series, rules.today(now), now)
                .filter((t) -> !t.meeting().id().equals(from.id()));
            if (target.isPresent()) {
                item.moveTo(target.get().meeting(), target.get().position());
                items.save(item);
                events.publishEvent(new AgendaItemMoved(views.item(target.get().meeting(), item), before,
                        views.of(target.get().meeting())));
            }
            else {
                item.remove();
                items.save(item);
                events.publishEvent(new AgendaItemRemoved(before.items().get(0), before.withItems(List.of())));
            }
            if (!dropped.containsKey(from.id())) {
                placement.compact(from);
            }
        }
    }

}
