package se.finsam.samverkansbot.cases;

import se.finsam.samverkansbot.core.Kommun;

/** No konsultationsteam covers the case's kommun; nothing was stored. */
public class NoTeamForKommun extends RuntimeException {

    private final transient Kommun kommun;

    public NoTeamForKommun(Kommun kommun) {
        super("No konsultationsteam covers " + kommun);
        this.kommun = kommun;
    }

    public Kommun kommun() {
        return kommun;
    }

}
