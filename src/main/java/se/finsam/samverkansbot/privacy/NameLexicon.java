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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The word lists the name detector looks words up in, all in lower case: first names,
 * surnames, other names (used only beside a first name or a title), names that are also
 * Swedish words, and capitalised words that are not names here (places, agencies,
 * eponymous diagnoses, months), the Swedish and English Hunspell dictionaries that tell a
 * word from a proper noun, and the {@link NameLikeness} model trained on them. Loaded
 * once from {@code classpath:privacy/}; see {@code privacy/SOURCES.md} for where they
 * come from.
 */
final class NameLexicon {

    private static volatile NameLexicon shared;

    final Set<String> firstNames;

    final Set<String> surnames;

    final Set<String> otherNames;

    final Set<String> nameWords;

    final Set<String> notNames;

    final Set<String> swedishWords;

    final Speller swedish;

    final Speller english;

    final NameLikeness likeness;

    private NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> otherNames, Set<String> nameWords,
            Set<String> notNames, Set<String> swedishWords, Speller swedish, Speller english) {
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.otherNames = otherNames;
        this.nameWords = nameWords;
        this.notNames = notNames;
        this.swedishWords = swedishWords;
        this.swedish = swedish;
        this.english = english;
        Set<String> names = new HashSet<>(firstNames);
        names.addAll(surnames);
        names.removeAll(nameWords);
        this.likeness = NameLikeness.train(List.of(names), swedishWords);
    }

    /**
     * True when the lower-case word is Swedish: in the word list, or spelt right by
     * Hunspell with its inflections and compounds ("förbundschefen", "arbetsplatsen").
     */
    boolean isSwedishWord(String lower) {
        return swedishWords.contains(lower) || (lower.length() > 2 && swedish.knows(lower));
    }

    /** True when the lower-case word is English ("supported", "employment"). */
    boolean isEnglishWord(String lower) {
        return lower.length() > 2 && english.knows(lower);
    }

    /**
     * A word of a language, or a place, agency or other capitalised word that is no name.
     */
    boolean isKnownWord(String lower) {
        return notNames.contains(lower) || isSwedishWord(lower) || isEnglishWord(lower);
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
        CompletableFuture<Speller> swedish = CompletableFuture.supplyAsync(() -> Speller.load("sv"));
        CompletableFuture<Speller> english = CompletableFuture.supplyAsync(() -> Speller.load("en"));
        Set<String> firstNames = read("first-names.txt");
        Set<String> surnames = read("surnames.txt");
        return new NameLexicon(firstNames, surnames, read("other-names.txt"), read("name-words.txt"),
                withoutDiacritics(read("not-names.txt"), firstNames, surnames), read("swedish-words.txt"),
                swedish.join(), english.join());
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
