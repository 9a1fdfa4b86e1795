package se.finsam.samverkansbot.meetings;

import java.time.LocalTime;
import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * An item on a meeting's agenda, with what the agenda shows of its case.
 *
 * @param id the item's id
 * @param meetingId its meeting
 * @param caseId the case
 * @param reference the case's reference (e.g. {@code KT-2027-0042})
 * @param kommun the case's kommun
 * @param categories the case's category codes (the cases module's {@code Category} names)
 * @param question the case's anonymised question (checked by the privacy guard)
 * @param caseworker the handläggare who raised the case
 * @param tenantId the handläggare's tenant, to write to them
 * @param attend whether the handläggare takes part for their item
 * @param source who asked for it
 * @param number its number on the agenda, from 1
 * @param slotStart when the team takes it up
 * @param slotEnd when its time ends
 * @param revision raised when its slot or meeting changes
 */
public record AgendaItemView(long id, long meetingId, long caseId, String reference, String kommun,
        List<String> categories, String question, UserId caseworker, String tenantId, boolean attend, ItemSource source,
        int number, LocalTime slotStart, LocalTime slotEnd, int revision) {

    public AgendaItemView {
        categories = List.copyOf(categories);
    }

    /** Leaves out the question. */
    @Override
    public String toString() {
        return "AgendaItemView[" + id + ", case " + caseId + ", meeting " + meetingId + "]";
    }

}
