package se.finsam.samverkansbot.followups;

/** Who is reminded of a plan. */
public enum ReminderTarget {

    /** The handläggare who registered the plan. */
    ME,

    /** The coordinators of the plan's kommun. */
    COORDINATOR,

    /** Both. */
    BOTH

}
