package se.finsam.samverkansbot.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
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

    final Set<String> swedishWords;

    private static final String[] SUFFIXES = { "ernas", "arnas", "ornas", "erna", "arna", "orna", "arens", "aren",
            "heten", "ande", "ende", "ades", "ade", "ens", "ets", "ans", "are", "het", "igt", "iga", "ligt", "liga",
            "aste", "ast", "iskt", "iska", "isk", "skt", "ska", "sk", "en", "et", "an", "na", "ar", "er", "or", "de",
            "te", "ts", "at", "ig", "re", "ra", "d", "n", "t", "a", "e", "s" };

    private NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> otherNames, Set<String> nameWords,
            Set<String> notNames, Set<String> swedishWords) {
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.otherNames = otherNames;
        this.nameWords = nameWords;
        this.notNames = notNames;
        this.swedishWords = swedishWords;
    }

    /**
     * True when the lower-case word is Swedish: a dictionary stem, a stem with a common
     * ending, or a compound of two such words ("förbundschef", "arbetsplatsen").
     */
    boolean isSwedishWord(String lower) {
        if (isInflectedWord(lower)) {
            return true;
        }
        int n = lower.length();
        if (n < 8) {
            return false;
        }
        for (int k = 3; k <= n - 4; k++) {
            String left = lower.substring(0, k);
            boolean leftIsWord = swedishWords.contains(left) || swedishWords.contains(left + "a")
                    || swedishWords.contains(left + "e");
            if (!leftIsWord && k > 3 && lower.charAt(k - 1) == 's') {
                String stem = lower.substring(0, k - 1);
                leftIsWord = swedishWords.contains(stem) || swedishWords.contains(stem + "e");
            }
            if (leftIsWord && isInflectedWord(lower.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isInflectedWord(String lower) {
        if (swedishWords.contains(lower)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            // the stem left must be a real word, not "om" of "Omar"
            int stem = lower.length() - suffix.length();
            if (stem >= 3 && lower.endsWith(suffix)
                    && swedishWords.contains(lower.substring(0, lower.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
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
        Set<String> firstNames = read("first-names.txt");
        Set<String> surnames = read("surnames.txt");
        return new NameLexicon(firstNames, surnames, read("other-names.txt"), read("name-words.txt"),
                withoutDiacritics(read("not-names.txt"), firstNames, surnames), readOptional("swedish-words.txt"));
    }

    boolean isName(String lower) {
        return firstNames.contains(lower) || surnames.contains(lower) || otherNames.contains(lower);
    }

    static String key(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= '\u0300') {
                // combining marks (a decomposed "å") are rare: only then normalise
                return Normalizer.normalize(lower, Normalizer.Form.NFC);
            }
        }
        return lower;
    }

    /**
     * Adds "hassleholm" beside "hässleholm": places are often typed without å, ä and ö.
     */
    private static Set<String> withoutDiacritics(Set<String> words, Set<String> firstNames, Set<String> surnames) {
        Set<String> all = new HashSet<>(words);
        for (String word : words) {
            String folded = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!firstNames.contains(folded) && !surnames.contains(folded)) {
                all.add(folded); // but "Åmål" does not hide "Amal"
            }
        }
        return Collections.unmodifiableSet(all);
    }

    /** A list the guard can do without (see SOURCES.md): empty when it is not there. */
    private static Set<String> readOptional(String name) {
        if (NameLexicon.class.getResource("/privacy/" + name) == null) {
            return Set.of();
        }
        return read(name);
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
        return Collections.unmodifiableSet(words);
    }

}
