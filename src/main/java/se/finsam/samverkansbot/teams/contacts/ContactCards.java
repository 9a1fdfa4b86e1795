package se.finsam.samverkansbot.teams.contacts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The card of a contact path: how to reach it, when to use it, what to have ready, and
 * when it was last verified; for coordinators, buttons to change it.
 */
@Component
class ContactCards {

    static final String EDIT = "contactEdit";

    static final String VERIFY = "contactVerify";

    static final String RETIRE = "contactRetire";

    static final String REACTIVATE = "contactReactivate";

    static final String HISTORY = "contactHistory";

    private final Texts texts;

    private final ContactDirectory directory;

    ContactCards(Texts texts, ContactDirectory directory) {
        this.texts = texts;
        this.directory = directory;
    }

    /**
     * @param forMaintainer whether to add the coordinator's buttons (never on cards that
     * are shared into other chats)
     */
    AdaptiveCard card(ContactPath path, Locale locale, boolean forMaintainer) {
        List<CardElement> body = new ArrayList<>();
        body.add(new TextBlock(Markdown.escape(path.unit()), "Medium", "Bolder", null, true));
        body.add(TextBlock.subtle(texts.get(locale, path.agency().messageKey()) + " · " + coverage(path, locale)));
        if (path.retired()) {
            body.add(new Container(List.of(TextBlock.paragraph(texts.get(locale, "contacts.card.retired"))),
                    "attention"));
        }
        List<FactSet.Fact> reach = new ArrayList<>();
        fact(reach, texts.get(locale, "contacts.field.phone"), path.phone());
        fact(reach, texts.get(locale, "contacts.field.mailbox"), path.mailbox());
        fact(reach, texts.get(locale, "contacts.field.eService"), path.eService());
        fact(reach, texts.get(locale, "contacts.field.teamsLink"), path.teamsLink());
        fact(reach, texts.get(locale, "contacts.field.openingHours"), path.openingHours());
        if (!reach.isEmpty()) {
            body.add(new FactSet(reach));
        }
        section(body, texts.get(locale, "contacts.field.whenToUse"), path.whenToUse());
        section(body, texts.get(locale, "contacts.field.haveReady"), path.haveReady());
        section(body, texts.get(locale, "contacts.field.description"), path.description());
        if (!path.topics().isEmpty()) {
            body.add(TextBlock
                .subtle(texts.get(locale, "contacts.card.topics", Markdown.escape(String.join(", ", path.topics())))));
        }
        body.add(verified(path, locale));
        List<CardAction> actions = new ArrayList<>();
        if (path.eService() != null) {
            actions.add(CardAction.openUrl(texts.get(locale, "contacts.card.openEService"), path.eService()));
        }
        if (path.teamsLink() != null) {
            actions.add(CardAction.openUrl(texts.get(locale, "contacts.card.openTeams"), path.teamsLink()));
        }
        if (forMaintainer) {
            Map<String, Object> id = Map.of("id", path.id());
            List<CardAction> buttons = new ArrayList<>();
            if (!path.retired()) {
                buttons.add(CardAction.execute(texts.get(locale, "contacts.card.edit"), EDIT, id));
                buttons
                    .add(CardAction.execute(texts.get(locale, "contacts.card.verify"), VERIFY, id).styled("positive"));
                // "Är du säker?" first: a retired entry leaves everyone's search.
                AdaptiveCard sure = new AdaptiveCard(
                        List.of(TextBlock
                            .paragraph(texts.get(locale, "contacts.card.retire.sure", Markdown.escape(path.unit())))),
                        List.of(CardAction.execute(texts.get(locale, "contacts.card.retire.confirm"), RETIRE, id)
                            .styled("destructive")));
                buttons.add(CardAction.showCard(texts.get(locale, "contacts.card.retire"), sure));
            }
            else {
                buttons.add(CardAction.execute(texts.get(locale, "contacts.card.reactivate"), REACTIVATE, id)
                    .styled("positive"));
            }
            buttons.add(CardAction.execute(texts.get(locale, "contacts.card.history"), HISTORY, id));
            body.add(new ActionSet(buttons));
        }
        return new AdaptiveCard(body, actions);
    }

    private CardElement verified(ContactPath path, Locale locale) {
        String when = path.lastVerified() == null ? texts.get(locale, "contacts.card.neverVerified") : texts.get(locale,
                "contacts.card.verified", DateTimeFormatter.ISO_LOCAL_DATE.format(path.lastVerified()));
        if (directory.isStale(path)) {
            return new Container(List.of(TextBlock.subtle(when + " " + texts.get(locale, "contacts.card.stale"))),
                    "warning");
        }
        return TextBlock.subtle(when);
    }

    String coverage(ContactPath path, Locale locale) {
        return path.kommuner().isEmpty() ? texts.get(locale, "contacts.card.allKommuner")
                : String.join(", ", path.kommuner());
    }

    private static void fact(List<FactSet.Fact> facts, String title, String value) {
        if (value != null) {
            facts.add(new FactSet.Fact(title, Markdown.escape(value)));
        }
    }

    private static void section(List<CardElement> body, String title, String text) {
        if (text != null) {
            body.add(new TextBlock(title, null, "Bolder", null, true));
            body.add(TextBlock.userText(text));
        }
    }

}
