package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the meeting a queued case goes to: the first, in date order, that still takes
 * requests (its agenda deadline lies ahead) and has room. A cursor remembers the first
 * meeting that may still have room, so placing many cases at one instant costs one pass
 * over the meetings.
 */
final class AgendaAllocator {

    /** A meeting as the allocator sees it; {@code used} counts the items on it. */
    static final class Slot {

        final long meetingId;

        final Instant deadline;

        final boolean takesRequests;

        final int capacity;

        int used;

        Slot(long meetingId, Instant deadline, boolean takesRequests, int capacity, int used) {
            this.meetingId = meetingId;
            this.deadline = deadline;
            this.takesRequests = takesRequests;
            this.capacity = capacity;
            this.used = used;
        }

    }

    /** Where a case went: the meeting, and how many items were before it. */
    record Placement(long meetingId, int index) {
    }

    private final List<Slot> slots;

    private int cursor;

    /**
     * An allocator over the meetings, in date order.
     */
    AgendaAllocator(List<Slot> slots) {
        this.slots = slots;
    }

    /**
     * Places one case at {@code now}; calls within one allocator must not go back in
     * time.
     */
    Optional<Placement> place(Instant now) {
        while (cursor < slots.size()) {
            Slot slot = slots.get(cursor);
            if (slot.takesRequests && slot.deadline.isAfter(now) && slot.used < slot.capacity) {
                return Optional.of(new Placement(slot.meetingId, slot.used++));
            }
            cursor++;
        }
        return Optional.empty();
    }

}
