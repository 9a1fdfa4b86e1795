package se.finsam.samverkansbot.contacts;

import java.util.Set;

/**
 * Makes the key of a new entry from its agency and unit, unique among the keys in use,
 * for entries added in a form or imported without a key.
 */
final class ContactKeys {

    private ContactKeys() {
    }

    static String uniqueKey(ContactDetails details, Set<String> used) {
        String base = SwedishText.fold(details.agency().name() + "-" + details.unit())
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
        base = base.length() > 80 ? base.substring(0, 80) : base;
        String key = base;
        for (int i = 2; used.contains(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

}
