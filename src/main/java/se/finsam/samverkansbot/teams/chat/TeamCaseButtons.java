package se.finsam.samverkansbot.teams.chat;

import java.util.List;
import java.util.Locale;

import se.finsam.samverkansbot.teams.cards.CardAction;

/**
 * Buttons another capability adds to the case card the konsultationsteam sees in its
 * channel ("Ta upp på möte", say), so that the cases UI needs no other capability's UI:
 * the case card asks every bean of this type for its buttons. The contributing package
 * registers their verbs in its own {@link CardActions} and re-authorises every press.
 */
public interface TeamCaseButtons {

    /**
     * The buttons for an open case of this team, in the reader's language; empty when
     * none apply. Called while the card is built, so it must be quick and must not fail.
     */
    List<CardAction> forOpenCase(Locale locale, long caseId, String teamId);

}
