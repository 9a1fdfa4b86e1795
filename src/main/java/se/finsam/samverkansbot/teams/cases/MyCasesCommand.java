package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * {@code mina ärenden} in personal chat: the caseworker's open cases, each with a button
 * to open it.
 */
@Component
@Order(110)
class MyCasesCommand implements ChatCommand {

    private final CaseLists lists;

    MyCasesCommand(CaseLists lists) {
        this.lists = lists;
    }

    @Override
    public List<String> names() {
        return List.of("mina ärenden", "my cases");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.myCases";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        return lists.answerList(turn, input.locale(), CaseLists.Scope.MINE, false);
    }

}
