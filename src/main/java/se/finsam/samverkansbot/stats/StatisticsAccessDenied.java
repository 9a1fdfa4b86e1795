package se.finsam.samverkansbot.stats;

import se.finsam.samverkansbot.core.UserId;

/** Statistics are for samverkanskoordinatorer and admins. */
public class StatisticsAccessDenied extends RuntimeException {

    StatisticsAccessDenied(UserId user) {
        super("User " + user + " may not take out statistics");
    }

}
