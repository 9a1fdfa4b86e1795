package se.finsam.samverkansbot.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the name detector looks words up in, all in lower case: first names,
 * surnames, other names (used only beside a first name or a title), names that are also
 * Swedish words, and capitalised words that are not names here (places, agencies,
 * eponymous diagnoses, months). Loaded once from {@code classpath:privacy/}; see
 * {@code privacy/SOURCES.md} for where they come from.
 */
final class NameLexicon {

    private static volatile NameLexicon shared;

    final Set<String> firstNames;

    final Set<String> surnames;

    final Set<String> otherNames;

    final Set<String> nameWords;

    final Set<String> notNames;

    private NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> otherNames, Set<String> nameWords,
            Set<String> notNames) {
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.otherNames = otherNames;
        this.nameWords = nameWords;
        this.notNames = notNames;
    }

    /** The lists, loaded on first use and shared by every guard in the JVM. */
    static NameLexicon shared() {
        NameLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (NameLexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = load();
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    static NameLexicon load() {
        return new NameLexicon(read("first-names.txt"), read("surnames.txt"), read("other-names.txt"),
                read("name-words.txt"), read("not-names.txt"));
    }

    boolean isName(String lower) {
        return firstNames.contains(lower) || surnames.contains(lower) || otherNames.contains(lower);
    }

    static String key(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(lower, Normalizer.Form.NFC) ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    private static Set<String> read(String name) {
        Set<String> words = new HashSet<>(1 << 15);
        try (InputStream in = NameLexicon.class.getResourceAsStream("/privacy/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Word list privacy/" + name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && word.charAt(0) != '#') {
                    words.add(key(word));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(words);
    }

}
