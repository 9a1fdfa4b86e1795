package se.finsam.samverkansbot.stats;

/**
 * What a report's rows are. Users see {@code stats.breakdown.<NAME>}. The case figures
 * can be broken down by each; follow-ups and contact searches by kommun only.
 */
public enum Breakdown {

    /** One row: the scope's total. */
    NONE,

    KOMMUN,

    /** The agency of the caseworker who raised the case. */
    RAISER_AGENCY,

    /** The other agencies involved; a case counts in each row it names. */
    AGENCIES_INVOLVED,

    /** What the case is about; a case counts in each of its categories. */
    CATEGORY,

    AGE_BAND,

    GENDER,

    OUTCOME;

    /** Whether a case counts in exactly one row, so that the rows add up to the total. */
    boolean additive() {
        return this != AGENCIES_INVOLVED && this != CATEGORY;
    }

}
