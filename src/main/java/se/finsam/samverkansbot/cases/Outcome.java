package se.finsam.samverkansbot.cases;

/**
 * What the caseworker says the advice did, asked when the case closes, for statistics.
 * Users see {@code case.outcome.<NAME>}.
 */
public enum Outcome {

    HELPED, PARTLY, DID_NOT_HELP

}
