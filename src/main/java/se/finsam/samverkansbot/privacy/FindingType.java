package se.finsam.samverkansbot.privacy;

/**
 * What kind of identifier a finding is. The name is what {@code POST /api/privacy/scan}
 * returns as {@code type}; users see the Swedish text of {@code privacy.finding.<name>}.
 */
public enum FindingType {

    /**
     * Personnummer or samordningsnummer, in any format, also with a wrong check digit.
     */
    PERSONNUMMER(Certainty.CERTAIN),

    PHONE(Certainty.CERTAIN),

    EMAIL(Certainty.CERTAIN),

    /**
     * A person's name; certain with a title or a full name, otherwise to be confirmed.
     */
    NAME(Certainty.UNCERTAIN),

    /** Street address, or postal code with town. */
    ADDRESS(Certainty.CERTAIN),

    /** An exact date said to be a date of birth. */
    BIRTH_DATE(Certainty.CERTAIN),

    /** A personal case, account or card number. */
    CASE_NUMBER(Certainty.CERTAIN);

    private final Certainty usualCertainty;

    FindingType(Certainty usualCertainty) {
        this.usualCertainty = usualCertainty;
    }

    public Certainty usualCertainty() {
        return usualCertainty;
    }

    /** Message key of the Swedish/English name of this kind of finding. */
    public String messageKey() {
        return "privacy.finding." + name();
    }

}
