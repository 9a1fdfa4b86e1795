package se.finsam.samverkansbot.stats;

/** The kinds of report period. Users see {@code stats.period.<NAME>}. */
public enum PeriodKind {

    MONTH, QUARTER, HALF_YEAR, YEAR,

    /** Any run of whole months. */
    CUSTOM

}
