package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.util.List;

import se.finsam.samverkansbot.core.Agency;

/**
 * A meeting's protocol as the other modules see it.
 *
 * @param meeting the meeting, with its agenda
 * @param status draft or approved
 * @param participants how many took part, or null
 * @param agencies the agencies represented
 * @param structuralIssues structural issues the team saw, or null
 * @param entries one per agenda item, in agenda order
 * @param approvedByName the samverkanskoordinator who approved it, or null
 * @param approvedAt when, or null
 */
public record ProtocolView(MeetingView meeting, ProtocolStatus status, Integer participants, List<Agency> agencies,
        String structuralIssues, List<Entry> entries, String approvedByName, Instant approvedAt) {

    public ProtocolView {
        agencies = List.copyOf(agencies);
        entries = List.copyOf(entries);
    }

    public boolean approved() {
        return status == ProtocolStatus.APPROVED;
    }

    /**
     * One item's record.
     *
     * @param item the agenda item
     * @param discussed whether it was discussed, or null while undecided
     * @param advice the advice, or null
     * @param nextStep the next step, or null
     */
    public record Entry(AgendaItemView item, Boolean discussed, String advice, NextStep nextStep) {

        @Override
        public String toString() {
            return "Entry[" + item.id() + ", " + discussed + ", " + nextStep + "]";
        }

    }

    @Override
    public String toString() {
        return "ProtocolView[" + meeting.id() + ", " + status + "]";
    }

}
