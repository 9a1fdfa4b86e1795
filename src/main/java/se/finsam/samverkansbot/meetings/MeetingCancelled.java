package se.finsam.samverkansbot.meetings;

import java.util.List;

/**
 * A samverkanskoordinator cancelled a meeting; its items moved to the next meetings.
 *
 * @param meeting the cancelled meeting, with the items it had
 * @param moved where each item went
 */
public record MeetingCancelled(MeetingView meeting, List<AgendaItemMoved> moved) {

    public MeetingCancelled {
        moved = List.copyOf(moved);
    }

}
