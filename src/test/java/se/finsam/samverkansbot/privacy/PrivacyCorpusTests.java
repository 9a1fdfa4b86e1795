package se.finsam.samverkansbot.privacy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard on the labelled corpora, counted as the acceptance counts: a text is blocked
 * when the guard returns any finding. {@code corpus.jsonl} is what the rules were tuned
 * on; {@code holdout.jsonl} was written first and never tuned on, so its figures are the
 * honest estimate.
 */
class PrivacyCorpusTests {

    private final PrivacyGuard guard = PrivacyCorpus.configuredGuard();

    @Test
    void corpusHasAtLeastThreeHundredTextsOfWhichAboutFortyPercentClean() {
        PrivacyCorpus corpus = PrivacyCorpus.load("corpus.jsonl");
        PrivacyCorpus holdout = PrivacyCorpus.load("holdout.jsonl");
        int total = corpus.entries().size() + holdout.entries().size();
        long clean = corpus.entries().stream().filter(e -> !e.hasIdentifier()).count()
                + holdout.entries().stream().filter(e -> !e.hasIdentifier()).count();
        assertThat(total).isGreaterThanOrEqualTo(300);
        assertThat((double) clean / total).isBetween(0.35, 0.5);
        assertThat((double) holdout.entries().size() / total).isBetween(0.2, 0.3);
    }

    @Test
    void tuningCorpusMeetsTheGoals() {
        PrivacyCorpus corpus = PrivacyCorpus.load("corpus.jsonl");
        List<String> misses = new ArrayList<>();
        PrivacyCorpus.Figures figures = corpus.measure(guard, misses);
        System.out.println("Privacy corpus (tuned on): " + figures);
        misses.forEach(miss -> System.out.println("  " + miss));
        assertThat(figures.blockedShare()).as("texts with identifiers blocked").isGreaterThanOrEqualTo(0.99);
        assertThat(figures.cleanBlockedShare()).as("clean texts blocked").isLessThanOrEqualTo(0.03);
    }

    @Test
    void holdOutCorpusFiguresAreReported() {
        PrivacyCorpus corpus = PrivacyCorpus.load("holdout.jsonl");
        List<String> misses = new ArrayList<>();
        PrivacyCorpus.Figures figures = corpus.measure(guard, misses);
        System.out.println("Privacy hold-out corpus (never tuned on): " + figures);
        misses.forEach(miss -> System.out.println("  " + miss));
        // A floor that catches regressions; the goals (99 % / 3 %) are reported, not
        // tuned for, on this corpus.
        assertThat(figures.blockedShare()).as("texts with identifiers blocked").isGreaterThanOrEqualTo(0.9);
        assertThat(figures.cleanBlockedShare()).as("clean texts blocked").isLessThanOrEqualTo(0.1);
    }

}
