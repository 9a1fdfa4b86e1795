package se.finsam.samverkansbot.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the guard, as the application configures it, on labelled corpus files (the JSON
 * lines of {@link PrivacyCorpus}) and prints the figures per identifier type. With
 * {@code --misses} it also prints, for tuning, each missed identifier and each blocked
 * clean text: never use that on a hold-out. Not part of {@code verify}; run with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.privacy.CorpusScore -Dexec.args="FILE..."
 * </pre>
 */
public final class CorpusScore {

    private CorpusScore() {
    }

    public static void main(String[] args) {
        boolean misses = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--misses")) {
                misses = true;
            }
            else {
                files.add(Path.of(arg));
            }
        }
        PrivacyGuard guard = PrivacyCorpus.configuredGuard();
        for (Path file : files) {
            PrivacyCorpus corpus = PrivacyCorpus.load(file);
            CorpusFigures figures = corpus.measure(guard);
            System.out.printf("%s: %d texts, %d with identifying data, %d clean%n", file, corpus.entries().size(),
                    figures.withIdentifiers, figures.clean);
            System.out.print(figures.report());
            if (misses) {
                printMisses(corpus, guard);
            }
        }
    }

    /**
     * The text on one line, the span between ⟦ and ⟧, cut to about 100 characters either
     * side.
     */
    private static String marked(String text, int start, int end) {
        if (start < 0) {
            return text.replace('\n', '⏎');
        }
        int from = Math.max(0, start - 100);
        int to = Math.min(text.length(), end + 100);
        return ((from > 0 ? "…" : "") + text.substring(from, start) + "⟦" + text.substring(start, end) + "⟧"
                + text.substring(end, to) + (to < text.length() ? "…" : ""))
            .replace('\n', '⏎');
    }

    private static void printMisses(PrivacyCorpus corpus, PrivacyGuard guard) {
        for (PrivacyCorpus.Entry entry : corpus.entries()) {
            Scan scan = guard.scan(entry.text());
            if (!entry.hasIdentifier()) {
                for (Finding finding : scan.findings()) {
                    System.out.printf("FALSE %s %s [%s] in: %s%n", finding.type(), finding.certainty(),
                            finding.in(entry.text()), marked(entry.text(), finding.start(), finding.end()));
                }
                continue;
            }
            for (PrivacyCorpus.Expected expected : entry.identifiers()) {
                boolean found = false;
                boolean certain = false;
                for (Finding finding : scan.findings()) {
                    if (finding.start() < expected.end() && expected.start() < finding.end()) {
                        found = true;
                        certain |= finding.certainty() == Certainty.CERTAIN;
                    }
                }
                if (!certain) {
                    String value = expected.start() < 0 ? "?"
                            : entry.text().substring(expected.start(), expected.end());
                    System.out.printf("%s %s [%s] in: %s%n", found ? "UNSURE" : "MISS", expected.type(), value,
                            marked(entry.text(), expected.start(), expected.end()));
                }
            }
            for (Finding finding : scan.findings()) {
                boolean expected = entry.identifiers()
                    .stream()
                    .anyMatch(e -> finding.start() < e.end() && e.start() < finding.end());
                if (!expected) {
                    System.out.printf("EXTRA %s %s [%s] in: %s%n", finding.type(), finding.certainty(),
                            finding.in(entry.text()), marked(entry.text(), finding.start(), finding.end()));
                }
            }
        }
    }

}
