package se.finsam.samverkansbot.teams.contacts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code kontakter}: the directory in short, by agency. Coordinators also see retired
 * entries, and which ones are due for a check.
 */
@Component
@Order(21)
class ContactListCommand implements ChatCommand {

    /** The argument that lists the retired entries. */
    private static final Set<String> RETIRED = Set.of("avvecklade", "retired");

    /** More lines than this make a card too long to read; search narrows it down. */
    static final int SHOWN = 40;

    private final ContactDirectory directory;

    private final ContactCards cards;

    private final Texts texts;

    ContactListCommand(ContactDirectory directory, ContactCards cards, Texts texts) {
        this.directory = directory;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("kontakter", "contacts");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.contacts";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        Locale locale = input.locale();
        boolean maintainer = UserOf.activity(turn.getActivity()).map(directory::mayMaintain).orElse(false);
        if (RETIRED.contains(input.arguments().toLowerCase(Locale.ROOT))) {
            return maintainer ? retired(turn, locale)
                    : Replies.text(turn, texts.get(locale, "contacts.coordinatorsOnly"));
        }
        List<ContactPath> all = directory.list(maintainer);
        if (all.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "contacts.list.empty"));
        }
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "contacts.list.title", all.size())));
        if (maintainer) {
            body.add(TextBlock.subtle(texts.get(locale, "contacts.list.retiredHint")));
            long stale = all.stream().filter(path -> !path.retired() && directory.isStale(path)).count();
            body.add(TextBlock.subtle(texts.get(locale, "contacts.list.maintainer", stale)));
        }
        for (ContactPath path : all.subList(0, Math.min(SHOWN, all.size()))) {
            String line = texts.get(locale, "contacts.list.item", Markdown.escape(path.unit()),
                    texts.get(locale, path.agency().messageKey()), cards.coverage(path, locale));
            if (path.retired()) {
                line += " " + texts.get(locale, "contacts.list.retired");
            }
            else if (maintainer && directory.isStale(path)) {
                line += " " + texts.get(locale, "contacts.list.stale");
            }
            body.add(TextBlock.paragraph(line));
        }
        if (all.size() > SHOWN) {
            body.add(TextBlock.subtle(texts.get(locale, "contacts.list.more", all.size() - SHOWN)));
        }
        return Replies.card(turn, new AdaptiveCard(body, List.of()));
    }

    /**
     * {@code kontakter avvecklade}: the retired entries, for coordinators, each with a
     * button that brings it back.
     */
    private CompletableFuture<Void> retired(TurnContext turn, Locale locale) {
        List<ContactPath> retired = directory.list(true).stream().filter(ContactPath::retired).toList();
        if (retired.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "contacts.retired.none"));
        }
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "contacts.retired.title", retired.size())));
        for (ContactPath path : retired.subList(0, Math.min(SHOWN, retired.size()))) {
            body.add(TextBlock.paragraph(texts.get(locale, "contacts.list.item", Markdown.escape(path.unit()),
                    texts.get(locale, path.agency().messageKey()), cards.coverage(path, locale))));
            body.add(new ActionSet(List.of(
                    CardAction.execute(texts.get(locale, "contacts.card.reactivate"), ContactCards.REACTIVATE,
                            java.util.Map.of("id", path.id())),
                    CardAction.execute(texts.get(locale, "contacts.card.history"), ContactCards.HISTORY,
                            java.util.Map.of("id", path.id())))));
        }
        if (retired.size() > SHOWN) {
            body.add(TextBlock.subtle(texts.get(locale, "contacts.list.more", retired.size() - SHOWN)));
        }
        return Replies.card(turn, new AdaptiveCard(body, List.of()));
    }

}
