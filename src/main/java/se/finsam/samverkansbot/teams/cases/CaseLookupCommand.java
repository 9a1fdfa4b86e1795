package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * {@code ärende K-2026-0007}: one case by its reference, open or closed, for whoever may
 * see it (its caseworker, its team in the team's channel, the coordinators of its
 * kommun). The list buttons open cases and switch between open and closed ones.
 */
@Component
@Order(115)
class CaseLookupCommand implements ChatCommand {

    private final CaseManagement cases;

    private final CaseLists lists;

    private final Texts texts;

    CaseLookupCommand(CaseManagement cases, CaseLists lists, Texts texts) {
        this.cases = cases;
        this.lists = lists;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("ärende", "arende", "case");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.PERSONAL, ConversationKind.CHANNEL);
    }

    @Override
    public String helpKey() {
        return "command.caseLookup";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        if (input.arguments().isBlank()) {
            return Replies.text(turn, texts.get(input.locale(), "case.lookup.usage"));
        }
        return lists.answerCase(turn, input.locale(), cases.findByReference(input.arguments()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        CardActions caseListActions(CaseLists lists) {
            return CardActions.of().on(CaseLists.SHOW, lists::show).on(CaseLists.LIST, lists::list);
        }

    }

}
