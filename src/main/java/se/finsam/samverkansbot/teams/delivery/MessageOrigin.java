package se.finsam.samverkansbot.teams.delivery;

import java.util.Objects;

/**
 * What an outbound message is about, so that the package that wrote it can act when it
 * cannot be delivered ({@link DeliveryFailed}). Stored in its own columns, never encoded
 * in one string.
 *
 * @param kind what sort of thing the message is about, owned by the package that writes
 * it (e.g. {@code case}, {@code followup})
 * @param id the id of that thing, or null when the message is about no single thing
 * @param part which of its messages, when it has several (e.g. {@code caseworker} for
 * advice sent to the caseworker's personal chat), or null
 */
public record MessageOrigin(String kind, Long id, String part) {

    /** Longest kind or part the outbox stores. */
    public static final int MAX_LENGTH = 40;

    public MessageOrigin {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank() || kind.length() > MAX_LENGTH || (part != null && part.length() > MAX_LENGTH)) {
            throw new IllegalArgumentException("Message origin kind and part are 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static MessageOrigin of(String kind, long id) {
        return new MessageOrigin(kind, id, null);
    }

    public static MessageOrigin of(String kind, long id, String part) {
        return new MessageOrigin(kind, id, part);
    }

    /** A message about no single thing, e.g. a reminder listing several. */
    public static MessageOrigin of(String kind, String part) {
        return new MessageOrigin(kind, null, part);
    }

    public boolean is(String kind) {
        return this.kind.equals(kind);
    }

    public boolean is(String kind, String part) {
        return is(kind) && Objects.equals(this.part, part);
    }

}
