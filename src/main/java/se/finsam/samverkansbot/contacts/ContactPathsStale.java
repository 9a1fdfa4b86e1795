package se.finsam.samverkansbot.contacts;

import java.time.LocalDate;
import java.util.List;

import se.finsam.samverkansbot.core.UserId;

/**
 * Contact paths a coordinator keeps were not verified within the configured period.
 * Published monthly, inside the transaction of the run.
 *
 * @param coordinator who keeps them
 * @param paths the stale entries
 */
public record ContactPathsStale(UserId coordinator, List<Stale> paths) {

    public ContactPathsStale {
        paths = List.copyOf(paths);
    }

    /**
     * @param id the entry's id
     * @param agencyName the agency's name key ({@code agency.FK})
     * @param unit the unit or function
     * @param lastVerified when it was last verified, or null for never
     */
    public record Stale(long id, String agencyName, String unit, LocalDate lastVerified) {
    }

}
