package se.finsam.samverkansbot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The first, number-shaped part of the guard: personnummer and samordningsnummer, phone
 * numbers and e-mail addresses. Names, addresses, birth dates and case numbers come next.
 */
@Component
class RuleBasedPrivacyGuard implements PrivacyGuard {

    private static final Pattern PERSONNUMMER = Pattern.compile(
            "(?<![\\d-])(?:(?:19|20)?\\d{2})(?:0[1-9]|1[0-2])(?:[0-2]\\d|3[01]|[6-8]\\d|9[01])[-+ ]?\\d{4}(?!\\d)");

    private static final Pattern PHONE = Pattern
        .compile("(?<![\\d+])(?:(?:\\+|00)46[ -]?\\(?0?\\)?|0)[1-9](?:[ -]?\\d){6,9}(?!\\d)");

    private static final Pattern EMAIL = Pattern
        .compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    @Override
    public Scan scan(String text) {
        if (text == null || text.isBlank()) {
            return Scan.clean();
        }
        List<Finding> findings = new ArrayList<>();
        find(PERSONNUMMER, FindingType.PERSONNUMMER, text, findings);
        find(EMAIL, FindingType.EMAIL, text, findings);
        find(PHONE, FindingType.PHONE, text, findings);
        return new Scan(findings);
    }

    private static void find(Pattern pattern, FindingType type, String text, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Finding finding = Finding.certain(type, matcher.start(), matcher.end());
            if (findings.stream().noneMatch(finding::overlaps)) {
                findings.add(finding);
            }
        }
    }

}
