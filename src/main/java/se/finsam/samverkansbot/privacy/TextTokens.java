package se.finsam.samverkansbot.privacy;

import java.util.Arrays;

/**
 * One pass over a text: its words (letters, with inner hyphens and apostrophes), digit
 * runs and single other non-space characters, as offsets. Spaces are not tokens; a token
 * knows whether a line break came before it.
 */
final class TextTokens {

    static final byte WORD = 1;

    static final byte NUMBER = 2;

    static final byte SYMBOL = 3;

    final String text;

    int size;

    int[] start;

    int[] end;

    byte[] kind;

    boolean[] afterLineBreak;

    private String[] lowerCache;

    private TextTokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 3);
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.kind = new byte[capacity];
        this.afterLineBreak = new boolean[capacity];
    }

    static TextTokens of(String text) {
        TextTokens tokens = new TextTokens(text);
        int length = text.length();
        int i = 0;
        boolean lineBreak = true;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < length) {
                    char d = text.charAt(j);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    }
                    else if ((d == '-' || d == '\'' || d == '’') && j + 1 < length
                            && Character.isLetter(text.charAt(j + 1))) {
                        j += 2;
                    }
                    else {
                        break;
                    }
                }
                tokens.add(i, j, WORD, lineBreak);
                lineBreak = false;
                i = j;
            }
            else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < length && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                tokens.add(i, j, NUMBER, lineBreak);
                lineBreak = false;
                i = j;
            }
            else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                // a tab starts a table cell: like a new line for sentences and numbers
                if (c == '\n' || c == '\r' || c == '\t') {
                    lineBreak = true;
                }
                i++;
            }
            else {
                tokens.add(i, i + 1, SYMBOL, lineBreak);
                lineBreak = false;
                i++;
            }
        }
        return tokens;
    }

    private void add(int from, int to, byte type, boolean lineBreak) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            afterLineBreak = Arrays.copyOf(afterLineBreak, capacity);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = type;
        afterLineBreak[size] = lineBreak;
        size++;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    boolean isSymbol(int i, char c) {
        return i >= 0 && i < size && kind[i] == SYMBOL && text.charAt(start[i]) == c;
    }

    int length(int i) {
        return end[i] - start[i];
    }

    /** Characters between token i and token i + 1 (spaces only count here). */
    int gap(int i) {
        if (i < 0 || i + 1 >= size) {
            return Integer.MAX_VALUE / 2;
        }
        return start[i + 1] - end[i];
    }

    /** True when token i is one of the given symbol characters. */
    boolean isSymbolIn(int i, String chars) {
        return i >= 0 && i < size && kind[i] == SYMBOL && chars.indexOf(text.charAt(start[i])) >= 0;
    }

    /** True when token i + 1 directly follows token i, or after one space. */
    boolean adjacent(int i, int maxGap) {
        return i + 1 < size && gap(i) <= maxGap;
    }

    /** True when exactly one plain space separates token i from the token before it. */
    boolean spaceBefore(int i) {
        if (i <= 0 || i >= size || start[i] - end[i - 1] != 1) {
            return false;
        }
        char c = text.charAt(end[i - 1]);
        return c == ' ' || c == '\u00a0';
    }

    /** Hash of the lower-cased token, computed without copying it (see {@link #hash}). */
    int lowerHash(int i) {
        int h = 0;
        for (int k = start[i]; k < end[i]; k++) {
            h = 31 * h + Character.toLowerCase(text.charAt(k));
        }
        return h;
    }

    /** The same hash as {@link #lowerHash(int)}, of a lower-case word. */
    static int hash(String lowerWord) {
        int h = 0;
        for (int k = 0; k < lowerWord.length(); k++) {
            h = 31 * h + lowerWord.charAt(k);
        }
        return h;
    }

    String string(int i) {
        return text.substring(start[i], end[i]);
    }

    String lower(int i) {
        if (lowerCache == null) {
            lowerCache = new String[size];
        }
        String lower = lowerCache[i];
        if (lower == null) {
            lower = NameLexicon.key(text.substring(start[i], end[i]));
            lowerCache[i] = lower;
        }
        return lower;
    }

    boolean equalsIgnoreCase(int i, String word) {
        return i >= 0 && i < size && kind[i] == WORD && length(i) == word.length()
                && text.regionMatches(true, start[i], word, 0, word.length());
    }

    boolean isCapitalised(int i) {
        if (!isWord(i) || length(i) < 2) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(start[i]))) {
            return false;
        }
        for (int k = start[i] + 1; k < end[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** "SN", "SOC", "VoO": a short code of mostly capital letters. */
    boolean isUpperCaseCode(int i) {
        if (!isWord(i) || length(i) > 6 || !Character.isUpperCase(text.charAt(start[i]))) {
            return false;
        }
        int upper = 0;
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    int digitValue(int i) {
        int value = 0;
        for (int k = start[i]; k < end[i] && k - start[i] < 9; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

}
