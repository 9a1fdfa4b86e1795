package se.finsam.samverkansbot.privacy;

import java.util.Collection;

/**
 * How much a word looks like a person's name rather than a Swedish word, by two character
 * trigram models trained when the word lists load: one on the name lists, one on the
 * Swedish word list. The score is the difference of their log-probabilities per
 * character, so above zero the spelling is more like a name's ("Tesfalem", "Wiśniewski",
 * "Adeyemi") and below more like a word's ("Returbutiken"). Letters outside the Swedish
 * alphabet (ć, š, ė, ł ...) are one symbol, which Swedish words almost never have.
 * Training reads about two million characters into two small count tables.
 */
final class NameLikeness {

    private static final int SYMBOLS = 31;

    private static final int BOUNDARY = 0;

    private final float[] nameLogP;

    private final float[] wordLogP;

    private NameLikeness(float[] nameLogP, float[] wordLogP) {
        this.nameLogP = nameLogP;
        this.wordLogP = wordLogP;
    }

    static NameLikeness train(Collection<? extends Collection<String>> names, Collection<String> words) {
        return new NameLikeness(model(names), model(java.util.List.of(words)));
    }

    private static float[] model(Collection<? extends Collection<String>> lists) {
        int[] trigrams = new int[SYMBOLS * SYMBOLS * SYMBOLS];
        int[] bigrams = new int[SYMBOLS * SYMBOLS];
        for (Collection<String> list : lists) {
            for (String word : list) {
                int a = BOUNDARY;
                int b = BOUNDARY;
                for (int k = 0; k <= word.length(); k++) {
                    int c = k == word.length() ? BOUNDARY : symbol(word.charAt(k));
                    if (c < 0) {
                        continue;
                    }
                    trigrams[(a * SYMBOLS + b) * SYMBOLS + c]++;
                    bigrams[a * SYMBOLS + b]++;
                    a = b;
                    b = c;
                }
            }
        }
        float[] logP = new float[trigrams.length];
        for (int context = 0; context < bigrams.length; context++) {
            double denominator = bigrams[context] + 0.5 * SYMBOLS;
            for (int c = 0; c < SYMBOLS; c++) {
                int index = context * SYMBOLS + c;
                logP[index] = (float) Math.log((trigrams[index] + 0.5) / denominator);
            }
        }
        return logP;
    }

    /** Name-likeness of a lower-case word: above zero, more like a name. */
    double score(String lower) {
        int a = BOUNDARY;
        int b = BOUNDARY;
        double sum = 0;
        int n = 0;
        for (int k = 0; k <= lower.length(); k++) {
            int c = k == lower.length() ? BOUNDARY : symbol(lower.charAt(k));
            if (c < 0) {
                continue;
            }
            int index = (a * SYMBOLS + b) * SYMBOLS + c;
            sum += this.nameLogP[index] - this.wordLogP[index];
            n++;
            a = b;
            b = c;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** a-z, å, ä, ö, one symbol for every other letter; -1 for what is no letter. */
    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        switch (c) {
            case 'å':
                return 27;
            case 'ä':
                return 28;
            case 'ö':
                return 29;
            case 'é':
            case 'è':
                return 'e' - 'a' + 1;
            default:
                return Character.isLetter(c) ? 30 : -1;
        }
    }

}
