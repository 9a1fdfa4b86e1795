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
            "bågen", "vången", "gårdsvägen", "kullen", "gärdet", "ängen", "fältet", "holmen", "vallen", "vändan",
            "länken", "raden");

    private static final Set<String> STREET_PREFIXES = WordSets.of("norra", "södra", "östra", "västra", "stora",
            "lilla", "gamla", "nya", "övre", "nedre", "sankt", "s:t");

    /** Street names typed in lower case are taken with these endings only. */
    private static final Set<String> LOWER_CASE_STREET_SUFFIXES = WordSets.of("gatan", "vägen", "gränd", "gränden",
            "stigen", "allén", "väg", "gata");

    /** Words before "på" or "i" that make the place after them where someone lives. */
    private static final Set<String> LIVING_CUES = WordSets.of("bor", "bodde", "boende", "bosatt", "adress", "adressen",
            "folkbokförd", "folkbokförda", "flyttat", "flyttade", "flyttar", "skriven");

    /** What a number after a place may count instead of a house ("Lillby 3 km"). */
    private static final Set<String> NOT_HOUSE_UNITS = WordSets.of("år", "års", "kr", "kronor", "procent", "timmar",
            "timme", "dagar", "dag", "veckor", "vecka", "månader", "månad", "km", "mil", "minuter", "min", "st",
            "gånger", "personer", "barn", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december", "kap", "§");

    /** Returns the last token of a found address, or -1. */
    int at(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) && !t.isWord(i)) {
            return -1;
        }
        int rural = ruralAddress(t, i, findings);
        if (rural >= 0) {
            return rural;
        }
        rural = lowerCaseRuralAddress(t, i, findings);
        if (rural >= 0) {
            return rural;
        }
        rural = streetWithoutNumber(t, i, findings);
        if (rural >= 0) {
            return rural;
        }
        if (!t.isCapitalised(i) && t.isNumber(i + 1) && t.gap(i) == 1 && t.length(i + 1) <= 3
                && Character.isLowerCase(t.text.charAt(t.start[i])) && lowerCaseStreet(t.lower(i))
                && !t.afterLineBreak[i + 1]) {
            return finishAddress(t, i, i + 1, findings); // "bor på ringvägen 14"
        }
        String lower = null;
        boolean street = false;
        boolean box = false;
        if (isFlatWord(t, i) && t.isNumber(i + 1) && t.length(i + 1) == 4 && t.gap(i) == 1) {
            // "lägenhet 1203": a flat's number in the national register of flats
            findings.add(Finding.certain(FindingType.ADDRESS, t.start[i], t.end[i + 1]));
            return i + 1;
        }
        if (t.isCapitalised(i) || isCapitals(t, i)) {
            lower = t.lower(i);
            if (lower.equals("box") && t.isNumber(i + 1) && t.gap(i) == 1 && t.isSymbol(i - 1, ',')
                    && (t.isCapitalised(i - 2) || t.isUpperCaseCode(i - 2))) {
                // a post-office box is an organisation's address: "Socialförvaltningen,
                // Box 200, 361 23 Emmaboda"
                int end = i + 1;
                if (t.isSymbol(end + 1, ',') && t.isNumber(end + 2) && t.length(end + 2) == 3 && t.isNumber(end + 3)
                        && t.length(end + 3) == 2 && t.isWord(end + 4)) {
                    end += 4;
                }
                findings.allow(t.start[i], t.end[end]);
                return end;
            }
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

    /**
     * "bor på Lillbyn 12", "adress: Västra Ekeby 4": a place of one to three capitalised
     * words and a house number, where a living cue says it is someone's home.
     */
    private static int ruralAddress(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) || i < 2) {
            return -1;
        }
        int cue = i - 1;
        boolean preposition = t.equalsIgnoreCase(cue, "på") || t.equalsIgnoreCase(cue, "i")
                || t.equalsIgnoreCase(cue, "vid");
        if (t.isSymbol(cue, ':') || preposition) {
            cue--;
        }
        if (!t.isWord(cue) || !LIVING_CUES.contains(t.lower(cue))) {
            // "bor i en stuga på Skogsbrynet 3": the living cue a few words earlier
            boolean found = false;
            for (int k = cue - 1; preposition && k >= 0 && k >= cue - 4 && t.isWord(k)
                    && !t.afterLineBreak[k + 1]; k--) {
                if (LIVING_CUES.contains(t.lower(k))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return -1;
            }
        }
        int last = i;
        while (last + 1 < t.size && last < i + 2 && t.isCapitalised(last + 1) && t.gap(last) == 1) {
            last++;
        }
        int number = last + 1;
        if (!t.isNumber(number) || t.gap(last) != 1 || t.length(number) > 3 || t.afterLineBreak[number]) {
            return -1;
        }
        int after = number + 1;
        if (after < t.size && t.gap(number) <= 1
                && ((t.isWord(after) && NOT_HOUSE_UNITS.contains(t.lower(after))) || t.isSymbolIn(after, "%§:")
                        || (t.isSymbolIn(after, ",.-") && t.isNumber(after + 1) && t.gap(after) == 0))) {
            return -1;
        }
        if (t.isSymbol(after, ',') && t.isCapitalised(after + 1) && t.gap(after) == 1 && (after + 2 >= t.size
                || !t.isWord(after + 2) || t.gap(after + 1) > 1 || NameDetector.looksLikePlace(t.lower(after + 1)))) {
            // "Skogsbrynet 3, Åsarna": the village after the house
            int end = finishAddress(t, i, number, findings);
            if (end == number) {
                findings.list.remove(findings.list.size() - 1);
                findings.add(Finding.certain(FindingType.ADDRESS, t.start[i], t.end[after + 1]));
                return after + 1;
            }
            return end;
        }
        return finishAddress(t, i, number, findings);
    }

    /**
     * "bor på nedre bäckhult 210", "adress: norrbyn 214, 922 92 vindeln": a place typed
     * in lower case with a house number, right after a living cue, when the place is
     * spelt like one (a place's ending, a street prefix) or a postal code follows.
     */
    private static int lowerCaseRuralAddress(TextTokens t, int i, Findings findings) {
        if (!t.isWord(i) || t.length(i) < 3 || !Character.isLowerCase(t.text.charAt(t.start[i])) || i < 2) {
            return -1;
        }
        int cue = i - 1;
        if (t.isSymbol(cue, ':') || t.equalsIgnoreCase(cue, "på") || t.equalsIgnoreCase(cue, "i")) {
            cue--;
        }
        if (!t.isWord(cue) || !LIVING_CUES.contains(t.lower(cue))) {
            return -1;
        }
        int last = i;
        if (t.isWord(i + 1) && t.gap(i) == 1 && Character.isLowerCase(t.text.charAt(t.start[i + 1]))
                && STREET_PREFIXES.contains(t.lower(i))) {
            last = i + 1;
        }
        int number = last + 1;
        if (!t.isNumber(number) || t.gap(last) != 1 || t.length(number) > 3 || t.afterLineBreak[number]) {
            return -1;
        }
        int after = number + 1;
        if (after < t.size && t.gap(number) <= 1
                && ((t.isWord(after) && NOT_HOUSE_UNITS.contains(t.lower(after))) || t.isSymbolIn(after, "%§:")
                        || (t.isSymbolIn(after, ",.-") && t.isNumber(after + 1) && t.gap(after) == 0))) {
            return -1;
        }
        boolean postalCode = t.isSymbol(after, ',') && t.isNumber(after + 1) && t.length(after + 1) == 3
                && t.isNumber(after + 2) && t.length(after + 2) == 2 && t.isWord(after + 3);
        boolean placeLike = last > i || NameDetector.looksLikePlace(t.lower(last)) || isStreetName(t.lower(last));
        if (!postalCode && !placeLike) {
            return -1;
        }
        if (postalCode && findings.covers(t.start[after + 1])) {
            postalCode = false; // the postal code and town are found already
        }
        int end = postalCode ? after + 3 : number;
        if (!postalCode && t.isWord(after) && t.length(after) == 1 && t.gap(number) == 0) {
            end = after; // "solvändan 4b"
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[i], t.end[end]));
        return end;
    }

    /**
     * "bor på Kyrkvägen", "bor på Hällby gård": a street or a farm named without its
     * number, right where a living cue says someone lives there.
     */
    private static int streetWithoutNumber(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) || i < 2 || t.isNumber(i + 1) && t.gap(i) == 1) {
            return -1;
        }
        int cue = i - 1;
        if (!(t.equalsIgnoreCase(cue, "på") || t.isSymbol(cue, ':'))) {
            return -1;
        }
        if (!t.isWord(cue - 1) || !LIVING_CUES.contains(t.lower(cue - 1))) {
            return -1;
        }
        String lower = t.lower(i);
        int last = i;
        if (t.isWord(i + 1) && t.gap(i) == 1
                && (t.equalsIgnoreCase(i + 1, "gård") || t.equalsIgnoreCase(i + 1, "gården"))) {
            last = i + 1; // "Hällby gård"
        }
        else if (!isStreetName(lower)) {
            return -1;
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[i], t.end[last]));
        return last;
    }

    /** "STORGATAN": a word in capitals, as in a text typed with caps lock. */
    private static boolean isCapitals(TextTokens t, int i) {
        if (!t.isWord(i) || t.length(i) < 3) {
            return false;
        }
        for (int k = t.start[i]; k < t.end[i]; k++) {
            if (Character.isLowerCase(t.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFlatWord(TextTokens t, int i) {
        return t.equalsIgnoreCase(i, "lägenhet") || t.equalsIgnoreCase(i, "lägenhetsnummer")
                || t.equalsIgnoreCase(i, "lägenhetsnr") || t.equalsIgnoreCase(i, "lgh-nr");
    }

    private static boolean lowerCaseStreet(String lower) {
        for (String suffix : LOWER_CASE_STREET_SUFFIXES) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStreetName(String lower) {
        for (String suffix : STREET_SUFFIXES) {
            if (lower.length() > suffix.length() + 1 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static int finishAddress(TextTokens t, int start, int number, Findings findings) {
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
        if (organisationPremisesBefore(t, start)) {
            findings.allow(t.start[start], t.end[last]);
            return last;
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[start], t.end[last]));
        return last;
    }

    /** Premises that are an organisation's without an owner named. */
    private static final Set<String> OWNERLESS_PREMISES = WordSets.of("lokal", "lokaler", "lokalen", "lokalerna");

    /** Nouns of an organisation's premises ("Arbetsförmedlingens lokaler på ..."). */
    private static final Set<String> PREMISES = WordSets.of("lokal", "lokaler", "lokalen", "lokalerna", "kontor",
            "kontoret", "mottagning", "mottagningen", "reception", "receptionen", "entré", "entrén", "huvudkontor",
            "huvudkontoret");

    /**
     * "i Arbetsförmedlingens lokaler på Storgatan 25", "kommunens kontor på ...": the
     * address of an organisation's premises, named by its possessive, is no one's home.
     */
    private static boolean organisationPremisesBefore(TextTokens t, int start) {
        int k = start - 1;
        if (!t.isWord(k)
                || !(t.equalsIgnoreCase(k, "på") || t.equalsIgnoreCase(k, "i") || t.equalsIgnoreCase(k, "vid"))) {
            return false;
        }
        for (int p = k - 1; p >= k - 2 && p >= 1; p--) {
            if (!t.isWord(p)) {
                return false;
            }
            if (OWNERLESS_PREMISES.contains(t.lower(p))) {
                return true; // "flyttar till nya lokaler på ...": premises are no home
            }
            if (PREMISES.contains(t.lower(p)) && t.isWord(p - 1)) {
                String owner = t.lower(p - 1);
                return owner.length() > 5 && owner.endsWith("s") && !NameCues.POSSESSIVES.contains(owner)
                        && !LIVING_CUES.contains(owner)
                        && (t.isCapitalised(p - 1) || owner.endsWith("ens") || owner.endsWith("ets"));
            }
        }
        return false;
    }

}
