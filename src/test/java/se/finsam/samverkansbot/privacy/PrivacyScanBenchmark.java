package se.finsam.samverkansbot.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans per second of 1 KB texts on one thread, over the corpus texts concatenated to
 * about 1,024 characters each, after a warm-up. Also prints what loading the word lists
 * costs. Run with
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
        long loadStart = System.nanoTime();
        NameLexicon lexicon = NameLexicon.load();
        long loadNanos = System.nanoTime() - loadStart;
        System.out.printf("Word lists loaded in %.0f ms (%,d first names, %,d surnames, %,d other names)%n",
                loadNanos / 1e6, lexicon.firstNames.size(), lexicon.surnames.size(), lexicon.otherNames.size());

        PrivacyGuard guard = new RuleBasedPrivacyGuard(PrivacyProperties.empty(), lexicon);
        List<String> texts = kilobyteTexts();
        System.out.printf("%d texts of about %d characters%n", texts.size(), TEXT_CHARS);

        long findings = run(guard, texts, 3_000_000_000L); // warm-up, 3 s
        double best = 0;
        double bestCpu = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int scans = 0;
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (String text : texts) {
                    findings += guard.scan(text).findings().size();
                    scans++;
                }
            }
            double perSecond = scans / ((System.nanoTime() - start) / 1e9);
            double perCpuSecond = scans / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            best = Math.max(best, perSecond);
            bestCpu = Math.max(bestCpu, perCpuSecond);
            System.out.printf("round %d: %,.0f scans/s wall clock, %,.0f scans per CPU second%n", round, perSecond,
                    perCpuSecond);
        }
        System.out.printf("best: %,.0f scans/s wall clock, %,.0f per second of the thread's CPU time,"
                + " 1 KB texts, one thread (goal 2,000) [%d]%n", best, bestCpu, findings % 10);
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
