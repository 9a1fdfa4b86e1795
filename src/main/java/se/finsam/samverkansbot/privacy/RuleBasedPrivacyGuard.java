package se.finsam.samverkansbot.privacy;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The guard: one tokenising pass over the text, then detectors that walk the tokens.
 * Numbers are read as sequences of digit groups (so "070-123 45 67" is one phone number
 * and "12 500 kr" no phone number); names are looked up in hash sets and need context
 * when they are also Swedish words. No regular expressions, no backtracking.
 * <p>
 * The order of the detectors matters: a finding that overlaps an earlier one is dropped
 * ({@link Findings}), so e-mail addresses come first (on the raw text), then numbers
 * after a cue ({@link CuedNumberDetector}), then numbers by their shape
 * ({@link NumberDetector}), and last the words, where an address
 * ({@link AddressDetector}) is tried before a name ({@link NameDetector}) at each token.
 */
@Component
class RuleBasedPrivacyGuard implements PrivacyGuard {

    private final EmailDetector emails;

    private final CuedNumberDetector cuedNumbers;

    private final NumberDetector numbers;

    private final AddressDetector addresses;

    private final NameDetector names;

    @Autowired
    RuleBasedPrivacyGuard(PrivacyProperties properties) {
        this(properties, CompletableFuture.supplyAsync(NameLexicon::shared));
    }

    RuleBasedPrivacyGuard(PrivacyProperties properties, NameLexicon lexicon) {
        this(properties, CompletableFuture.completedFuture(lexicon));
    }

    /**
     * The word lists load in the background from start-up on (about a second on a busy
     * machine); the first scan waits for them if it comes earlier.
     */
    private RuleBasedPrivacyGuard(PrivacyProperties properties, CompletableFuture<NameLexicon> lexiconLoad) {
        this.emails = new EmailDetector(properties, lexiconLoad);
        this.cuedNumbers = new CuedNumberDetector();
        this.numbers = new NumberDetector(properties, lexiconLoad);
        this.addresses = new AddressDetector();
        this.names = new NameDetector(lexiconLoad);
    }

    /** A guard without allow-lists, for tests and tools. */
    static RuleBasedPrivacyGuard withoutAllowLists() {
        return new RuleBasedPrivacyGuard(PrivacyProperties.empty());
    }

    @Override
    public Scan scan(String text) {
        if (text == null || text.isBlank()) {
            return Scan.clean();
        }
        Findings findings = new Findings();
        scanInto(text, findings);
        if (isShouted(text)) {
            // "SEMHAR BEHÖVER HJÄLP": typed in capitals, the text is read again as if
            // written in sentence case, so that a name stands out as in ordinary text;
            // only what is certain there counts, since acronyms lose their capitals too
            Findings again = new Findings();
            scanInto(sentenceCase(text), again);
            for (Finding finding : again.list) {
                if (finding.certainty() == Certainty.CERTAIN) {
                    findings.add(finding);
                }
            }
        }
        return new Scan(findings.list);
    }

    private void scanInto(String text, Findings findings) {
        this.emails.find(text, findings);
        TextTokens tokens = TextTokens.of(text);
        this.cuedNumbers.find(tokens, findings);
        this.numbers.find(tokens, findings);
        findAddressesAndNames(tokens, findings);
        this.names.propagate(tokens, findings);
    }

    /** Most letters of words of three letters or more are capitals. */
    static boolean isShouted(String text) {
        int upper = 0;
        int lower = 0;
        int run = 0;
        int runUpper = 0;
        for (int k = 0; k <= text.length(); k++) {
            char c = k < text.length() ? text.charAt(k) : ' ';
            if (Character.isLetter(c)) {
                run++;
                if (Character.isUpperCase(c)) {
                    runUpper++;
                }
                continue;
            }
            if (run >= 3) {
                upper += runUpper;
                lower += run - runUpper;
            }
            run = 0;
            runUpper = 0;
        }
        return upper >= 12 && upper > 3 * lower;
    }

    /**
     * The text with every word in capitals lower-cased but for the first letter of a
     * sentence: the same length, so offsets hold.
     */
    static String sentenceCase(String text) {
        char[] chars = text.toCharArray();
        boolean sentenceStart = true;
        int k = 0;
        while (k < chars.length) {
            char c = chars[k];
            if (!Character.isLetter(c)) {
                if (".!?:\n".indexOf(c) >= 0) {
                    sentenceStart = true;
                }
                else if (c == '(') {
                    sentenceStart = true; // "ELEVEN (HEJIN)": a name in brackets keeps
                                          // its capital
                }
                else if (!Character.isWhitespace(c) && c != '"' && c != '-') {
                    sentenceStart = false;
                }
                k++;
                continue;
            }
            int end = k;
            boolean capitals = true;
            while (end < chars.length && (Character.isLetter(chars[end]) || chars[end] == '-')) {
                capitals &= !Character.isLowerCase(chars[end]);
                end++;
            }
            if (capitals && end - k >= 2) {
                for (int m = sentenceStart ? k + 1 : k; m < end; m++) {
                    char lowered = Character.toLowerCase(chars[m]);
                    if (Character.charCount(lowered) == 1) {
                        chars[m] = lowered;
                    }
                }
            }
            sentenceStart = false;
            k = end;
        }
        return new String(chars);
    }

    private void findAddressesAndNames(TextTokens t, Findings findings) {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || findings.covers(t.start[i])) {
                continue;
            }
            int consumed = this.addresses.at(t, i, findings);
            if (consumed < 0) {
                consumed = this.names.at(t, i, findings);
            }
            if (consumed > i) {
                i = consumed;
            }
        }
    }

}
