package se.finsam.samverkansbot.cases;

import java.util.Collection;
import java.util.Set;

import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * Refuses case texts that are blank or do not pass the privacy guard. The guard runs here
 * again, whatever the caller checked before.
 */
class CaseTextGuard {

    private final PrivacyGuard guard;

    CaseTextGuard(PrivacyGuard guard) {
        this.guard = guard;
    }

    /**
     * @throws CaseTextRefused when a text is blank or not clean
     */
    void requireClean(Collection<String> confirmedNotNames, String... texts) {
        Set<String> confirmed = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
        for (String text : texts) {
            if (text == null || text.isBlank() || !guard.scan(text, confirmed).isClean()) {
                throw new CaseTextRefused();
            }
        }
    }

}
