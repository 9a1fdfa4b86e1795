package se.finsam.samverkansbot.meetings;

/** The two kinds of rhythm a series can have. */
public enum RhythmKind {

    /** Every N weeks on a weekday. */
    WEEKLY,

    /** On the nth (or last) weekday of each month. */
    MONTHLY

}
