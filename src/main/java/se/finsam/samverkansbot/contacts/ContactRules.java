package se.finsam.samverkansbot.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.privacy.Certainty;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.PrivacyGuard;
import se.finsam.samverkansbot.privacy.Scan;

/**
 * What a valid contact path is: an agency, a unit, kommuner of the förbund, https links,
 * bounded lengths, and free text without personal data. Used for import files and forms
 * alike.
 */
final class ContactRules {

    static final int SHORT = 200;

    static final int LONG = 2000;

    /** Free text that the privacy guard checks (phone and mailbox are the unit's own). */
    static final Set<String> FREE_TEXT = Set.of("description", "whenToUse", "haveReady");

    private final Organisation organisation;

    private final PrivacyGuard guard;

    ContactRules(Organisation organisation, PrivacyGuard guard) {
        this.organisation = organisation;
        this.guard = guard;
    }

    /** An entry of an import file, once valid. */
    record Entry(int line, ContactDetails details, boolean retired) {
    }

    /** The row as an entry, adding what is wrong with it to {@code problems}. */
    Optional<Entry> check(ContactFiles.Row row, List<ImportProblem> problems) {
        int before = problems.size();
        int line = row.line();
        Map<String, Object> values = row.values();
        for (String field : values.keySet()) {
            if (!ContactFiles.COLUMNS.contains(field)) {
                problems.add(new ImportProblem(line, field, ImportProblem.Reason.UNKNOWN_FIELD));
            }
        }
        Agency agency = agency(text(values, "agency")).orElse(null);
        if (text(values, "agency") == null) {
            problems.add(new ImportProblem(line, "agency", ImportProblem.Reason.MISSING));
        }
        else if (agency == null) {
            problems.add(new ImportProblem(line, "agency", ImportProblem.Reason.UNKNOWN_AGENCY));
        }
        String unit = text(values, "unit");
        if (unit == null) {
            problems.add(new ImportProblem(line, "unit", ImportProblem.Reason.MISSING));
        }
        List<String> kommuner = new ArrayList<>();
        for (String name : list(values.get("kommuner"))) {
            Optional<Kommun> kommun = organisation.kommun(name);
            if (kommun.isEmpty()) {
                problems.add(new ImportProblem(line, "kommuner", ImportProblem.Reason.UNKNOWN_KOMMUN));
            }
            else {
                kommuner.add(kommun.get().name());
            }
        }
        LocalDate verified = null;
        String verifiedText = text(values, "lastVerified");
        if (verifiedText != null) {
            try {
                verified = LocalDate.parse(verifiedText);
            }
            catch (DateTimeParseException e) {
                problems.add(new ImportProblem(line, "lastVerified", ImportProblem.Reason.NOT_A_DATE));
            }
        }
        boolean retired = false;
        String retiredText = text(values, "retired");
        if (retiredText != null) {
            if (!Set.of("true", "false", "ja", "nej").contains(retiredText.toLowerCase(Locale.ROOT))) {
                problems.add(new ImportProblem(line, "retired", ImportProblem.Reason.NOT_A_BOOLEAN));
            }
            retired = Set.of("true", "ja").contains(retiredText.toLowerCase(Locale.ROOT));
        }
        // The remaining checks run as well, so that the user sees every problem of the
        // line at once.
        ContactDetails details = new ContactDetails(text(values, "key"), agency == null ? Agency.OTHER : agency, unit,
                kommuner, list(values.get("topics")), text(values, "phone"), text(values, "mailbox"),
                text(values, "eService"), text(values, "teamsLink"), text(values, "openingHours"),
                text(values, "description"), text(values, "whenToUse"), text(values, "haveReady"),
                text(values, "maintainer"), verified);
        check(details, line).stream()
            .filter(problem -> !(unit == null && "unit".equals(problem.field())))
            .forEach(problems::add);
        return problems.size() > before ? Optional.empty() : Optional.of(new Entry(line, details, retired));
    }

    /** What is wrong with details (line 0 for a form). */
    List<ImportProblem> check(ContactDetails details, int line) {
        List<ImportProblem> problems = new ArrayList<>();
        if (details.unit().isEmpty()) {
            problems.add(new ImportProblem(line, "unit", ImportProblem.Reason.MISSING));
        }
        details.fields().forEach((field, value) -> {
            int max = FREE_TEXT.contains(field) || "topics".equals(field) ? LONG : SHORT;
            if ("eService".equals(field) || "teamsLink".equals(field)) {
                max = 500;
                if (value != null && !value.toLowerCase(Locale.ROOT).startsWith("https://")) {
                    problems.add(new ImportProblem(line, field, ImportProblem.Reason.NOT_A_LINK));
                }
            }
            if ("kommuner".equals(field)) {
                max = 1000;
            }
            if (value != null && value.length() > max) {
                problems.add(new ImportProblem(line, field, ImportProblem.Reason.TOO_LONG));
            }
            if (value != null && FREE_TEXT.contains(field) && guard.scan(value).blocks()) {
                problems.add(new ImportProblem(line, field, ImportProblem.Reason.PERSONAL_DATA));
            }
            if (value != null && ("phone".equals(field) || "mailbox".equals(field))) {
                reachProblem(field, value).ifPresent((reason) -> problems.add(new ImportProblem(line, field, reason)));
            }
        });
        return problems;
    }

    /**
     * A contact path is reached through the unit, never a private person: the guard finds
     * what identifies a person in the phone and mailbox fields. A personal address (the
     * guard passes function mailboxes such as registrator@ or kundcenter@) and a mobile
     * number are refused; a switchboard or service number is the unit's.
     */
    private Optional<ImportProblem.Reason> reachProblem(String field, String value) {
        Scan scan = guard.scan(value);
        for (Finding finding : scan.findings()) {
            if (finding.certainty() != Certainty.CERTAIN) {
                continue;
            }
            if (finding.type() == FindingType.EMAIL) {
                return Optional.of(ImportProblem.Reason.PERSONAL_EMAIL);
            }
            if (finding.type() == FindingType.PHONE) {
                if (isMobile(finding.in(value))) {
                    return Optional.of(ImportProblem.Reason.MOBILE_NUMBER);
                }
                continue;
            }
            return Optional.of(ImportProblem.Reason.PERSONAL_DATA);
        }
        return Optional.empty();
    }

    private static boolean isMobile(String number) {
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            PhoneNumberType type = phones.getNumberType(phones.parse(number, "SE"));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE
                    || type == PhoneNumberType.PAGER || type == PhoneNumberType.PERSONAL_NUMBER;
        }
        catch (NumberParseException unreadable) {
            return false;
        }
    }

    static Optional<Agency> agency(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = SwedishText.fold(text);
        for (Agency agency : Agency.values()) {
            if (agency.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(agency);
            }
        }
        return switch (folded) {
            case "forsakringskassan" -> Optional.of(Agency.FK);
            case "arbetsformedlingen" -> Optional.of(Agency.AF);
            default -> Optional.empty();
        };
    }

    private static String text(Map<String, Object> values, String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return Arrays.stream(String.valueOf(value).split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
