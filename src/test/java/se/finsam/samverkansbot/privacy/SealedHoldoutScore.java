package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Scores the guard, as the application configures it, on the sealed hold-out: texts
 * written by people who never saw the guard, its lists or its corpora, kept in
 * {@code src/test/resources/privacy/sealed/holdout.jsonl} with their SHA-256 in
 * {@code holdout.sha256} (as {@code sha256sum} writes it). It refuses to score a file
 * whose digest has changed, and prints figures only: never a text, never what was missed,
 * so that nobody can tune to it. Not part of {@code verify}; run with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.privacy.SealedHoldoutScore
 * </pre>
 */
public final class SealedHoldoutScore {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "privacy", "sealed");

    private SealedHoldoutScore() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DIRECTORY;
        Path corpus = directory.resolve("holdout.jsonl");
        Path digest = directory.resolve("holdout.sha256");
        if (!Files.exists(corpus)) {
            System.out.println("No sealed hold-out yet: " + corpus + " does not exist. Nothing scored.");
            return;
        }
        if (!Files.exists(digest)) {
            System.out.println("Refused: " + digest + " is missing, so the hold-out cannot be checked unchanged.");
            System.exit(2);
        }
        String expected = Files.readString(digest).strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        String actual = sha256(Files.readAllBytes(corpus));
        if (!actual.equals(expected)) {
            System.out.println("Refused: the SHA-256 of " + corpus + " is not the one in " + digest
                    + "; the hold-out has been changed and is not scored.");
            System.exit(3);
        }
        PrivacyCorpus holdout;
        try {
            holdout = PrivacyCorpus.load(corpus);
        }
        catch (IllegalArgumentException ex) {
            System.out.println("Refused: " + ex.getMessage());
            System.exit(4);
            return;
        }
        long start = System.nanoTime();
        CorpusFigures figures = holdout.measure(PrivacyCorpus.configuredGuard());
        System.out.printf("Sealed hold-out (SHA-256 %s…, unchanged): %d texts, %d with identifying data, %d clean%n",
                actual.substring(0, 12), holdout.entries().size(), figures.withIdentifiers, figures.clean);
        System.out.print(figures.report());
        System.out.printf("goals: caught ≥ 0.99 (every finding), ≥ 0.90 (certain only); clean blocked ≤ 0.03"
                + " [scored in %.1f s]%n", (System.nanoTime() - start) / 1e9);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
