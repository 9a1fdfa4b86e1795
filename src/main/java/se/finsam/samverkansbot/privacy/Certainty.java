package se.finsam.samverkansbot.privacy;

/**
 * Whether a finding blocks the text outright or asks the user to remove it or confirm
 * that it is not a person's name.
 */
public enum Certainty {

    CERTAIN, UNCERTAIN

}
