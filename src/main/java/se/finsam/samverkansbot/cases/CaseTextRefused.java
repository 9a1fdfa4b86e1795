package se.finsam.samverkansbot.cases;

/**
 * A text for a case did not pass the privacy guard. Carries no text; the Teams edge shows
 * the user what was found before it gets here.
 */
public class CaseTextRefused extends RuntimeException {

    public CaseTextRefused() {
        super("A text did not pass the privacy guard");
    }

}
