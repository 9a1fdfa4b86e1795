package se.finsam.samverkansbot.privacy;

import java.util.Set;

/**
 * Finds numbers that are personal only because of the word before them: case, account,
 * card and reference numbers after a cue ("dnr 2026-0042", "kontonummer 1234 56 789"), a
 * personnummer after "pnr", and birth dates after "född" ("född 12 mars 1987"). A bare
 * number of four digits or a year is harmless; the same digits after a cue are not, so
 * this detector runs first and claims them before the shape-based {@link NumberDetector}.
 * A cue counts only when digits follow within a few tokens, which is checked once in a
 * backward pass so that most words cost one array read.
 */
final class CuedNumberDetector {

    private static final Set<String> MONTHS = WordSets.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "nov", "dec");

    private static final Set<String> BIRTH_CUES = WordSets.of("född", "födda", "föddes", "fd", "f", "födelsedatum",
            "födelsedag", "födelsedagen", "födelsedatumet", "birth", "born");

    private static final Set<String> NUMBER_CUES = WordSets.of("dnr", "diarienr", "diarienummer", "ärendenr",
            "ärendenummer", "ärendenumret", "ärende-nr", "ärendenummret", "kontonr", "kontonummer", "kontonumret",
            "konto", "kontot", "bankkonto", "bankkontot", "bankkontonummer", "clearingnummer", "clearingnr", "bankgiro",
            "bankgironummer", "bg", "plusgiro", "plusgironummer", "pg", "plusgirokonto", "sparkonto", "lönekonto",
            "bankkort", "bankkortet", "ocr", "ocr-nummer", "ocr-nr", "referensnummer", "referensnr", "ref",
            "kundnummer", "kundnr", "kortnummer", "kortnr", "kortet", "dossiernummer", "dossiernr", "lma-nummer",
            "lma-kort", "lma-kortet", "lma-nr", "passnummer", "passnr", "id-nummer", "id-nr", "pnr", "personnummer",
            "personnumret", "samordningsnummer", "samordningsnumret", "reservnummer", "reservnumret", "medlemsnummer",
            "patientnummer", "journalnummer", "löpnummer", "försäkringsnummer", "avtalsnummer", "fakturanummer", "iban",
            "swish", "swishnummer", "uc-nummer", "arbetsgivarnummer", "handlingsnummer", "aktnummer", "beslutsnummer",
            "mål", "målnummer", "målnr", "kortnumret", "kort", "id", "klientid", "kundid", "personid");

    private static final Set<String> NUMBER_WORD_STEMS = WordSets.of("ärende", "konto", "kort", "kund", "referens",
            "id", "journal", "patient", "dossier", "lma", "pass", "mål", "akt", "bankkonto");

    /** Words ending in -nummer that do not name a personal number. */
    static final Set<String> NOT_NUMBER_CUES = WordSets.of("organisationsnummer", "orgnummer", "orgnr",
            "paragrafnummer", "sfs-nummer", "lagnummer", "versionsnummer", "sidnummer", "rumsnummer", "bussnummer",
            "linjenummer", "husnummer", "telefonnummer", "telefonnumret", "artikelnummer", "kapitelnummer",
            "rekvisitionsnummer", "projektnummer", "projektnr", "kursnummer", "blankettnummer", "momentnummer",
            "upphandlingsnummer", "beställningsnummer", "ordernummer", "nummer", "numret", "nr");

    private static final Set<String> SKIPPED_AFTER_NUMBER_CUE = WordSets.of("nr", "nummer", "numret", "är", "var",
            "med", "no", "har", "hade", "fått", "fick", "det", "ett", "som", "med");

    /** Law and regulation series whose numbers ("SFS 2010:110") name no person. */
    private static final Set<String> STATUTE_SERIES = WordSets.of("sfs", "sosfs", "hslf", "afs", "fkfs", "fkrfs",
            "migrfs", "skvfs", "mr", "prop", "sou", "ds", "bet", "rskr", "nja", "hfd", "rå", "mig", "ad", "ecli");

    void find(TextTokens t, Findings findings) {
        // a cue matters only with digits a few tokens after it
        boolean[] numberSoon = new boolean[t.size];
        int nextNumber = Integer.MAX_VALUE;
        for (int i = t.size - 1; i >= 0; i--) {
            if (t.kind[i] == TextTokens.NUMBER) {
                nextNumber = i;
            }
            numberSoon[i] = nextNumber - i <= 7;
        }
        for (int i = 0; i < t.size; i++) {
            if (t.isNumber(i) && t.length(i) <= 4 && !findings.covers(t.start[i])) {
                int end = oldDateAt(t, i);
                if (end > 0) {
                    findings.add(Finding.certain(FindingType.BIRTH_DATE, t.start[i], end));
                    while (i + 1 < t.size && t.start[i + 1] < end) {
                        i++;
                    }
                    continue;
                }
            }
            if (!numberSoon[i] || !t.isWord(i) || t.length(i) > 24 || findings.covers(t.start[i])) {
                continue;
            }
            if (agencyCode(t, i, findings)) {
                continue;
            }
            String lower = t.lower(i);
            int hyphen = lower.lastIndexOf('-');
            if (hyphen > 0 && hyphen < lower.length() - 1 && !NUMBER_CUES.contains(lower)
                    && !NOT_NUMBER_CUES.contains(lower)) {
                // "FK-ärende", "sökande-id", "Patient-ID": the last part is the cue
                String part = lower.substring(hyphen + 1);
                lower = part.equals("id") ? "id-nummer" : part;
            }
            if (BIRTH_CUES.contains(lower)) {
                birthDateAfter(t, i, lower, findings);
            }
            else if (lower.equals("år")
                    && (isBirthdayVerb(t, i - 1) || t.isNumber(i - 1) && isBirthdayVerb(t, i - 2))) {
                birthDateAfter(t, i, lower, findings); // "fyller år den 4 maj": a
                                                       // birthday
            }
            else if (NUMBER_CUES.contains(lower)
                    || ((lower.equals("nr") || lower.equals("nummer") || lower.equals("numret")
                            || lower.equals("numrets")) && t.isWord(i - 1)
                            && NUMBER_WORD_STEMS.contains(t.lower(i - 1)))
                    || ((lower.endsWith("nummer") || lower.endsWith("numret") || lower.endsWith("nr"))
                            && !NOT_NUMBER_CUES.contains(lower))
                    || lower.equals("ärende") || lower.equals("ärendet") || lower.equals("ärendets")) {
                cuedNumberAfter(t, i, lower, findings);
            }
            else if (lower.equals("nummer") || lower.equals("numret") || lower.equals("nr")) {
                // "har nummer 118-442093-25": a long number named as a number is
                // someone's
                cuedNumberAfter(t, i, lower, findings);
            }
        }
    }

    private void cuedNumberAfter(TextTokens t, int cue, String cueWord, Findings findings) {
        int i = cue + 1;
        if (cueWord.startsWith("bankgiro") && t.isWord(cue - 1) && t.lower(cue - 1).endsWith("s")
                && !NameCues.POSSESSIVES.contains(t.lower(cue - 1))
                && (Character.isLowerCase(t.text.charAt(t.start[cue - 1])) || t.lower(cue - 1).endsWith("ens")
                        || t.lower(cue - 1).endsWith("ets") || t.isUpperCaseCode(cue - 1))) {
            return; // "församlingens bankgiro", "Kronofogdens bankgiro": an
                    // organisation's
        }
        // skip "nr", "nummer", "är", ":" and "." between cue and number
        for (int skipped = 0; skipped < 4 && i < t.size; skipped++) {
            if (t.isSymbol(i, ':') || t.isSymbol(i, '.') || t.isSymbol(i, '#')
                    || (t.isWord(i) && SKIPPED_AFTER_NUMBER_CUE.contains(t.lower(i)))) {
                i++;
            }
            else if (t.isWord(i)
                    && (t.equalsIgnoreCase(i, "hos") || t.equalsIgnoreCase(i, "i") || t.equalsIgnoreCase(i, "på"))
                    && (t.isCapitalised(i + 1) || t.isUpperCaseCode(i + 1)
                            || t.isWord(i + 1) && t.isSymbolIn(i + 2, ":(") && t.gap(i + 1) <= 1)) {
                i += 2; // "ärendenummer hos FK: ...", "målnummer i förvaltningsrätten:
                        // ..."
            }
            else if (t.isSymbol(i, '(')
                    && (t.isNumber(i + 1) || t.isWord(i + 1) && SKIPPED_AFTER_NUMBER_CUE.contains(t.lower(i + 1)))) {
                i++; // "ärende hos FK (101-227845)", "LMA-kort (nr 512 034)"
            }
            else {
                break;
            }
        }
        if (i >= t.size || t.start[i] - t.end[cue] > 40) {
            return;
        }
        if (isOwnCaseReference(t, i)) {
            return;
        }
        if (t.lower(cue).contains("swish") && t.isNumber(i) && t.text.startsWith("123", t.start[i])) {
            return; // "Swish 123 456 78 90": organisations' Swish numbers start with 123
        }
        int first = i;
        int last = -1;
        int digits = 0;
        boolean onlyCode = true;
        while (i < t.size) {
            if (t.isNumber(i)) {
                digits += t.length(i);
                last = i;
                onlyCode = false;
            }
            else if (isLetterCode(t, i) && (i == first || t.gap(i - 1) == 0)) {
                last = i;
            }
            else if (t.isWord(i) && t.length(i) == 1 && last == i - 1 && t.gap(i - 1) == 0 && last >= 0) {
                last = i;
            }
            else if (!(t.isSymbolIn(i, "-/–") && i + 1 < t.size && (t.isNumber(i + 1) || isLetterCode(t, i + 1))
                    && t.gap(i) == 0)) {
                break;
            }
            if (i + 1 < t.size && t.gap(i) > 1) {
                break;
            }
            if (i + 1 < t.size && t.gap(i) == 1 && !t.isNumber(i + 1)) {
                break;
            }
            i++;
        }
        if (last < 0 || onlyCode) {
            return;
        }
        boolean personalIdCue = cueWord.startsWith("person") || cueWord.startsWith("samordning")
                || cueWord.equals("pnr") || cueWord.startsWith("reserv");
        int needed = personalIdCue ? 6 : (cueWord.equals("konto") || cueWord.equals("kontot") || cueWord.equals("kort")
                || cueWord.equals("kortet") || cueWord.equals("mål") || cueWord.startsWith("ärende")) ? 6 : 4;
        if (cueWord.equals("nummer") || cueWord.equals("numret") || cueWord.equals("nr")) {
            if (t.text.charAt(t.start[first]) == '0'
                    || (t.start[first] > 0 && t.text.charAt(t.start[first] - 1) == '+')) {
                return; // a phone number, read by its shape
            }
            int firstLength = t.length(first);
            if (firstLength == 6 || firstLength == 8 || firstLength == 10 || firstLength == 12) {
                return; // perhaps a personnummer, read by its shape
            }
            needed = 7;
        }
        if (digits < needed) {
            return;
        }
        if (t.isNumber(first) && t.length(first) == 4 && last == first && !personalIdCue) {
            int year = t.digitValue(first);
            if (year >= 1900 && year <= 2100) {
                return;
            }
        }
        FindingType type = personalIdCue ? FindingType.PERSONNUMMER : FindingType.CASE_NUMBER;
        findings.add(Finding.certain(type, t.start[first], t.end[last]));
        // "nr 512 034 och 512 035": a second number of the same shape after the first
        int second = last + 2;
        if ((t.equalsIgnoreCase(last + 1, "och") || t.isSymbol(last + 1, ',')) && t.isNumber(second)
                && t.length(second) == t.length(first)) {
            int end = second;
            int count = t.length(second);
            while (count < digits && t.gap(end) == 1 && t.isNumber(end + 1)) {
                end++;
                count += t.length(end);
            }
            if (count == digits) {
                findings.add(Finding.certain(type, t.start[second], t.end[end]));
            }
        }
    }

    /**
     * "K-2026-0042": the bot's own reference of a consultation case, which names nobody.
     */
    private static boolean isOwnCaseReference(TextTokens t, int i) {
        return t.equalsIgnoreCase(i, "k") && t.isSymbol(i + 1, '-') && t.isNumber(i + 2) && t.length(i + 2) == 4
                && t.isSymbol(i + 3, '-') && t.isNumber(i + 4) && t.gap(i) == 0 && t.gap(i + 1) == 0
                && t.gap(i + 2) == 0 && t.gap(i + 3) == 0;
    }

    /** "AB", "S": letters in capitals inside a number ("2023-S-558 193", "T 4412-23"). */
    private static boolean isLetterCode(TextTokens t, int i) {
        return t.isUpperCaseCode(i)
                || (t.isWord(i) && t.length(i) == 1 && Character.isUpperCase(t.text.charAt(t.start[i])));
    }

    /**
     * Another agency's case number without a cue: a short code glued to a year and a long
     * serial ("Af-2025/0381264"), or a register code in capitals before a year and a
     * serial ("IFO 2024-3317"). The bot's own references ("K-2026-0042") have a shorter
     * serial, and statutes ("SFS 2010:110") a colon.
     */
    private static boolean agencyCode(TextTokens t, int i, Findings findings) {
        int len = t.length(i);
        if (len > 5 || !Character.isUpperCase(t.text.charAt(t.start[i]))) {
            return false;
        }
        int year = i + 1;
        if (t.isSymbolIn(year, "-/") && t.gap(i) == 0 && t.gap(year) == 0) {
            year++;
            if (t.isNumber(year) && t.length(year) >= 6 && t.length(year) <= 12 && isLetterCode(t, i)
                    && !STATUTE_SERIES.contains(t.lower(i))) {
                // "RS-558213", "K-2231856-24": a register's code glued to a long serial
                int last = year;
                if (t.isSymbol(year + 1, '-') && t.gap(year) == 0 && t.isNumber(year + 2) && t.gap(year + 1) == 0
                        && t.length(year + 2) <= 4) {
                    last = year + 2;
                }
                findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[i], t.end[last]));
                return true;
            }
        }
        else if (courtCaseNumber(t, i, findings)) {
            return true;
        }
        else if (!(t.isUpperCaseCode(i) && len >= 2 && t.gap(i) == 1)) {
            return false;
        }
        if (!t.isNumber(year) || t.length(year) != 4 || t.digitValue(year) < 1990 || t.digitValue(year) > 2100
                || !t.isSymbolIn(year + 1, "-/") || t.gap(year) != 0 || !t.isNumber(year + 2) || t.gap(year + 1) != 0) {
            return false;
        }
        boolean glued = year == i + 2;
        int serial = t.length(year + 2);
        if ((glued && serial < 5) || (!glued && serial < 3) || serial > 9 || STATUTE_SERIES.contains(t.lower(i))) {
            return false;
        }
        findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[i], t.end[year + 2]));
        return true;
    }

    private static boolean isBirthdayVerb(TextTokens t, int k) {
        return t.isWord(k) && (t.equalsIgnoreCase(k, "fyller") || t.equalsIgnoreCase(k, "fyllde"));
    }

    /**
     * "UM 4455-25", "T 1234-23", "Ö 812-24": a court's or agency's register letters
     * before a serial and a two-digit year, the shape Swedish courts give their cases.
     */
    private static boolean courtCaseNumber(TextTokens t, int i, Findings findings) {
        int number = i + 1;
        if (!isLetterCode(t, i) || t.length(i) > 3 || t.gap(i) != 1 || !t.isNumber(number) || t.length(number) < 3
                || t.length(number) > 6 || !t.isSymbolIn(number + 1, "-/") || t.gap(number) != 0
                || !t.isNumber(number + 2) || t.length(number + 2) != 2 || t.gap(number + 1) != 0
                || STATUTE_SERIES.contains(t.lower(i))) {
            return false;
        }
        if (t.isSymbolIn(number + 3, "-/.:") && t.gap(number + 2) == 0 && t.isNumber(number + 4)) {
            return false; // a longer number or a date
        }
        if (t.length(number) == 4 && t.digitValue(number) >= 1900 && t.digitValue(number) <= 2100) {
            return false; // "LSS 1994-95": years
        }
        findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[i], t.end[number + 2]));
        return true;
    }

    private void birthDateAfter(TextTokens t, int cue, String cueWord, Findings findings) {
        int i = cue + 1;
        if (cueWord.equals("f")) {
            // "f. 1987-03-12" and "f 19870312", not "f.d." (före detta)
            boolean dot = t.isSymbol(i, '.') && !t.isWord(i + 1);
            if (!dot && !(t.isNumber(i) && t.gap(cue) == 1)) {
                return;
            }
        }
        for (int skipped = 0; skipped < 3 && i < t.size; skipped++) {
            if (t.isSymbol(i, ':') || t.isSymbol(i, '.') || t.isSymbol(i, ',')
                    || (t.isWord(i) && (t.equalsIgnoreCase(i, "den") || t.equalsIgnoreCase(i, "är")
                            || t.equalsIgnoreCase(i, "var") || t.equalsIgnoreCase(i, "på")))) {
                i++;
            }
            else {
                break;
            }
        }
        int end = dateAt(t, i);
        if (end > 0) {
            findings.add(Finding.certain(FindingType.BIRTH_DATE, t.start[i], end));
        }
    }

    /**
     * "registrerat 1975-01-01", "3 mars 1969": an exact date (day, month and a year of
     * four digits) at least {@link #BIRTH_YEARS_AGO} years back. Case texts date
     * decisions, meetings and sick leave in recent years; a full date that far back is a
     * date of birth almost every time, cue or no cue.
     */
    private int oldDateAt(TextTokens t, int i) {
        if (i > 0 && (t.isSymbolIn(i - 1, "-/.:") && t.gap(i - 1) == 0 || t.isWord(i - 1) && t.gap(i - 1) == 0)) {
            return -1; // inside another number or code
        }
        int end = dateAt(t, i);
        if (end < 0 || (t.length(i) != 4 && t.length(i) > 2)) {
            return -1;
        }
        int yearToken = -1;
        for (int k = i; k < t.size && t.start[k] < end; k++) {
            if (t.isNumber(k) && t.length(k) == 4) {
                yearToken = k;
            }
        }
        if (yearToken < 0 || (yearToken != i && t.end[yearToken] != end)) {
            return -1;
        }
        if (t.isSymbol(yearToken + 1, '-') && t.gap(yearToken) == 0 && t.isNumber(yearToken + 2)
                && t.length(yearToken + 2) == 4) {
            return -1; // "1975-01-01-1234" reads as a personnummer elsewhere
        }
        int year = t.digitValue(yearToken);
        return year >= 1900 && year <= LATEST_BIRTH_YEAR ? end : -1;
    }

    /** How many years back a full date is taken for a date of birth. */
    static final int BIRTH_YEARS_AGO = 18;

    private static final int LATEST_BIRTH_YEAR = java.time.Year.now().getValue() - BIRTH_YEARS_AGO;

    /** End offset of an exact date (with year) starting at token i, or -1. */
    private int dateAt(TextTokens t, int i) {
        if (!t.isNumber(i)) {
            return -1;
        }
        int len = t.length(i);
        // 19870312 or 870312
        if ((len == 8 || len == 6) && validDate(t.text, t.start[i], len)) {
            return t.end[i];
        }
        // 12 mars 1987, 12:e mars 1987
        if (len <= 2) {
            int j = i + 1;
            if ((t.isSymbol(j, '.') || t.isSymbol(j, ':')) && !t.isNumber(j + 1)) {
                j++;
            }
            if (t.isWord(j) && t.length(j) <= 2 && (t.equalsIgnoreCase(j, "e") || t.equalsIgnoreCase(j, "a"))) {
                j++;
            }
            if (t.isWord(j) && MONTHS.contains(t.lower(j))) {
                int k = j + 1;
                if (t.isSymbol(k, '.')) {
                    k++;
                }
                if (t.isNumber(k) && (t.length(k) == 4 || t.length(k) == 2)) {
                    return t.end[k];
                }
                // "född den 12 mars": a birthday, which identifies with the age
                return t.end[j];
            }
            // 12/3 1987, 12.3.1987, 12/3-87, 3-12-1987
            if (j == i + 1 && t.isSymbolIn(j, "/.-") && t.gap(i) == 0 && t.isNumber(j + 1) && t.length(j + 1) <= 2
                    && t.gap(j) == 0) {
                int k = j + 2;
                if (k < t.size && k + 1 < t.size && t.gap(k - 1) <= 1 && t.isNumber(k + 1) && (t.isSymbolIn(k, "/.-"))
                        && (t.length(k + 1) == 4 || t.length(k + 1) == 2)) {
                    return t.end[k + 1];
                }
                if (t.isNumber(k) && t.length(k) == 4 && t.gap(k - 1) == 1) {
                    return t.end[k];
                }
            }
            return -1;
        }
        // 1987-03-12, 87-03-12, 1987/03/12, 1987.03.12
        if ((len == 4 || len == 2) && t.isSymbolIn(i + 1, len == 4 ? "-/." : "-") && t.isNumber(i + 2)
                && t.length(i + 2) <= 2 && t.isSymbol(i + 3, t.text.charAt(t.start[i + 1])) && t.isNumber(i + 4)
                && t.length(i + 4) <= 2 && t.gap(i) == 0 && t.gap(i + 1) == 0 && t.gap(i + 2) == 0
                && t.gap(i + 3) == 0) {
            return t.end[i + 4];
        }
        return -1;
    }

    private static boolean validDate(String text, int start, int len) {
        int offset = len == 8 ? 2 : 0;
        if (len == 8) {
            int century = Digits.twoDigits(text, start);
            if (century != 19 && century != 20) {
                return false;
            }
        }
        int month = Digits.twoDigits(text, start + offset + 2);
        int day = Digits.twoDigits(text, start + offset + 4);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

}
