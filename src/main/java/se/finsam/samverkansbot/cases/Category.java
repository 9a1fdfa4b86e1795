package se.finsam.samverkansbot.cases;

/**
 * What a case is about; a case has one or more. Users see {@code case.category.<NAME>}.
 */
public enum Category {

    /** Rätt ersättning eller försörjning. */
    INCOME,

    /** Tolka regelverk, intyg eller avslag. */
    RULES,

    /** Kontaktväg till en annan myndighet. */
    CONTACT_PATH,

    /** Samordning eller SIP. */
    COORDINATION,

    /** Arbetslivsinriktad rehabilitering. */
    VOCATIONAL_REHABILITATION,

    /** Psykisk ohälsa. */
    MENTAL_HEALTH,

    /** Etablering, nyanländ. */
    ESTABLISHMENT,

    /** Unga. */
    YOUNG

}
