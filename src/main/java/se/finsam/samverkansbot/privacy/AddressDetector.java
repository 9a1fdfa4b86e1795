package se.finsam.samverkansbot.privacy;

import java.util.Set;

/**
 * Finds street addresses ("Storgatan 12 B, lgh 1102", "Karl Johans väg 5", "Box 123") by
 * a street-name suffix or a box word followed by a short house number, and extends them
 * over a door letter and an apartment number. It looks at one word token at a time and
 * returns the last token it used, so that the orchestrator can interleave it with
 * {@link NameDetector} in one pass over the words (an address is tried first: "Storgatan"
 * is no name). Postal codes with a town are found by {@link NumberDetector}.
 */
final class AddressDetector {

    private static final Set<String> STREET_SUFFIXES = WordSets.of("gatan", "vägen", "gränd", "gränden", "stigen",
            "torget", "allén", "backen", "platsen", "leden", "slingan", "gången", "liden", "esplanaden", "kajen",
            "stranden", "udden", "höjden", "kroken", "ringen", "svängen", "väg", "gata", "torg", "allé", "backe",
            "stråket", "parken", "hagen", "vägen", "lyckan", "bryggan", "promenaden", "boulevard", "boulevarden",
            "bågen", "vången", "gårdsvägen", "kullen", "gärdet", "ängen", "fältet", "holmen", "vallen");

    private static final Set<String> STREET_PREFIXES = WordSets.of("norra", "södra", "östra", "västra", "stora",
            "lilla", "gamla", "nya", "övre", "nedre", "sankt", "s:t");

    /** Returns the last token of a found address, or -1. */
    int at(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) && !t.isWord(i)) {
            return -1;
        }
        String lower = null;
        boolean street = false;
        boolean box = false;
        if (t.isCapitalised(i)) {
            lower = t.lower(i);
            if (lower.equals("box") || lower.equals("lgh")) {
                box = true;
            }
            else {
                street = isStreetName(lower);
            }
        }
        else if (t.equalsIgnoreCase(i, "lgh")) {
            box = true;
        }
        if (!street && !box) {
            // "Karl Johans väg 5", "Stora Torget 3": a suffix word after a
            // capitalised word
            if (t.isCapitalised(i) && t.isWord(i + 1) && t.gap(i) == 1) {
                String next = t.lower(i + 1);
                if ((STREET_SUFFIXES.contains(next) || isStreetName(next)) && t.isNumber(i + 2) && t.gap(i + 1) == 1
                        && t.length(i + 2) <= 4) {
                    return finishAddress(t, i, i + 2, findings);
                }
            }
            return -1;
        }
        int number = i + 1;
        if (!t.isNumber(number) || t.gap(i) > 1 || t.length(number) > (box ? 5 : 3) || t.afterLineBreak[number]) {
            return -1;
        }
        if (box && lower != null && lower.equals("box") && t.length(number) < 2) {
            return -1;
        }
        int start = i;
        if (street && t.isWord(i - 1) && t.gap(i - 1) == 1 && STREET_PREFIXES.contains(t.lower(i - 1))) {
            start = i - 1;
        }
        return finishAddress(t, start, number, findings);
    }

    private boolean isStreetName(String lower) {
        for (String suffix : STREET_SUFFIXES) {
            if (lower.length() > suffix.length() + 1 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private int finishAddress(TextTokens t, int start, int number, Findings findings) {
        int last = number;
        // 3 B, 45B
        if (t.isWord(last + 1) && t.length(last + 1) == 1 && t.gap(last) <= 1
                && Character.isUpperCase(t.text.charAt(t.start[last + 1]))
                && (last + 2 >= t.size || !t.isWord(last + 2) || t.gap(last + 1) > 0)) {
            last++;
        }
        // lgh 1102, tr 2, nb
        int k = last + 1;
        if (t.isSymbol(k, ',')) {
            k++;
        }
        if (t.isWord(k) && (t.equalsIgnoreCase(k, "lgh") || t.equalsIgnoreCase(k, "lägenhet")
                || t.equalsIgnoreCase(k, "tr") || t.equalsIgnoreCase(k, "lght"))) {
            int n = k + 1;
            if (t.isSymbol(n, '.')) {
                n++;
            }
            if (t.isNumber(n)) {
                last = n;
            }
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[start], t.end[last]));
        return last;
    }

}
