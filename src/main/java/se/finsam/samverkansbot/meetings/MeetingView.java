package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * A meeting as the other modules see it, with its agenda.
 *
 * @param id the meeting's id
 * @param teamId the konsultationsteam's id in Teams
 * @param channelId the team's channel, where the agenda goes
 * @param teamName the team's name, or null
 * @param nominalDate the date the rhythm gives (identifies the occurrence)
 * @param start when it starts (Europe/Stockholm)
 * @param end when it ends
 * @param place the room, or null
 * @param onlineLink the link to join online, or null
 * @param status planned or cancelled
 * @param changeKind why it is not where the rhythm puts it, or null
 * @param reason the coordinator's reason for a move or cancellation, or null
 * @param sequence the calendar SEQUENCE, raised on every change
 * @param agendaDeadline when the agenda closes and goes out
 * @param agendaPublished whether it went out
 * @param maxCases most items it takes
 * @param minutesPerCase each item's time
 * @param items the agenda, in order (for a handläggare: only their own)
 */
public record MeetingView(long id, String teamId, String channelId, String teamName, LocalDate nominalDate,
        ZonedDateTime start, ZonedDateTime end, String place, String onlineLink, MeetingStatus status,
        ChangeKind changeKind, String reason, int sequence, Instant agendaDeadline, boolean agendaPublished,
        int maxCases, int minutesPerCase, List<AgendaItemView> items) {

    public MeetingView {
        items = List.copyOf(items);
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public LocalTime startTime() {
        return start.toLocalTime();
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Places left on the agenda. */
    public int room() {
        return Math.max(0, maxCases - items.size());
    }

    /** The same meeting with only this handläggare's items. */
    public MeetingView onlyItemsOf(UserId caseworker) {
        return withItems(items.stream().filter((item) -> item.caseworker().equals(caseworker)).toList());
    }

    public MeetingView withItems(List<AgendaItemView> shown) {
        return new MeetingView(id, teamId, channelId, teamName, nominalDate, start, end, place, onlineLink, status,
                changeKind, reason, sequence, agendaDeadline, agendaPublished, maxCases, minutesPerCase, shown);
    }

    /** The handläggare whose items are on the agenda and who take part, once each. */
    public List<AgendaItemView> attendingItems() {
        return items.stream().filter(AgendaItemView::attend).toList();
    }

    /** Leaves out the reason. */
    @Override
    public String toString() {
        return "MeetingView[" + id + ", " + start + ", " + status + ", " + items.size() + " items]";
    }

}
