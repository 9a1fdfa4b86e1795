package se.finsam.samverkansbot.cases;

/** The case is closed: no more advice, questions, answers or assignments. */
public class CaseClosedAlready extends RuntimeException {

    public CaseClosedAlready(long caseId) {
        super("Case " + caseId + " is closed");
    }

}
