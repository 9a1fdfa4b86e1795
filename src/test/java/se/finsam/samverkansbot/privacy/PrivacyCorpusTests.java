package se.finsam.samverkansbot.privacy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard on its tuning corpus ({@code corpus.jsonl}, built by
 * {@code marked_to_jsonl.py} from every source beside it: hand-written, generated and
 * early texts, the development set, the blind second and fourth corpora and the two
 * retired hold-outs), counted as the acceptance counts. The rules were tuned on these
 * texts, so the figures are no estimate of how the guard fares on text it has never seen
 * (a sealed hold-out, scored by {@link SealedHoldoutScore}, is); each floor sits just
 * under today's figure so that a change that loses ground fails here. Figures only are
 * printed, never a text.
 */
class PrivacyCorpusTests {

    private static CorpusFigures figures;

    private static PrivacyCorpus corpus;

    @BeforeAll
    static void measure() {
        corpus = PrivacyCorpus.load("corpus.jsonl");
        figures = corpus.measure(PrivacyCorpus.configuredGuard());
        System.out.print("Privacy tuning corpus:\n" + figures.report());
    }

    @Test
    void corpusHasAtLeastThreeHundredTextsOfWhichAboutFortyPercentClean() {
        assertThat(corpus.entries()).hasSizeGreaterThanOrEqualTo(300);
        assertThat((double) figures.clean / corpus.entries().size()).isBetween(0.3, 0.5);
    }

    @Test
    void everyKindOfIdentifierIsFoundAtItsFloor() {
        assertRecall(FindingType.PERSONNUMMER, 1.0, 1.0);
        assertRecall(FindingType.PHONE, 1.0, 1.0);
        assertRecall(FindingType.EMAIL, 1.0, 1.0);
        assertRecall(FindingType.NAME, 0.975, 0.945);
        assertRecall(FindingType.ADDRESS, 0.98, 0.98);
        assertRecall(FindingType.BIRTH_DATE, 0.985, 0.985);
        assertRecall(FindingType.CASE_NUMBER, 0.955, 0.955);
    }

    @Test
    void textsWithIdentifyingDataAreCaughtAndMostAreRefusedOutright() {
        assertThat(figures.caughtShare()).as("caught by any finding").isGreaterThanOrEqualTo(0.985);
        assertThat(figures.caughtCertainShare()).as("refused by a certain finding").isGreaterThanOrEqualTo(0.978);
    }

    @Test
    void cleanTextsAreSeldomBlocked() {
        assertThat(figures.cleanFlaggedShare()).as("clean texts with any finding").isLessThanOrEqualTo(0.01);
        assertThat(figures.cleanRefusedShare()).as("clean texts refused").isLessThanOrEqualTo(0.006);
    }

    private static void assertRecall(FindingType type, double every, double certain) {
        CorpusFigures.TypeCount count = figures.type(type);
        assertThat(count.total).as(type + " identifiers in the corpus").isPositive();
        assertThat(count.recall()).as(type + " recall, every finding").isGreaterThanOrEqualTo(every);
        assertThat(count.certainRecall()).as(type + " recall, certain findings only").isGreaterThanOrEqualTo(certain);
    }

}
