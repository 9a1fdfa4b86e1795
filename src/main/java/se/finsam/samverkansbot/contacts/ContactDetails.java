package se.finsam.samverkansbot.contacts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.finsam.samverkansbot.core.Agency;

/**
 * What a contact path says, as a coordinator writes it in a form or an import file.
 * Functions, not private persons: phone numbers and mailboxes are the unit's.
 *
 * @param key stable name of the entry in import files (e.g. {@code fk-lokal-samverkan});
 * null for a new entry made in chat
 * @param agency which agency the path leads into
 * @param unit the unit or function, e.g. "Vårdcentralens rehabkoordinator"
 * @param kommuner the kommuner covered, by name; empty means all of the förbund's
 * @param topics what it helps with (sjukpenning, SGI, SIP, ...)
 * @param phone the unit's phone number
 * @param mailbox the unit's functional mailbox
 * @param eService link to an e-service or web page
 * @param teamsLink link to a Teams channel or chat
 * @param openingHours when it can be reached
 * @param description what it is
 * @param whenToUse when a caseworker should use it
 * @param haveReady what to have ready before getting in touch
 * @param maintainer Entra ID object id of the coordinator who keeps it, or null
 * @param lastVerified when someone last checked that it is right, or null for never
 */
public record ContactDetails(String key, Agency agency, String unit, List<String> kommuner, List<String> topics,
        String phone, String mailbox, String eService, String teamsLink, String openingHours, String description,
        String whenToUse, String haveReady, String maintainer, LocalDate lastVerified) {

    public ContactDetails {
        Objects.requireNonNull(agency, "agency");
        kommuner = kommuner == null ? List.of()
                : kommuner.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        topics = topics == null ? List.of() : topics.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        key = blankToNull(key);
        unit = unit == null ? "" : unit.strip();
        phone = blankToNull(phone);
        mailbox = blankToNull(mailbox);
        eService = blankToNull(eService);
        teamsLink = blankToNull(teamsLink);
        openingHours = blankToNull(openingHours);
        description = blankToNull(description);
        whenToUse = blankToNull(whenToUse);
        haveReady = blankToNull(haveReady);
        maintainer = blankToNull(maintainer);
    }

    /** The same details under another key. */
    public ContactDetails withKey(String newKey) {
        return new ContactDetails(newKey, agency, unit, kommuner, topics, phone, mailbox, eService, teamsLink,
                openingHours, description, whenToUse, haveReady, maintainer, lastVerified);
    }

    /** The same details, verified on the given day. */
    public ContactDetails verifiedOn(LocalDate day) {
        return new ContactDetails(key, agency, unit, kommuner, topics, phone, mailbox, eService, teamsLink,
                openingHours, description, whenToUse, haveReady, maintainer, day);
    }

    /** The same details, kept by the given coordinator. */
    public ContactDetails maintainedBy(String userId) {
        return new ContactDetails(key, agency, unit, kommuner, topics, phone, mailbox, eService, teamsLink,
                openingHours, description, whenToUse, haveReady, userId, lastVerified);
    }

    /**
     * Each field as text, by the names the change history and the import files use, in a
     * fixed order.
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("agency", agency.name());
        fields.put("unit", unit);
        fields.put("kommuner", String.join(", ", kommuner));
        fields.put("topics", String.join(", ", topics));
        fields.put("phone", phone);
        fields.put("mailbox", mailbox);
        fields.put("eService", eService);
        fields.put("teamsLink", teamsLink);
        fields.put("openingHours", openingHours);
        fields.put("description", description);
        fields.put("whenToUse", whenToUse);
        fields.put("haveReady", haveReady);
        fields.put("maintainer", maintainer);
        fields.put("lastVerified", lastVerified == null ? null : lastVerified.toString());
        return fields;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
