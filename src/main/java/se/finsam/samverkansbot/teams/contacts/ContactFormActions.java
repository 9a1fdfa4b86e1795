package se.finsam.samverkansbot.teams.contacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDetails;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * The contact form: opened empty by {@code ny kontakt} or filled in by the card's
 * "ändra", and saved by its "spara".
 */
final class ContactFormActions {

    /** The free texts the guard's feedback covers on the form. */
    private static final Set<String> CHECKED_TEXTS = Set.of("description", "whenToUse", "haveReady");

    private ContactFormActions() {
    }

    private static boolean identifiesPerson(ImportProblem problem) {
        return switch (problem.reason()) {
            case PERSONAL_DATA, MOBILE_NUMBER, PERSONAL_EMAIL -> true;
            default -> false;
        };
    }

    /** {@code ny kontakt}: the empty form, for coordinators. */
    @Component
    @Order(22)
    static class NewContactCommand implements ChatCommand {

        private final ContactDirectory directory;

        private final ContactForms forms;

        private final Texts texts;

        NewContactCommand(ContactDirectory directory, ContactForms forms, Texts texts) {
            this.directory = directory;
            this.forms = forms;
            this.texts = texts;
        }

        @Override
        public List<String> names() {
            return List.of("ny kontakt", "new contact");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.newContact";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(directory::mayMaintain).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            if (ContactMaintenance.maintainer(turn, directory).isEmpty()) {
                return ContactMaintenance.refuse(turn, texts, input.locale(), "form");
            }
            return Replies.card(turn, forms.form(input.locale(), null, Map.of(), List.of()));
        }

    }

    /** The card's "ändra": the form filled in. */
    @Component
    static class EditAction extends ContactEntryButton {

        private final ContactForms forms;

        EditAction(ContactDirectory directory, ContactForms forms, Texts texts) {
            super(ContactCards.EDIT, "edit", directory, texts);
            this.forms = forms;
        }

        @Override
        CompletableFuture<Void> act(TurnContext turn, ContactPath path, UserId user, Locale locale) {
            return Replies.card(turn, forms.form(locale, path.id(), ContactForms.values(path.details()), List.of()));
        }

    }

    /**
     * The form's "spara": checks the fields and the free text, then adds or changes the
     * entry; with a problem the form comes back with what was typed.
     */
    @Component
    static class SaveAction {

        private final ContactDirectory directory;

        private final ContactForms forms;

        private final ContactCards cards;

        private final PrivacyFeedback privacy;

        private final Texts texts;

        SaveAction(ContactDirectory directory, ContactForms forms, ContactCards cards, PrivacyFeedback privacy,
                Texts texts) {
            this.directory = directory;
            this.forms = forms;
            this.cards = cards;
            this.privacy = privacy;
            this.texts = texts;
        }

        CompletableFuture<Void> handle(TurnContext turn, CardData data, Locale locale) {
            Optional<UserId> user = ContactMaintenance.maintainer(turn, directory);
            if (user.isEmpty()) {
                return ContactMaintenance.refuse(turn, texts, locale, "save");
            }
            Long id = null;
            if (data.json().has("id")) {
                Optional<ContactPath> path = ContactMaintenance.entry(turn, data, directory);
                if (path.isEmpty()) {
                    return Replies.text(turn, texts.get(locale, "action.unknown"));
                }
                id = path.get().id();
            }
            Map<String, String> values = ContactForms.values(data.json());
            ContactDetails details = ContactForms.details(values);
            List<CardElement> notices = new ArrayList<>();
            Optional<PrivacyFeedback.Feedback> feedback = privacy.check(locale,
                    List.of(field(locale, "description", details.description()),
                            field(locale, "whenToUse", details.whenToUse()),
                            field(locale, "haveReady", details.haveReady())),
                    PrivacyFeedback.confirmedNotNames(data));
            feedback.ifPresent((found) -> notices.addAll(found.elements()));
            // The guard's findings in the free texts are shown above, by kind and place.
            List<ImportProblem> problems = directory.problems(details)
                .stream()
                .filter(problem -> problem.reason() != ImportProblem.Reason.PERSONAL_DATA
                        || !CHECKED_TEXTS.contains(problem.field()))
                .toList();
            if (!problems.isEmpty()) {
                notices.addAll(forms.problems(locale, problems));
            }
            if (!notices.isEmpty()) {
                Map<String, String> shown = new HashMap<>(
                        feedback.map((found) -> found.withoutRefused(values)).orElse(values));
                // A person's number or address is not shown back.
                problems.stream().filter(ContactFormActions::identifiesPerson).forEach((p) -> shown.remove(p.field()));
                return Replies.card(turn, forms.form(locale, id, shown, notices));
            }
            ContactPath saved = id == null ? directory.add(details, user.get())
                    : directory.edit(id, details, user.get());
            return Replies.card(turn, cards.card(saved, locale, true));
        }

        private PrivacyFeedback.Field field(Locale locale, String name, String text) {
            return new PrivacyFeedback.Field(name, texts.get(locale, "contacts.field." + name), text);
        }

    }

}
