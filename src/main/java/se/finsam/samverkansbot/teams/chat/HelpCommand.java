package se.finsam.samverkansbot.teams.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/** {@code hjälp}: the help card. */
@Component
@Order(0)
class HelpCommand implements ChatCommand {

    private final HelpCards cards;

    HelpCommand(HelpCards cards) {
        this.cards = cards;
    }

    @Override
    public List<String> names() {
        return List.of("hjälp", "help", "?", "hej", "hallå", "hello", "hi");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.allOf(ConversationKind.class);
    }

    @Override
    public String helpKey() {
        return "command.help";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        return Replies.card(turn,
                cards.help(input.locale(), input.where(), false, UserOf.activity(turn.getActivity())));
    }

}
