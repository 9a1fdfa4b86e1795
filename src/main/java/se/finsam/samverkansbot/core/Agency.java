package se.finsam.samverkansbot.core;

/**
 * The agencies that work together in a samordningsförbund. Their names for users are in
 * the message bundle under {@code agency.<NAME>}.
 */
public enum Agency {

    /** Arbetsförmedlingen. */
    AF,

    /** Försäkringskassan. */
    FK,

    /** Region: primärvård (vårdcentral). */
    REGION_PRIMARY_CARE,

    /** Region: vuxenpsykiatri. */
    REGION_PSYCHIATRY,

    /** Kommun: socialtjänst, ekonomiskt bistånd. */
    KOMMUN_SOCIAL_SERVICES,

    /** Kommun: arbetsmarknadsenhet. */
    KOMMUN_LABOUR_MARKET,

    /** Any other agency or organisation. */
    OTHER;

    /** The message bundle key of the agency's name. */
    public String messageKey() {
        return "agency." + name();
    }

}
