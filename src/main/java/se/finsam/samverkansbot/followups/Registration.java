package se.finsam.samverkansbot.followups;

import java.util.Set;

import se.finsam.samverkansbot.core.UserId;

/**
 * A filled-in "ny uppföljning" form, as the user submitted it: the values are checked by
 * {@link FollowUpManagement#register(Registration)}.
 *
 * @param owner who registers the plan
 * @param tenantId their Microsoft Entra tenant
 * @param type {@code SIP}, {@code AFTER_INSATS} or {@code OTHER}
 * @param reference the pseudonymous reference
 * @param baseDate the last SIP meeting or the day the insats ended, {@code yyyy-MM-dd}
 * @param interval an ISO period ({@code P3M}, {@code P90D}), blank for the type's default
 * @param remind {@code ME}, {@code COORDINATOR} or {@code BOTH}
 * @param kommun the kommun's name
 * @param note an optional note
 * @param confirmedNotNames words the user confirmed are not names of persons
 * @param ownerName the name Teams gave for the person who registers, or null; shown to
 * the kommun's coordinators when the bot has no newer one
 */
public record Registration(UserId owner, String tenantId, String type, String reference, String baseDate,
        String interval, String remind, String kommun, String note, Set<String> confirmedNotNames, String ownerName) {

    public Registration {
        confirmedNotNames = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
        ownerName = ownerName == null || ownerName.isBlank() ? null : ownerName.strip();
    }

    /** A registration without the registering person's name. */
    public Registration(UserId owner, String tenantId, String type, String reference, String baseDate, String interval,
            String remind, String kommun, String note, Set<String> confirmedNotNames) {
        this(owner, tenantId, type, reference, baseDate, interval, remind, kommun, note, confirmedNotNames, null);
    }

    @Override
    public String toString() {
        return "Registration[" + type + ", " + kommun + "]";
    }

}
