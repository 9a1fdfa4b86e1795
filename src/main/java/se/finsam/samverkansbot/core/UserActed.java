package se.finsam.samverkansbot.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone did something the förbund must be able to account for: raised or closed a case,
 * gave advice, ended a follow-up plan, took out statistics. Modules publish it in the
 * transaction of the action; the audit trail keeps it. It holds who, what, which object
 * and when, never content: {@code action} and {@code objectType} are fixed codes from the
 * code, {@code objectId} an id.
 *
 * @param user who acted
 * @param action a fixed code, e.g. {@code case.raised}
 * @param objectType what was acted on, a fixed code, e.g. {@code case}
 * @param objectId the object's id, or null when the action concerns no single object
 * @param at when
 */
public record UserActed(UserId user, String action, String objectType, String objectId, Instant at) {

    public UserActed {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(at, "at");
    }

    public static UserActed of(UserId user, String action, String objectType, Object objectId, Instant at) {
        return new UserActed(user, action, objectType, objectId == null ? null : objectId.toString(), at);
    }

}
