package se.finsam.samverkansbot.core;

import java.util.Objects;

/**
 * A person, by their Microsoft Entra ID object id (the {@code aadObjectId} Teams sends).
 * A pseudonymous id: logs may carry it, never a name.
 *
 * @param value the object id
 */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A user id is not blank");
        }
    }

    public static UserId of(String value) {
        return new UserId(value.trim());
    }

    @Override
    public String toString() {
        return this.value;
    }

}
