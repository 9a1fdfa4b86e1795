package se.finsam.samverkansbot.meetings;

/** What happens to a meeting that falls on a Swedish public holiday. */
public enum HolidayPolicy {

    /** It is held on the next working day. */
    NEXT_WORKING_DAY,

    /** It is cancelled. */
    CANCEL

}
