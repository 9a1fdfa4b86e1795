package se.finsam.samverkansbot.cases;

/**
 * How a closed case went, asked when the case closes, for statistics. Three say what the
 * advice did and fit only a case that got advice; two fit only a case closed without
 * advice; a duplicate fits either. Users see {@code case.outcome.<NAME>}.
 */
public enum Outcome {

    HELPED(Fits.ADVISED), PARTLY(Fits.ADVISED), DID_NOT_HELP(Fits.ADVISED),

    /** Closed without advice: the team gave none. */
    NO_ADVICE_GIVEN(Fits.NOT_ADVISED),

    /**
     * Closed without advice: the question was solved another way or is no longer needed.
     */
    NOT_NEEDED(Fits.NOT_ADVISED),

    /** The same question was raised as another case; statistics do not count it. */
    DUPLICATE(Fits.EITHER);

    private enum Fits {

        ADVISED, NOT_ADVISED, EITHER

    }

    private final Fits fits;

    Outcome(Fits fits) {
        this.fits = fits;
    }

    /** Whether this outcome can be said of a case that did or did not get advice. */
    public boolean fits(boolean advised) {
        return fits == Fits.EITHER || (fits == Fits.ADVISED) == advised;
    }

}
