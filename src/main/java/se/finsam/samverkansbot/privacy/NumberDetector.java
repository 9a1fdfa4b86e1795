package se.finsam.samverkansbot.privacy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Finds personal numbers by their shape: personnummer and samordningsnummer (a valid date
 * plus four digits), Swedish and foreign phone numbers, payment card numbers (Luhn) and
 * postal codes before a town. A number is first read as a sequence of digit groups with
 * their separators (so "070-123 45 67" is one phone number and "12 500 kr" none), and the
 * shapes are tried in that order on the same groups, into one reused array. Digits glued
 * to letters are codes ("F32", "K-2026-0042") and skipped; allow-listed phone numbers are
 * marked as handled without being reported.
 */
final class NumberDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /**
     * Words that name an organisation's public number ("växel" and its compounds aside).
     */
    private static final Set<String> SWITCHBOARD_CUES = WordSets.of("kundtjänst", "kundtjänsten", "reception",
            "receptionen", "kontaktcenter", "kontaktcentret", "servicecenter", "servicecentret", "huvudnummer",
            "upplysningen", "informationsnummer");

    /** Units after a long number that make it an amount, not an identifier. */
    private static final Set<String> AMOUNT_UNITS = WordSets.of("kr", "kronor", "sek", "euro", "eur", "dollar", "usd",
            "tkr", "mkr", "invånare", "personer", "st");

    /**
     * Numbers that belong to an organisation by the numbering plan. Not 010 (UAN):
     * agencies give their staff's direct lines in 010 as often as their switchboards.
     */
    private static final Set<PhoneNumberType> SERVICE_TYPES = EnumSet.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.VOICEMAIL);

    /** The word lists, loaded in the background; joined on first use. */
    private final CompletableFuture<NameLexicon> lexiconLoad;

    private final Set<String> allowedPhones;

    NumberDetector(PrivacyProperties properties, CompletableFuture<NameLexicon> lexiconLoad) {
        this.lexiconLoad = lexiconLoad;
        this.allowedPhones = new HashSet<>();
        for (String number : properties.allowedPhoneNumbers()) {
            this.allowedPhones.add(nationalDigits(number));
        }
    }

    private NameLexicon lexicon() {
        return this.lexiconLoad.join();
    }

    void find(TextTokens t, Findings findings) {
        int[] groups = new int[24];
        for (int i = 0; i < t.size; i++) {
            if (!t.isNumber(i) || findings.covers(t.start[i])) {
                continue;
            }
            if (isCodeSuffix(t, i)) {
                continue;
            }
            int count = sequence(t, i, groups);
            int used = personnummer(t, groups, count, findings);
            if (used == 0) {
                used = bankAccount(t, groups, count, findings);
            }
            if (used == 0) {
                used = phone(t, groups, count, findings);
            }
            if (used == 0) {
                used = card(t, groups, count, findings);
            }
            if (used == 0) {
                used = postalCode(t, groups, count, findings);
            }
            if (used == 0) {
                used = longNumber(t, groups, count, findings);
            }
            if (used > 0) {
                i = groups[used - 1];
            }
        }
    }

    /** Digits glued to letters ("F32", "K-2026-0042", "SFS 1962:381"'s 381) are codes. */
    private static boolean isCodeSuffix(TextTokens t, int i) {
        int s = t.start[i];
        if (s == 0) {
            return false;
        }
        char before = t.text.charAt(s - 1);
        if (Character.isLetter(before)) {
            return true;
        }
        if (before == '-' && s >= 3 && t.text.regionMatches(true, s - 3, "SE-", 0, 3)
                && (s == 3 || !Character.isLetter(t.text.charAt(s - 4)))) {
            return false; // "SE-281 31 Hässleholm"
        }
        if (s >= 2 && (before == '-' || before == '/')) {
            return Character.isLetterOrDigit(t.text.charAt(s - 2));
        }
        if (s >= 2 && (before == ':' || before == '.' || before == ',')) {
            // "1962:381", "F32.1", "1 234,50"; but "tel:070..." and "pnr.8703..." are
            // labels
            return Character.isDigit(t.text.charAt(s - 2));
        }
        return false;
    }

    /** Collects the digit groups of a number written with separators, from token i on. */
    private static int sequence(TextTokens t, int i, int[] groups) {
        int count = 0;
        groups[count++] = i;
        int current = i;
        while (count < groups.length) {
            int next = current + 1;
            int separatorChars = 0;
            while (next < t.size && t.isSymbolIn(next, "-+/().–") && separatorChars < 3) {
                separatorChars++;
                next++;
            }
            if (next >= t.size || !t.isNumber(next) || t.afterLineBreak[next]) {
                break;
            }
            int between = t.start[next] - t.end[current];
            if (between > 3 || between - separatorChars > (separatorChars == 0 ? 1 : 2)) {
                break;
            }
            groups[count++] = next;
            current = next;
        }
        return count;
    }

    private static String separator(TextTokens t, int from, int to) {
        return t.text.substring(t.end[from], t.start[to]);
    }

    private int personnummer(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        int len = t.length(first);
        if ((len == 10 || len == 12) && isPersonnummerDate(t.text, t.start[first], len)) {
            if (len == 10 && t.text.charAt(t.start[first]) == '0' && isMobilePrefix(t.text, t.start[first])) {
                return 0; // a mobile number written without separators
            }
            findings.add(Finding.certain(FindingType.PERSONNUMMER, t.start[first], t.end[first]));
            return 1;
        }
        if ((len == 6 || len == 8) && count >= 2 && t.length(g[1]) == 4
                && isPersonnummerDate(t.text, t.start[first], len)) {
            String sep = separator(t, first, g[1]);
            if (sep.equals("-") || sep.equals("+") || sep.equals(" ") || sep.equals("–") || sep.equals(" - ")) {
                findings.add(Finding.certain(FindingType.PERSONNUMMER, t.start[first], t.end[g[1]]));
                return 2;
            }
        }
        return 0;
    }

    /**
     * A bank account: clearing number and account number ("8105-9, 914 227 305-1", "6123
     * - 804 117 392"), or an account number grouped 3-3-3-1 ("914 227 305-1"). Clearing
     * numbers are 1000-9999 and phone numbers start with 0, so the shapes do not meet.
     */
    private static int bankAccount(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        char lead = t.text.charAt(t.start[first]);
        if (lead == '0' || (t.start[first] > 0 && t.text.charAt(t.start[first] - 1) == '+')) {
            return 0;
        }
        if (count >= 4 && t.length(g[0]) == 3 && t.length(g[1]) == 3 && t.length(g[2]) == 3 && t.length(g[3]) == 1
                && separator(t, g[2], g[3]).equals("-")) {
            findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[first], t.end[g[3]]));
            return 4;
        }
        if (t.length(first) != 4) {
            return 0;
        }
        int[] rest = new int[12];
        int used = 1;
        int next = 1;
        // Swedbank's clearing numbers have a fifth digit: 8105-9
        if (count > 1 && t.length(g[1]) == 1 && separator(t, first, g[1]).equals("-")) {
            used = 2;
            next = 2;
        }
        int last = g[used - 1];
        int digits = 0;
        int k = 0;
        if (next < count) {
            String sep = separator(t, g[next - 1], g[next]).strip();
            if (sep.equals("-") || sep.equals("–")) {
                for (int n = next; n < count && k < rest.length; n++) {
                    rest[k++] = g[n];
                }
            }
        }
        else if (t.isSymbol(last + 1, ',') && t.isNumber(last + 2) && t.gap(last + 1) <= 1) {
            int[] more = new int[12];
            int moreCount = sequence(t, last + 2, more);
            for (int n = 0; n < moreCount && k < rest.length; n++) {
                rest[k++] = more[n];
            }
        }
        boolean afterComma = next >= count;
        int end = -1;
        for (int n = 0; n < k; n++) {
            digits += t.length(rest[n]);
            end = rest[n];
        }
        if (digits < 7 || digits > 12 || end < 0) {
            return 0;
        }
        findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[first], t.end[end]));
        return afterComma ? used : count;
    }

    private static boolean isMobilePrefix(String text, int start) {
        return text.charAt(start + 1) == '7' && "02369".indexOf(text.charAt(start + 2)) >= 0;
    }

    /** yymmdd or yyyymmdd, day may be + 60 (samordningsnummer). */
    private static boolean isPersonnummerDate(String text, int start, int len) {
        int offset = (len == 8 || len == 12) ? 2 : 0;
        if (offset == 2) {
            String century = text.substring(start, start + 2);
            if (!century.equals("18") && !century.equals("19") && !century.equals("20")) {
                return false;
            }
        }
        int month = Digits.twoDigits(text, start + offset + 2);
        int day = Digits.twoDigits(text, start + offset + 4);
        if (day > 60) {
            day -= 60;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private int phone(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        String firstGroup = t.string(first);
        StringBuilder national = new StringBuilder(12);
        int start = t.start[first];
        int index = 0;
        boolean plus = start > 0 && t.text.charAt(start - 1) == '+';
        if (plus && firstGroup.startsWith("46")) {
            start--;
            national.append('0').append(firstGroup, 2, firstGroup.length());
        }
        else if (firstGroup.startsWith("0046")) {
            national.append('0').append(firstGroup, 4, firstGroup.length());
        }
        else if (!plus && firstGroup.length() >= 2 && firstGroup.charAt(0) == '0' && firstGroup.charAt(1) != '0') {
            national.append(firstGroup);
            if (start > 0 && t.text.charAt(start - 1) == '(') {
                start--;
            }
        }
        else if (plus && firstGroup.charAt(0) != '0') {
            return foreignPhone(t, g, count, findings);
        }
        else {
            return 0;
        }
        // "+46 (0)8 ...": the trunk zero in parentheses
        if (national.length() == 1 && count > 1 && t.string(g[1]).equals("0")
                && separator(t, first, g[1]).contains("(")) {
            index = 1;
        }
        int last = first;
        int used = 1;
        boolean dashAfterAreaCode = false;
        for (int k = index + 1; k < count; k++) {
            if (national.length() + t.length(g[k]) > 10) {
                break;
            }
            String sep = separator(t, g[k - 1], g[k]);
            // "+" starts another number, "–" is a range ("08.00–14.24") except right
            // after
            // the area code ("073–881 20 04", checked against the numbering plan below);
            // "." only in "070.123.45.67"
            if (sep.contains("+") || (sep.contains("–") && (k != index + 1 || index != 0))
                    || (sep.contains(".") && (t.length(g[0]) < 3 || !separator(t, g[0], g[1]).equals(".")))) {
                break;
            }
            if (sep.contains("–")) {
                dashAfterAreaCode = true;
            }
            national.append(t.string(g[k]));
            last = g[k];
            used = k + 1;
        }
        int digits = national.length();
        boolean mobile = digits >= 3 && national.charAt(1) == '7';
        if ((mobile && digits != 10) || digits < 8 || digits > 10) {
            return 0;
        }
        if (national.charAt(1) == '0') {
            return 0;
        }
        if (dashAfterAreaCode && !isValidNumber(national)) {
            return 0;
        }
        if (allowedPhones.contains(national.toString()) || isServiceNumber(national) || afterSwitchboard(t, first)
                || switchboardAfter(t, last) || isSwitchboardShape(national)) {
            findings.allow(start, t.end[last]);
            return used;
        }
        findings.add(Finding.certain(FindingType.PHONE, start, t.end[last]));
        return used;
    }

    private static boolean isValidNumber(CharSequence national) {
        try {
            return PHONES.isValidNumber(PHONES.parse(national, "SE"));
        }
        catch (NumberParseException ex) {
            return false;
        }
    }

    /**
     * Free, shared-cost and premium numbers (020, 0771, 0900 ...) belong to organisations
     * by the Swedish numbering plan, never to a person: libphonenumber knows which.
     */
    private static boolean isServiceNumber(CharSequence national) {
        if (national.charAt(1) == '7' && national.charAt(2) != '7') {
            return false; // a mobile number, the common case, without parsing
        }
        try {
            PhoneNumber number = PHONES.parse(national, "SE");
            return SERVICE_TYPES.contains(PHONES.getNumberType(number));
        }
        catch (NumberParseException ex) {
            return false;
        }
    }

    /**
     * "Kommunens växel 0960-165 00", "kundtjänst: 0771-...": a number an organisation
     * publishes for everyone, named as such a few words before it.
     */
    private static boolean afterSwitchboard(TextTokens t, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            if (t.isSymbolIn(k, ".!?") || (t.afterLineBreak[k + 1] && k + 1 < first)) {
                return false;
            }
            if (t.isWord(k)) {
                String lower = t.lower(k);
                if (lower.endsWith("växel") || lower.endsWith("växeln") || lower.equals("vxl")
                        || SWITCHBOARD_CUES.contains(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "031-343 00 00 (via växeln)", "0921-621 00 (växel)": a number named as a
     * switchboard right after it, in brackets or after a comma.
     */
    private static boolean switchboardAfter(TextTokens t, int last) {
        for (int k = last + 1; k < t.size && k <= last + 4; k++) {
            if (t.isSymbolIn(k, ".!?") || t.afterLineBreak[k]) {
                return false;
            }
            if (t.isWord(k)) {
                String lower = t.lower(k);
                if (lower.endsWith("växel") || lower.endsWith("växeln") || lower.equals("vxl")
                        || SWITCHBOARD_CUES.contains(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A landline whose subscriber number ends in four zeros ("010-513 00 00", "0480-45 00
     * 00"): the round number organisations choose for their switchboards.
     */
    private static boolean isSwitchboardShape(CharSequence national) {
        int n = national.length();
        return n >= 8 && national.charAt(1) != '7' && national.charAt(n - 1) == '0' && national.charAt(n - 2) == '0'
                && national.charAt(n - 3) == '0' && national.charAt(n - 4) == '0';
    }

    /** "+47 912 34 567", "+358 40 123 4567": 8 to 15 digits after a country code. */
    private static int foreignPhone(TextTokens t, int[] g, int count, Findings findings) {
        int digits = t.length(g[0]);
        int used = 1;
        for (int k = 1; k < count; k++) {
            String sep = separator(t, g[k - 1], g[k]);
            if (sep.contains("+") || sep.contains("/") || digits + t.length(g[k]) > 15) {
                break;
            }
            digits += t.length(g[k]);
            used = k + 1;
        }
        if (digits < 8 || digits > 15) {
            return 0;
        }
        findings.add(Finding.certain(FindingType.PHONE, t.start[g[0]] - 1, t.end[g[used - 1]]));
        return used;
    }

    private int card(TextTokens t, int[] g, int count, Findings findings) {
        StringBuilder digits = new StringBuilder(20);
        int last = -1;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                String sep = separator(t, g[k - 1], g[k]);
                if (!sep.equals(" ") && !sep.equals("-")) {
                    break;
                }
            }
            if (digits.length() + t.length(g[k]) > 19) {
                break;
            }
            digits.append(t.string(g[k]));
            last = k;
            // "4571 2210 8893 0462": four groups of four are a card number, checked or
            // not
            boolean fourByFour = k == 3 && digits.length() == 16 && t.length(g[0]) == 4 && t.length(g[1]) == 4
                    && t.length(g[2]) == 4 && t.length(g[3]) == 4;
            if ((digits.length() >= 13 && luhn(digits)) || fourByFour) {
                findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[g[0]], t.end[g[k]]));
                return k + 1;
            }
        }
        return 0;
    }

    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * "sökande-id 88213076": a run of seven or more digits that is no phone number,
     * personnummer or amount is someone's number in some register. Amounts are written in
     * groups ("1 500 000 kr") or with their unit after them.
     */
    private static int longNumber(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        if (yearAndSerial(t, g, count)) {
            // "2025-0044", "2024/3317": a register's year and serial, a diarienummer
            findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[first], t.end[g[1]]));
            return 2;
        }
        int last = 0;
        int digits = t.length(first);
        int longest = digits;
        // "118-442093-25", "74-502118-21": groups glued by hyphens are one number
        while (last + 1 < count && separator(t, g[last], g[last + 1]).equals("-")) {
            last++;
            digits += t.length(g[last]);
            longest = Math.max(longest, t.length(g[last]));
        }
        boolean organisationShape = last == 1 && t.length(first) == 6 && t.length(g[1]) == 4;
        if (digits > 20 || longest < 6 || digits < 7 || organisationShape || t.text.charAt(t.start[first]) == '0') {
            return 0;
        }
        int after = g[last] + 1;
        if (t.isWord(after) && AMOUNT_UNITS.contains(t.lower(after))) {
            return 0;
        }
        if (t.isSymbolIn(after, ":%") || (t.isSymbolIn(after, ",.") && t.isNumber(after + 1) && t.gap(after) == 0)) {
            return 0; // "1500000:-", a decimal
        }
        findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[first], t.end[g[last]]));
        return last + 1;
    }

    /**
     * A year and a serial of three to seven digits ("2025-0044", "2024/31175"), the shape
     * of the diarienummer of agencies and courts; not a range of years ("2024-2026"), a
     * date ("2025-11-14") or a part of a longer number.
     */
    private static boolean yearAndSerial(TextTokens t, int[] g, int count) {
        if (count < 2 || t.length(g[0]) != 4 || t.length(g[1]) < 3 || t.length(g[1]) > 7) {
            return false;
        }
        String separator = separator(t, g[0], g[1]);
        if (!separator.equals("-") && !separator.equals("/")) {
            return false;
        }
        int year = t.digitValue(g[0]);
        if (year < 1990 || year > 2100) {
            return false;
        }
        if (t.length(g[1]) == 4 && t.digitValue(g[1]) >= 1900 && t.digitValue(g[1]) <= 2100) {
            return false; // "2024-2026"
        }
        if (t.length(g[1]) == 3 && t.text.charAt(t.start[g[1]]) != '0' && t.digitValue(g[1]) <= 366) {
            return false; // perhaps a page or a paragraph range; a serial of three has a
                          // leading zero
        }
        if (count > 2 && t.gap(g[1]) == 0 && !Character.isWhitespace(t.text.charAt(t.end[g[1]]))) {
            return false; // "2025-0044-12": part of a longer code
        }
        int before = t.isSymbol(g[0] - 1, ':') ? g[0] - 2 : g[0] - 1;
        if (t.isWord(before) && CuedNumberDetector.NOT_NUMBER_CUES.contains(t.lower(before))
                && !t.equalsIgnoreCase(before, "nummer") && !t.equalsIgnoreCase(before, "nr")) {
            return false; // "Projektnummer 2021-00123": an organisation's number
        }
        int after = g[1] + 1;
        return !(t.isWord(after) && AMOUNT_UNITS.contains(t.lower(after)) || t.isSymbolIn(after, ":%"));
    }

    /** "281 31 Hässleholm", "28131 Hässleholm". */
    private int postalCode(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        int last;
        if (t.length(first) == 3 && count >= 2 && t.length(g[1]) == 2 && separator(t, first, g[1]).equals(" ")) {
            last = g[1];
        }
        else if (t.length(first) == 5 && count == 1) {
            last = first;
        }
        else {
            return 0;
        }
        if (t.text.charAt(t.start[first]) == '0') {
            return 0;
        }
        int town = last + 1;
        if (t.isSymbol(first - 1, ',') && t.isNumber(first - 2) && t.equalsIgnoreCase(first - 3, "box")
                && t.isSymbol(first - 4, ',') && (t.isCapitalised(first - 5) || t.isUpperCaseCode(first - 5))) {
            // "Socialförvaltningen, Box 200, 361 23 Emmaboda": an organisation's post
            findings.allow(t.start[first], t.end[town < t.size ? town : last]);
            return last == first ? 1 : 2;
        }
        if (town >= t.size || t.gap(last) != 1 || !t.isWord(town)
                || !Character.isUpperCase(t.text.charAt(t.start[town])) || t.length(town) < 2) {
            return 0;
        }
        int end = t.end[town];
        if (t.isCapitalised(town + 1) && t.gap(town) == 1 && lexicon().notNames.contains(t.lower(town + 1))) {
            end = t.end[town + 1];
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[first], end));
        return last == first ? 1 : 2;
    }

    /** Digits of a Swedish phone number in national form: +46 and 0046 read as 0. */
    static String nationalDigits(String number) {
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String all = digits.toString();
        if (number.strip().startsWith("+46")) {
            return "0" + all.substring(2);
        }
        if (all.startsWith("0046")) {
            return "0" + all.substring(4);
        }
        return all;
    }

}
