package se.finsam.samverkansbot.cases;

/**
 * The individual's age as a band, never exact: enough for the team to advise and for
 * statistics. Users see {@code case.ageBand.<NAME>}.
 */
public enum AgeBand {

    AGE_0_17, AGE_18_24, AGE_25_29, AGE_30_39, AGE_40_49, AGE_50_64, AGE_65_PLUS

}
