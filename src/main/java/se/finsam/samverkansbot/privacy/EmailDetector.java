package se.finsam.samverkansbot.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Finds e-mail addresses, plain ("ali.hassan@gmail.com") and obfuscated
 * ("ali(at)gmail.com"), by walking outwards from each "@" or marker over the characters
 * an address may hold, not by a regular expression: one indexOf per marker keeps it
 * linear and free of backtracking. It works on the raw text, before tokenising, because
 * an address spans many tokens. Addresses on the allow-list and function mailboxes (a
 * listed local part at a listed domain) are no personal data and are not reported.
 */
final class EmailDetector {

    private static final List<String> OBFUSCATED_AT = List.of("(at)", "[at]", "(a)", "{at}");

    private final Set<String> allowedEmails;

    private final Set<String> mailboxDomains;

    private final Set<String> mailboxNames;

    /** Mail services where anyone has an address: their addresses are always personal. */
    private static final Set<String> PERSONAL_MAIL_DOMAINS = WordSets.of("gmail.com", "googlemail.com", "hotmail.com",
            "hotmail.se", "outlook.com", "outlook.se", "live.com", "live.se", "msn.com", "yahoo.com", "yahoo.se",
            "icloud.com", "me.com", "mac.com", "telia.com", "tele2.se", "bredband.net", "bahnhof.se", "spray.se",
            "aol.com", "gmx.com", "gmx.de", "proton.me", "protonmail.com", "mail.com", "comhem.se", "passagen.se",
            "glocalnet.net", "yandex.com", "mail.ru");

    private final CompletableFuture<NameLexicon> lexiconLoad;

    EmailDetector(PrivacyProperties properties, CompletableFuture<NameLexicon> lexiconLoad) {
        this.lexiconLoad = lexiconLoad;
        this.allowedEmails = lowerCase(properties.allowedEmailAddresses());
        this.mailboxDomains = lowerCase(properties.functionMailboxDomains());
        this.mailboxNames = lowerCase(properties.functionMailboxNames());
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> set = new HashSet<>();
        for (String value : values) {
            set.add(value.strip().toLowerCase(Locale.ROOT));
        }
        return set;
    }

    void find(String text, Findings findings) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            int lastDot = -1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                if (text.charAt(end) == '.') {
                    lastDot = end;
                }
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
                if (lastDot >= end) {
                    lastDot = text.lastIndexOf('.', end - 1);
                }
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            if (start < at && lastDot > at + 1 && end - lastDot - 1 >= 2 && !isAllowedEmail(text, start, at, end)) {
                findings.add(Finding.certain(FindingType.EMAIL, start, end));
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
        findObfuscatedEmails(text, findings);
    }

    /** "ali.hassan(at)gmail.com", "ali[at]gmail.com". */
    private void findObfuscatedEmails(String text, Findings findings) {
        for (String marker : OBFUSCATED_AT) {
            int at = indexOfIgnoreCase(text, marker, 0);
            while (at >= 0) {
                int start = at;
                while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                    start--;
                }
                int end = at + marker.length();
                int dots = 0;
                while (end < text.length() && isDomainChar(text.charAt(end))) {
                    if (text.charAt(end) == '.') {
                        dots++;
                    }
                    end++;
                }
                while (end > at + marker.length() && text.charAt(end - 1) == '.') {
                    end--;
                    dots--;
                }
                if (start < at && dots > 0) {
                    findings.add(Finding.certain(FindingType.EMAIL, start, end));
                }
                at = indexOfIgnoreCase(text, marker, Math.max(end, at + 1));
            }
        }
    }

    private static int indexOfIgnoreCase(String text, String marker, int from) {
        for (int k = from; k <= text.length() - marker.length(); k++) {
            if (text.regionMatches(true, k, marker, 0, marker.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private boolean isAllowedEmail(String text, int start, int at, int end) {
        String address = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (allowedEmails.contains(address)) {
            return true;
        }
        String local = address.substring(0, at - start);
        String domain = address.substring(at - start + 1);
        if (mailboxNames.contains(local) && mailboxDomains.contains(domain)) {
            return true;
        }
        return !PERSONAL_MAIL_DOMAINS.contains(domain) && isFunctionName(local);
    }

    /**
     * "samordning", "it-support", "projekt.stegetvidare": at an organisation's domain, a
     * local part with no name in it names a function, not a person. A person's address
     * shows a name: a listed name as a part ("anna.berg"), an initial glued to one
     * ("aberg"), digits beside letters ("aberg77"), or a part in no language and no list
     * that is spelt like a name ("d.kovacevic").
     */
    private boolean isFunctionName(String local) {
        NameLexicon lexicon = this.lexiconLoad.join();
        int parts = 0;
        for (String part : local.split("[._+-]")) {
            if (part.isEmpty()) {
                continue;
            }
            if (lexicon.isName(part) || hasDigit(part)) {
                return false;
            }
            if (part.length() >= 4 && lexicon.isName(part.substring(1)) && !lexicon.isSwedishWord(part)) {
                return false;
            }
            if (part.length() >= 3 && !lexicon.isKnownWord(part)
                    && lexicon.likeness.score(part) > NameCues.NAME_LIKENESS_THRESHOLD) {
                return false;
            }
            parts++;
        }
        return parts > 0;
    }

    private static boolean hasDigit(String part) {
        for (int k = 0; k < part.length(); k++) {
            if (Character.isDigit(part.charAt(k))) {
                return true;
            }
        }
        return false;
    }

}
