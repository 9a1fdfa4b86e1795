package se.finsam.samverkansbot.teams.contacts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactChange;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.PeopleNames;

/**
 * The contact card's maintenance buttons besides "ändra": verify, retire and the change
 * history of an entry.
 */
final class ContactCardButtons {

    private ContactCardButtons() {
    }

    /**
     * Every contact button by verb: those on a directory entry, which first check that
     * the sender maintains the directory, and the contact form's "spara".
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        CardActions contactCardActions(List<ContactEntryButton> entryButtons, ContactFormActions.SaveAction save) {
            CardActions buttons = CardActions.of().on(ContactForms.SAVE, save::handle);
            entryButtons.forEach((button) -> buttons.on(button.verb(), button::handle));
            return buttons;
        }

    }

    /** The card's "markera verifierad". */
    @Component
    static class VerifyAction extends ChangeButton {

        VerifyAction(ContactDirectory directory, ContactCards cards, Texts texts) {
            super(ContactCards.VERIFY, "verification", directory, texts, cards, directory::markVerified);
        }

    }

    /**
     * The card's "avveckla": retired entries leave the search but stay in the history.
     */
    @Component
    static class RetireAction extends ChangeButton {

        RetireAction(ContactDirectory directory, ContactCards cards, Texts texts) {
            super(ContactCards.RETIRE, "retirement", directory, texts, cards, directory::retire);
        }

    }

    /**
     * The retired card's "återaktivera": the entry is back in the directory and its
     * search.
     */
    @Component
    static class ReactivateAction extends ChangeButton {

        ReactivateAction(ContactDirectory directory, ContactCards cards, Texts texts) {
            super(ContactCards.REACTIVATE, "reactivation", directory, texts, cards, directory::reactivate);
        }

    }

    /** A button that changes the entry and answers with its card as it is now. */
    abstract static class ChangeButton extends ContactEntryButton {

        private final ContactCards cards;

        private final BiFunction<Long, UserId, ContactPath> change;

        ChangeButton(String verb, String what, ContactDirectory directory, Texts texts, ContactCards cards,
                BiFunction<Long, UserId, ContactPath> change) {
            super(verb, what, directory, texts);
            this.cards = cards;
            this.change = change;
        }

        @Override
        final CompletableFuture<Void> act(TurnContext turn, ContactPath path, UserId user, Locale locale) {
            return Replies.card(turn, cards.card(change.apply(path.id(), user), locale, true));
        }

    }

    /**
     * The card's "historik": every recorded change of the entry, who made it, when, and
     * from what to what.
     */
    @Component
    static class HistoryAction extends ContactEntryButton {

        /** Newest changes shown; older ones are counted. */
        static final int SHOWN = 30;

        private final Organisation organisation;

        private final ZoneId zone;

        private final PeopleNames names;

        HistoryAction(ContactDirectory directory, Organisation organisation, Texts texts, CoreProperties core,
                PeopleNames names) {
            super(ContactCards.HISTORY, "history", directory, texts);
            this.organisation = organisation;
            this.zone = core.zone();
            this.names = names;
        }

        @Override
        CompletableFuture<Void> act(TurnContext turn, ContactPath path, UserId user, Locale locale) {
            List<ContactChange> changes = directory.history(path.id());
            List<CardElement> body = new ArrayList<>();
            body.add(TextBlock.heading(texts.get(locale, "contacts.history.title", Markdown.escape(path.unit()))));
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            List<ContactChange> newest = changes.subList(Math.max(0, changes.size() - SHOWN), changes.size());
            for (int i = newest.size() - 1; i >= 0; i--) {
                ContactChange change = newest.get(i);
                String field = texts.get(locale, "contacts.history.field." + change.field());
                // Keys, codes and user ids are the directory's own: users read names.
                String what = switch (change.field()) {
                    case "created", "verified", "retired", "reinstated", "key" -> "**" + field + "**";
                    default -> texts.get(locale, "contacts.history.change", field,
                            shown(locale, change.field(), change.oldValue()),
                            shown(locale, change.field(), change.newValue()));
                };
                body.add(new Container(List.of(TextBlock.subtle(
                        format.format(change.changedAt().atZone(zone)) + " · " + person(locale, change.changedBy())),
                        TextBlock.paragraph(what)), "emphasis"));
            }
            if (changes.size() > SHOWN) {
                body.add(TextBlock.subtle(texts.get(locale, "contacts.history.older", changes.size() - SHOWN)));
            }
            return Replies.card(turn, new AdaptiveCard(body, List.of()));
        }

        private String shown(Locale locale, String field, String value) {
            if (value == null) {
                return "–";
            }
            if ("agency".equals(field)) {
                return Arrays.stream(Agency.values())
                    .filter((agency) -> agency.name().equals(value))
                    .findFirst()
                    .map((agency) -> texts.get(locale, agency.messageKey()))
                    .orElse(value);
            }
            if ("maintainer".equals(field)) {
                return person(locale, value);
            }
            return Markdown.escape(value);
        }

        private String person(Locale locale, String userId) {
            if (userId == null || userId.isBlank()) {
                return texts.get(locale, "contacts.history.someone");
            }
            if (ContactDirectory.EXAMPLE_LOADER.equals(userId)) {
                return texts.get(locale, "contacts.history.example");
            }
            UserId user = UserId.of(userId);
            return organisation.coordinatorName(user)
                .or(() -> names.nameOf(user))
                .map(Markdown::escape)
                .orElseGet(() -> texts.get(locale, "contacts.history.someone"));
        }

    }

}
