package se.finsam.samverkansbot.meetings;

import se.finsam.samverkansbot.core.UserId;

/**
 * A case whose handläggare asked for it to be taken up at a meeting could not go on an
 * agenda; it stays with the team as a written case.
 *
 * @param caseId the case
 * @param reference its reference
 * @param caseworker who raised it
 * @param tenantId their tenant, to write to them
 * @param teamName the team's name, or null
 * @param reason why not
 */
public record MeetingWishRefused(long caseId, String reference, UserId caseworker, String tenantId, String teamName,
        Reason reason) {

    public enum Reason {

        /** The team has no meeting series. */
        NO_SERIES,

        /** Every meeting within reach is full. */
        FULL

    }

}
