package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code ärenden} in a konsultationsteam's channel: the team's open cases. Only the team
 * the cases belong to sees them: the team is the one the activity comes from.
 */
@Component
@Order(210)
class TeamCasesCommand implements ChatCommand {

    private final CaseManagement cases;

    private final CaseCards cards;

    private final Texts texts;

    TeamCasesCommand(CaseManagement cases, CaseCards cards, Texts texts) {
        this.cases = cases;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("ärenden", "cases");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.CHANNEL);
    }

    @Override
    public String helpKey() {
        return "command.teamCases";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        Activity activity = turn.getActivity();
        String teamId = activity.teamsGetTeamId();
        if (teamId == null || cases.team(teamId).isEmpty()) {
            return Replies.text(turn, texts.get(input.locale(), "case.list.notTeam"));
        }
        UserOf.activity(activity)
            .ifPresent((user) -> cases.noteTeamMember(teamId, Person.of(user, activity.getFrom().getName())));
        return Replies.card(turn, cards.list(input.locale(), texts.get(input.locale(), "case.list.team.title"),
                texts.get(input.locale(), "case.list.team.empty"), cases.openCasesOfTeam(teamId)));
    }

}
