package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/** {@code mina ärenden} in personal chat: the caseworker's open cases. */
@Component
@Order(110)
class MyCasesCommand implements ChatCommand {

    private final CaseManagement cases;

    private final CaseCards cards;

    private final Texts texts;

    MyCasesCommand(CaseManagement cases, CaseCards cards, Texts texts) {
        this.cases = cases;
        this.cards = cards;
        this.texts = texts;
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
        return UserOf.activity(turn.getActivity())
            .map((user) -> Replies.card(turn,
                    cards.list(input.locale(), texts.get(input.locale(), "case.list.mine.title"),
                            texts.get(input.locale(), "case.list.mine.empty"), cases.openCasesOf(user))))
            .orElseGet(() -> Replies.text(turn, texts.get(input.locale(), "case.denied")));
    }

}
