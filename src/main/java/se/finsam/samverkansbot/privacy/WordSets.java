package se.finsam.samverkansbot.privacy;

import java.util.Arrays;
import java.util.Set;

/**
 * Immutable word sets for the detectors' cue and stop-word lists, written as plain string
 * arguments so that the lists read like the Swedish they hold. Lookups are single
 * hash-set hits on a token's lower-case form, which keeps every detector free of regular
 * expressions.
 */
final class WordSets {

    private WordSets() {
    }

    static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

}
