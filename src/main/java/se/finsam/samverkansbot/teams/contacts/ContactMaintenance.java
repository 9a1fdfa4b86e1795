package se.finsam.samverkansbot.teams.contacts;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * Coordinators keep the directory in chat: {@code ny kontakt} and the card's "ändra" open
 * the form ({@link ContactFormActions}), the card's other buttons verify, retire and show
 * the history ({@link ContactCardButtons}). Every submit is authorised again with the
 * helpers here (card data can be tampered with); refusals are logged by activity id,
 * never with what was sent.
 */
final class ContactMaintenance {

    private static final Logger log = LoggerFactory.getLogger(ContactMaintenance.class);

    private ContactMaintenance() {
    }

    /** The sender, if they may maintain the directory. */
    static Optional<UserId> maintainer(TurnContext turn, ContactDirectory directory) {
        return UserOf.activity(turn.getActivity()).filter(directory::mayMaintain);
    }

    static CompletableFuture<Void> refuse(TurnContext turn, Texts texts, Locale locale, String what) {
        log.warn("Refused {} of a contact path to a non-coordinator, activity {}", what, turn.getActivity().getId());
        return Replies.text(turn, texts.get(locale, "contacts.coordinatorsOnly"));
    }

    /**
     * The entry a button names, if the id is one; a tampered id is logged and refused.
     */
    static Optional<ContactPath> entry(TurnContext turn, CardData data, ContactDirectory directory) {
        Optional<ContactPath> path = data.id("id").flatMap(directory::find);
        if (path.isEmpty()) {
            log.warn("Card action names no contact path, activity {}", turn.getActivity().getId());
        }
        return path;
    }

}
