package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * {@code nytt ärende} in personal chat (or the button on the help card): the form a case
 * is raised with.
 */
@Component
@Order(100)
class NewCaseCommand implements ChatCommand {

    private final CaseCards cards;

    private final Texts texts;

    NewCaseCommand(CaseCards cards, Texts texts) {
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("nytt ärende", "nytt arende", "new case");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.allOf(ConversationKind.class);
    }

    @Override
    public Set<ConversationKind> helpScopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.newCase";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        if (input.where() != ConversationKind.PERSONAL) {
            return Replies.text(turn, texts.get(input.locale(), "case.personalOnly"));
        }
        return Replies.card(turn, cards.form(input.locale(), CaseCards.FormState.empty()));
    }

    @Override
    public Optional<CardAction> helpButton(Locale locale) {
        return Optional
            .of(CardAction.execute(texts.get(locale, "help.action.newCase"), CaseCards.NEW).styled("positive"));
    }

    /** The help card's and the greeting's "nytt ärende" button. */
    CompletableFuture<Void> button(TurnContext turn, CardData data, Locale locale) {
        if (ConversationKind
            .of(turn.getActivity().getConversation().getConversationType()) != ConversationKind.PERSONAL) {
            return Replies.text(turn, texts.get(locale, "case.personalOnly"));
        }
        return Replies.card(turn, cards.form(locale, CaseCards.FormState.empty()));
    }

}
