package se.finsam.samverkansbot.teams.chat;

import java.util.List;
import java.util.Locale;

import se.finsam.samverkansbot.teams.cards.CardAction;

/**
 * Buttons another capability adds to the handläggare's own case card in their personal
 * chat ("Ta upp på möte", say), so that the cases UI needs no other capability's UI: the
 * card asks every bean of this type for its buttons. The contributing package registers
 * their verbs in its own {@link CardActions} and re-authorises every press.
 */
public interface CaseworkerCaseButtons {

    /**
     * The buttons for the handläggare's open case, in their language; empty when none
     * apply (also while the case waits for a team). Called while the card is built, so it
     * must be quick and must not fail.
     */
    List<CardAction> forOwnOpenCase(Locale locale, long caseId, String teamId);

}
