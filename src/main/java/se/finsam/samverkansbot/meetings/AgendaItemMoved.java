package se.finsam.samverkansbot.meetings;

/**
 * An item moved from one meeting to another (by a samverkanskoordinator, or because its
 * meeting was cancelled or the series changed).
 *
 * @param item the item at its new place
 * @param from the meeting it left
 * @param to the meeting it is on now
 */
public record AgendaItemMoved(AgendaItemView item, MeetingView from, MeetingView to) {
}
