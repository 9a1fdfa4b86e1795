package se.finsam.samverkansbot.meetings;

import java.util.Map;
import java.util.Set;

/**
 * A filled-in protocol form, as the samverkanskoordinator submitted it.
 *
 * @param participants how many took part
 * @param agencies the agency codes ({@code AF}, {@code FK}, ...) represented
 * @param structuralIssues structural issues the team saw (checked by the privacy guard)
 * @param entries per agenda item id: what was recorded
 * @param confirmedNotNames words the user confirmed are not names of persons
 */
public record ProtocolForm(String participants, Set<String> agencies, String structuralIssues, Map<Long, Entry> entries,
        Set<String> confirmedNotNames) {

    public ProtocolForm {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        entries = entries == null ? Map.of() : Map.copyOf(entries);
        confirmedNotNames = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
    }

    /**
     * One item's record.
     *
     * @param discussed {@code yes} or {@code no} (blank while undecided in a draft)
     * @param advice the team's advice to the handläggare (checked by the privacy guard)
     * @param nextStep a {@link NextStep} name, or blank
     */
    public record Entry(String discussed, String advice, String nextStep) {

        @Override
        public String toString() {
            return "Entry[" + discussed + ", " + nextStep + "]";
        }

    }

    @Override
    public String toString() {
        return "ProtocolForm[" + entries.size() + " entries]";
    }

}
