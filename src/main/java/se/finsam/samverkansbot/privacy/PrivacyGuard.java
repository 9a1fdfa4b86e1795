package se.finsam.samverkansbot.privacy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guard every free text passes before it is stored or relayed: case texts, questions
 * and answers, advice, follow-up references and notes, contact descriptions, protocol
 * text. It never logs, stores or throws with the text it is given.
 */
public interface PrivacyGuard {

    /** Finds identifiers in the text; an empty or null text is clean. */
    Scan scan(String text);

    /**
     * Like {@link #scan(String)}, but uncertain name findings whose word the user has
     * confirmed is not a person's name (compared case-insensitively) are left out.
     * Certain findings cannot be confirmed away.
     */
    default Scan scan(String text, Collection<String> confirmedNotNames) {
        Scan scan = scan(text);
        if (confirmedNotNames == null || confirmedNotNames.isEmpty() || scan.isClean()) {
            return scan;
        }
        Set<String> confirmed = confirmedNotNames.stream()
            .map(word -> word.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
        return new Scan(scan.findings()
            .stream()
            .filter(finding -> finding.certainty() == Certainty.CERTAIN
                    || !confirmed.contains(finding.in(text).strip().toLowerCase(Locale.ROOT)))
            .toList());
    }

}
