package se.finsam.samverkansbot.privacy;

import java.util.Comparator;
import java.util.List;

/**
 * What the guard found in one text, ordered by position. A text with a certain finding is
 * refused; a text with only uncertain findings (a word that may be a name) is accepted
 * once the user confirms those words are not names.
 */
public record Scan(List<Finding> findings) {

    public Scan {
        findings = findings.stream()
            .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
            .toList();
    }

    public static Scan clean() {
        return new Scan(List.of());
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    /** True when something certain was found: the text must be changed. */
    public boolean blocks() {
        return findings.stream().anyMatch(finding -> finding.certainty() == Certainty.CERTAIN);
    }

    /** True when only uncertain findings remain: the user may confirm them. */
    public boolean needsConfirmation() {
        return !findings.isEmpty() && !blocks();
    }

    /** Masks nothing because it holds no text: types and offsets only. */
    @Override
    public String toString() {
        return "Scan" + findings;
    }

}
