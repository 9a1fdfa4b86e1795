package se.finsam.samverkansbot.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans per second of 1 KB texts on one thread, over the corpus texts concatenated to
 * about 1,024 characters each, after a warm-up (and once cold, before it). Also prints
 * what loading the word lists, the Hunspell dictionaries and training the name-likeness
 * model cost. Run with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.privacy.PrivacyScanBenchmark
 * </pre>
 */
public final class PrivacyScanBenchmark {

    private static final int TEXT_CHARS = 1024;

    private PrivacyScanBenchmark() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        timed(threads, "Swedish Hunspell dictionary", () -> Speller.load("sv"));
        timed(threads, "English Hunspell dictionary", () -> Speller.load("en"));
        NameLexicon lexicon = timed(threads, "all word lists, both dictionaries (in parallel) and the model",
                NameLexicon::load);
        java.util.Set<String> names = new java.util.HashSet<>(lexicon.firstNames);
        names.addAll(lexicon.surnames);
        names.removeAll(lexicon.nameWords);
        timed(threads, "name-likeness model, trained", () -> NameLikeness.train(List.of(names), lexicon.swedishWords));
        System.out.printf("(%,d first names, %,d surnames, %,d other names)%n", lexicon.firstNames.size(),
                lexicon.surnames.size(), lexicon.otherNames.size());

        PrivacyGuard guard = new RuleBasedPrivacyGuard(PrivacyProperties.empty(), lexicon);
        List<String> texts = kilobyteTexts();
        System.out.printf("%d texts of about %d characters%n", texts.size(), TEXT_CHARS);

        long coldStart = System.nanoTime();
        long findings = 0;
        for (String text : texts) {
            findings += guard.scan(text).findings().size();
        }
        System.out.printf("first pass, cold JIT and empty spelling caches: %,.0f scans/s%n",
                texts.size() / ((System.nanoTime() - coldStart) / 1e9));
        findings += run(guard, texts, 3_000_000_000L); // warm-up, 3 s
        double best = 0;
        double bestCpu = 0;
        for (int round = 1; round <= 5; round++) {
            long roundStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int scans = 0;
            while (System.nanoTime() - roundStart < 2_000_000_000L) {
                for (String text : texts) {
                    findings += guard.scan(text).findings().size();
                    scans++;
                }
            }
            double perSecond = scans / ((System.nanoTime() - roundStart) / 1e9);
            double perCpuSecond = scans / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            best = Math.max(best, perSecond);
            bestCpu = Math.max(bestCpu, perCpuSecond);
            System.out.printf("round %d: %,.0f scans/s wall clock, %,.0f scans per CPU second%n", round, perSecond,
                    perCpuSecond);
        }
        System.out.printf("best: %,.0f scans/s wall clock, %,.0f per second of the thread's CPU time,"
                + " 1 KB texts, one thread (goal 2,000) [%d]%n", best, bestCpu, findings % 10);
    }

    /**
     * Start-up cost of one step: wall clock, and CPU time of this thread (less on a busy
     * machine).
     */
    private static <T> T timed(ThreadMXBean threads, String what, java.util.function.Supplier<T> step) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        T result = step.get();
        System.out.printf("start-up: %s in %.0f ms wall clock, %.0f ms CPU of this thread%n", what,
                (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        return result;
    }

    private static long run(PrivacyGuard guard, List<String> texts, long nanos) {
        long start = System.nanoTime();
        long findings = 0;
        while (System.nanoTime() - start < nanos) {
            for (String text : texts) {
                findings += guard.scan(text).findings().size();
            }
        }
        return findings;
    }

    static List<String> kilobyteTexts() {
        List<String> all = new ArrayList<>();
        for (String corpus : List.of("corpus.jsonl")) {
            for (PrivacyCorpus.Entry entry : PrivacyCorpus.load(corpus).entries()) {
                all.add(entry.text());
            }
        }
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder(TEXT_CHARS + 512);
        for (int i = 0; texts.size() < all.size(); i++) {
            String next = all.get(i % all.size());
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(next);
            if (current.length() >= TEXT_CHARS) {
                texts.add(current.substring(0, TEXT_CHARS));
                current.setLength(0);
            }
        }
        return texts;
    }

}
