package se.finsam.samverkansbot.teams.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * The help card: what the bot is for and the commands that can be used where the user is,
 * built from the registered commands so that it never lists one that does not exist.
 */
@Component
class HelpCards {

    private final ObjectProvider<ChatCommand> commands;

    private final Texts texts;

    HelpCards(ObjectProvider<ChatCommand> commands, Texts texts) {
        this.commands = commands;
        this.texts = texts;
    }

    /**
     * What most people come for, listed first in this order; the rest follow in their
     * registration order, {@code hjälp} itself last.
     */
    static final List<String> MAIN = List.of("command.newCase", "command.myCases", "command.teamCases",
            "command.contact", "command.followups.new", "command.followups.list", "command.caseLookup");

    /** The help card for this person where they are: only what they may use there. */
    AdaptiveCard help(Locale locale, ConversationKind where, boolean greeting, Optional<UserId> user) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, greeting ? "help.greeting" : "help.title")));
        String intro = where == ConversationKind.PERSONAL ? "help.intro.personal"
                : where == ConversationKind.GROUP_CHAT ? "help.intro.groupChat" : "help.intro.team";
        body.add(TextBlock.paragraph(texts.get(locale, intro)));
        body.add(TextBlock.paragraph(texts.get(locale, "help.commands")));
        List<FactSet.Fact> facts = commands.orderedStream()
            .filter(command -> command.helpKey() != null && command.helpScopes().contains(where)
                    && command.offeredTo(user, where))
            .sorted(Comparator.comparingInt(HelpCards::rank))
            .map(command -> new FactSet.Fact(texts.get(locale, command.helpKey() + ".usage"),
                    texts.get(locale, command.helpKey() + ".description")))
            .toList();
        body.add(new FactSet(facts));
        body.add(new Container(List.of(TextBlock.subtle(texts.get(locale, "help.anonymous"))), "emphasis"));
        List<CardAction> actions = new ArrayList<>(commands.orderedStream()
            .filter(command -> command.helpScopes().contains(where) && command.offeredTo(user, where))
            .flatMap(command -> command.helpButton(locale).stream())
            .toList());
        actions.add(CardAction.execute(texts.get(locale, "help.action.privacy"), PrivacyRulesCommand.VERB));
        return new AdaptiveCard(body, actions);
    }

    private static int rank(ChatCommand command) {
        int main = MAIN.indexOf(command.helpKey());
        if (main >= 0) {
            return main;
        }
        return "command.help".equals(command.helpKey()) ? Integer.MAX_VALUE : MAIN.size();
    }

}
