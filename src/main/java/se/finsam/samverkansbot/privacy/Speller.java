package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a lower-case word is a word of a language, by Lucene's Hunspell on a Hunspell
 * dictionary from {@code classpath:privacy/hunspell/}: inflections and compounds count
 * ("sjukskrivningsperioden", "arbetsmarknadsenheten"), so no suffix list is needed.
 * Answers are cached (a case text repeats its words, and a team's texts each other's);
 * the cache is emptied when it grows past a bound. Hunspell's stemmer keeps state, so
 * each thread has its own checker over the one shared dictionary.
 */
final class Speller {

    private static final int CACHE_LIMIT = 200_000;

    private final ThreadLocal<Hunspell> checker;

    private final ConcurrentHashMap<String, Boolean> cache = new ConcurrentHashMap<>();

    private Speller(Dictionary dictionary) {
        this.checker = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
    }

    static Speller load(String language) {
        String base = "/privacy/hunspell/" + language;
        try (InputStream affix = Speller.class.getResourceAsStream(base + ".aff");
                InputStream words = Speller.class.getResourceAsStream(base + ".dic")) {
            if (affix == null || words == null) {
                throw new IllegalStateException("Hunspell dictionary privacy/hunspell/" + language + " is missing");
            }
            return new Speller(new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (ParseException ex) {
            throw new IllegalStateException("Hunspell dictionary privacy/hunspell/" + language + " is unreadable", ex);
        }
    }

    /** True when the lower-case word is spelt correctly. */
    boolean knows(String lower) {
        Boolean known = this.cache.get(lower);
        if (known == null) {
            known = this.checker.get().spell(lower);
            if (this.cache.size() >= CACHE_LIMIT) {
                this.cache.clear();
            }
            this.cache.put(lower, known);
        }
        return known;
    }

}
