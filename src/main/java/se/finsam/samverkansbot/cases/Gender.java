package se.finsam.samverkansbot.cases;

/**
 * Optional, for the förbund's equality statistics; "vill ej ange" is an answer of its
 * own. Users see {@code case.gender.<NAME>}.
 */
public enum Gender {

    WOMAN, MAN, OTHER, NOT_STATED

}
