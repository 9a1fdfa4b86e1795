package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code ärenden} in a konsultationsteam's channel: the team's open cases. Only the team
 * the cases belong to sees them: the team is the one the activity comes from. In personal
 * chat a coordinator gets the open cases of their kommuner.
 */
@Component
@Order(210)
class TeamCasesCommand implements ChatCommand {

    private final CaseManagement cases;

    private final CaseLists lists;

    private final Texts texts;

    TeamCasesCommand(CaseManagement cases, CaseLists lists, Texts texts) {
        this.cases = cases;
        this.lists = lists;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("ärenden", "cases");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.CHANNEL, ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.teamCases";
    }

    @Override
    public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
        return where == ConversationKind.CHANNEL
                || user.map((id) -> !lists.followedKommuner(id).isEmpty()).orElse(false);
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        Activity activity = turn.getActivity();
        if (input.where() == ConversationKind.PERSONAL) {
            // A coordinator's kommuner's cases; a caseworker has their own.
            boolean follows = UserOf.activity(activity)
                .map((id) -> !lists.followedKommuner(id).isEmpty())
                .orElse(false);
            return follows ? lists.answerList(turn, input.locale(), CaseLists.Scope.KOMMUN, false)
                    : Replies.text(turn, texts.get(input.locale(), "case.list.personalHint"));
        }
        String teamId = activity.teamsGetTeamId();
        if (teamId != null && cases.team(teamId).isPresent()) {
            UserOf.activity(activity)
                .ifPresent((user) -> cases.noteTeamMember(teamId, Person.of(user, activity.getFrom().getName())));
        }
        return lists.answerList(turn, input.locale(), CaseLists.Scope.TEAM, false);
    }

}
