package se.finsam.samverkansbot.contacts;

import java.time.Instant;

/** Contact paths as stored, for card tests outside this package. */
public final class ContactPathFixtures {

    private ContactPathFixtures() {
    }

    public static ContactPath stored(long id, ContactDetails details, boolean retired) {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        ContactPath path = ContactPath.stored(id, details, now);
        if (retired) {
            path.retire(now);
        }
        return path;
    }

}
