package se.finsam.samverkansbot.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A kommun the förbund covers, by its name as people write it ("Östra Göinge").
 *
 * @param name the name
 */
public record Kommun(String name) {

    public Kommun {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A kommun has a name");
        }
        name = name.trim();
    }

    /** The name folded for comparison: case, diacritics and spacing do not matter. */
    String key() {
        return fold(this.name);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s-]+", " ");
    }

    @Override
    public String toString() {
        return this.name;
    }

}
