package se.finsam.samverkansbot.cases;

/**
 * Someone asked to act on a case they may not act on (another team's case, a case they
 * did not raise, a tampered card). The message carries ids only.
 */
public class CaseAccessDenied extends RuntimeException {

    public CaseAccessDenied(String message) {
        super(message);
    }

}
