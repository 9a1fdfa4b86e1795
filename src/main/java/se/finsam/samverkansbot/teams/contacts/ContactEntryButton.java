package se.finsam.samverkansbot.teams.contacts;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * A card button on one directory entry, for maintainers only: authorises the sender
 * again, finds the entry the button names and only then acts on it, so each button says
 * just what it does.
 */
abstract class ContactEntryButton {

    private final String verb;

    private final String what;

    final ContactDirectory directory;

    final Texts texts;

    /**
     * @param what what is refused in the log, e.g. {@code "edit"}
     */
    ContactEntryButton(String verb, String what, ContactDirectory directory, Texts texts) {
        this.verb = verb;
        this.what = what;
        this.directory = directory;
        this.texts = texts;
    }

    final String verb() {
        return verb;
    }

    final CompletableFuture<Void> handle(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = ContactMaintenance.maintainer(turn, directory);
        if (user.isEmpty()) {
            return ContactMaintenance.refuse(turn, texts, locale, what);
        }
        return ContactMaintenance.entry(turn, data, directory)
            .map(path -> act(turn, path, user.get(), locale))
            .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
    }

    /** What the button does to the entry, for a maintainer. */
    abstract CompletableFuture<Void> act(TurnContext turn, ContactPath path, UserId user, Locale locale);

}
