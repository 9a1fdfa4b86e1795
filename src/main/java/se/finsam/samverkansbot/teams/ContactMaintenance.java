package se.finsam.samverkansbot.teams;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactChange;
import se.finsam.samverkansbot.contacts.ContactDetails;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;

/**
 * Coordinators keep the directory in chat: {@code ny kontakt} opens the form, the card's
 * buttons edit, verify and retire. Every submit is authorised again here (card data can
 * be tampered with); refusals are logged by activity id, never with what was sent.
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
    static Optional<ContactPath> entry(TurnContext turn, JsonNode data, ContactDirectory directory) {
        JsonNode id = data.path("id");
        Optional<ContactPath> path = id.canConvertToLong() ? directory.find(id.asLong()) : Optional.empty();
        if (path.isEmpty()) {
            log.warn("Card action names no contact path, activity {}", turn.getActivity().getId());
        }
        return path;
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
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            if (maintainer(turn, directory).isEmpty()) {
                return refuse(turn, texts, input.locale(), "form");
            }
            return Replies.card(turn, forms.form(input.locale(), null, Map.of(), List.of()));
        }

    }

    /** The card's "ändra": the form filled in. */
    @Component
    static class EditAction implements CardActionHandler {

        private final ContactDirectory directory;

        private final ContactForms forms;

        private final Texts texts;

        EditAction(ContactDirectory directory, ContactForms forms, Texts texts) {
            this.directory = directory;
            this.forms = forms;
            this.texts = texts;
        }

        @Override
        public String verb() {
            return ContactCards.EDIT;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            if (maintainer(turn, directory).isEmpty()) {
                return refuse(turn, texts, locale, "edit");
            }
            return entry(turn, data, directory)
                .map(path -> Replies.card(turn,
                        forms.form(locale, path.id(), ContactForms.values(path.details()), List.of())))
                .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
        }

    }

    /**
     * The form's "spara": checks the fields and the free text, then adds or changes the
     * entry; with a problem the form comes back with what was typed.
     */
    @Component
    static class SaveAction implements CardActionHandler {

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

        @Override
        public String verb() {
            return ContactForms.SAVE;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            Optional<UserId> user = maintainer(turn, directory);
            if (user.isEmpty()) {
                return refuse(turn, texts, locale, "save");
            }
            Long id = null;
            if (!data.path("id").isMissingNode()) {
                Optional<ContactPath> path = entry(turn, data, directory);
                if (path.isEmpty()) {
                    return Replies.text(turn, texts.get(locale, "action.unknown"));
                }
                id = path.get().id();
            }
            Map<String, String> values = ContactForms.values(data);
            ContactDetails details = ContactForms.details(values);
            List<CardElement> notices = new ArrayList<>();
            privacy
                .check(locale,
                        List.of(field(locale, "description", details.description()),
                                field(locale, "whenToUse", details.whenToUse()),
                                field(locale, "haveReady", details.haveReady())),
                        PrivacyFeedback.confirmedNotNames(data))
                .ifPresent(notices::addAll);
            List<ImportProblem> problems = directory.problems(details)
                .stream()
                .filter(problem -> problem.reason() != ImportProblem.Reason.PERSONAL_DATA)
                .toList();
            if (!problems.isEmpty()) {
                notices.addAll(forms.problems(locale, problems));
            }
            if (!notices.isEmpty()) {
                return Replies.card(turn, forms.form(locale, id, values, notices));
            }
            ContactPath saved = id == null ? directory.add(details, user.get())
                    : directory.edit(id, details, user.get());
            return Replies.card(turn, cards.card(saved, locale, true));
        }

        private PrivacyFeedback.Field field(Locale locale, String name, String text) {
            return new PrivacyFeedback.Field(texts.get(locale, "contacts.field." + name), text);
        }

    }

    /** The card's "markera verifierad". */
    @Component
    static class VerifyAction implements CardActionHandler {

        private final ContactDirectory directory;

        private final ContactCards cards;

        private final Texts texts;

        VerifyAction(ContactDirectory directory, ContactCards cards, Texts texts) {
            this.directory = directory;
            this.cards = cards;
            this.texts = texts;
        }

        @Override
        public String verb() {
            return ContactCards.VERIFY;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            Optional<UserId> user = maintainer(turn, directory);
            if (user.isEmpty()) {
                return refuse(turn, texts, locale, "verification");
            }
            return entry(turn, data, directory).map(
                    path -> Replies.card(turn, cards.card(directory.markVerified(path.id(), user.get()), locale, true)))
                .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
        }

    }

    /**
     * The card's "avveckla": retired entries leave the search but stay in the history.
     */
    @Component
    static class RetireAction implements CardActionHandler {

        private final ContactDirectory directory;

        private final ContactCards cards;

        private final Texts texts;

        RetireAction(ContactDirectory directory, ContactCards cards, Texts texts) {
            this.directory = directory;
            this.cards = cards;
            this.texts = texts;
        }

        @Override
        public String verb() {
            return ContactCards.RETIRE;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            Optional<UserId> user = maintainer(turn, directory);
            if (user.isEmpty()) {
                return refuse(turn, texts, locale, "retirement");
            }
            return entry(turn, data, directory)
                .map(path -> Replies.card(turn, cards.card(directory.retire(path.id(), user.get()), locale, true)))
                .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
        }

    }

    /**
     * The card's "historik": every recorded change of the entry, who made it, when, and
     * from what to what.
     */
    @Component
    static class HistoryAction implements CardActionHandler {

        /** Newest changes shown; older ones are counted. */
        static final int SHOWN = 30;

        private final ContactDirectory directory;

        private final Organisation organisation;

        private final Texts texts;

        private final ZoneId zone;

        HistoryAction(ContactDirectory directory, Organisation organisation, Texts texts, CoreProperties core) {
            this.directory = directory;
            this.organisation = organisation;
            this.texts = texts;
            this.zone = core.zone();
        }

        @Override
        public String verb() {
            return ContactCards.HISTORY;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            if (maintainer(turn, directory).isEmpty()) {
                return refuse(turn, texts, locale, "history");
            }
            Optional<ContactPath> path = entry(turn, data, directory);
            if (path.isEmpty()) {
                return Replies.text(turn, texts.get(locale, "action.unknown"));
            }
            List<ContactChange> changes = directory.history(path.get().id());
            List<CardElement> body = new ArrayList<>();
            body.add(TextBlock.heading(texts.get(locale, "contacts.history.title", path.get().unit())));
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            List<ContactChange> newest = changes.subList(Math.max(0, changes.size() - SHOWN), changes.size());
            for (int i = newest.size() - 1; i >= 0; i--) {
                ContactChange change = newest.get(i);
                String who = organisation.coordinatorName(UserId.of(change.changedBy())).orElse(change.changedBy());
                body.add(new Container(
                        List.of(TextBlock.subtle(format.format(change.changedAt().atZone(zone)) + " · " + who),
                                TextBlock.paragraph(texts.get(locale, "contacts.history.change",
                                        texts.get(locale, "contacts.history.field." + change.field()),
                                        change.oldValue() == null ? "–" : change.oldValue(),
                                        change.newValue() == null ? "–" : change.newValue()))),
                        "emphasis"));
            }
            if (changes.size() > SHOWN) {
                body.add(TextBlock.subtle(texts.get(locale, "contacts.history.older", changes.size() - SHOWN)));
            }
            return Replies.card(turn, new AdaptiveCard(body, List.of()));
        }

    }

}
