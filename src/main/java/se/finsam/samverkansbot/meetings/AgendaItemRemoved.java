package se.finsam.samverkansbot.meetings;

/**
 * A samverkanskoordinator took an item off a meeting's agenda.
 *
 * @param item the item as it was
 * @param meeting the meeting it left
 */
public record AgendaItemRemoved(AgendaItemView item, MeetingView meeting) {
}
