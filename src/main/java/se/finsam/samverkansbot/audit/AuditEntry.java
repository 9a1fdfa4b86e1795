package se.finsam.samverkansbot.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param at when
 * @param userId who (Entra ID object id)
 * @param action what, a fixed code such as {@code case.raised}
 * @param objectType what kind of object, a fixed code such as {@code case}
 * @param objectId which one, or null
 */
public record AuditEntry(Instant at, String userId, String action, String objectType, String objectId) {
}
