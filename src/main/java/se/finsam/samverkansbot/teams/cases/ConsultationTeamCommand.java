package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.cases.TeamSetup;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.ChatUsers;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code konsultationsteam Osby, Hässleholm} in a team's channel, by an admin or a
 * coordinator of every kommun named: this team becomes the konsultationsteam for those
 * kommuner, and new cases are posted in this channel (a team that had them is told in its
 * channel). Without kommuner it shows how the team is set up.
 */
@Component
@Order(200)
class ConsultationTeamCommand implements ChatCommand {

    private static final Logger log = LoggerFactory.getLogger(ConsultationTeamCommand.class);

    private final CaseManagement cases;

    private final Organisation organisation;

    private final ConversationRegistry registry;

    private final CaseCards cards;

    private final Texts texts;

    private final TeamRoster roster;

    private final ChatUsers chatUsers;

    ConsultationTeamCommand(CaseManagement cases, Organisation organisation, ConversationRegistry registry,
            CaseCards cards, Texts texts, TeamRoster roster, ChatUsers chatUsers) {
        this.roster = roster;
        this.chatUsers = chatUsers;
        this.cases = cases;
        this.organisation = organisation;
        this.registry = registry;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("konsultationsteam", "consultation team");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.CHANNEL);
    }

    @Override
    public String helpKey() {
        return "command.consultationTeam";
    }

    @Override
    public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
        return user.map((id) -> organisation.isAdmin(id) || organisation.isCoordinator(id)).orElse(false);
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        Activity activity = turn.getActivity();
        String teamId = activity.teamsGetTeamId();
        if (teamId == null) {
            return Replies.text(turn, texts.get(input.locale(), "team.setup.notInTeam"));
        }
        if (input.arguments().isBlank()) {
            return Replies.text(turn, current(input, teamId));
        }
        Optional<UserId> user = UserOf.activity(activity);
        if (user.isEmpty() || !(organisation.isAdmin(user.get()) || organisation.isCoordinator(user.get()))) {
            log.warn("Refused konsultationsteam set-up by a non-coordinator in team {}", teamId);
            return Replies.text(turn, texts.get(input.locale(), "team.setup.coordinatorsOnly"));
        }
        List<Kommun> kommuner = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : input.arguments().split("[,;]|\\s+och\\s+|\\s+and\\s+")) {
            if (name.isBlank()) {
                continue;
            }
            organisation.kommun(name).ifPresentOrElse(kommuner::add, () -> unknown.add(name.strip()));
        }
        if (!unknown.isEmpty() || kommuner.isEmpty()) {
            return Replies.text(turn, texts.get(input.locale(), "team.setup.unknownKommun", String.join(", ", unknown),
                    cards.kommuner(organisation.kommuner())));
        }
        if (!cases.maySetUp(user.get(), kommuner)) {
            List<Kommun> theirs = organisation.coordinatedBy(user.get());
            List<Kommun> others = kommuner.stream().filter((kommun) -> !theirs.contains(kommun)).toList();
            log.warn("Refused konsultationsteam set-up in team {} by {}: not coordinator of every kommun claimed",
                    teamId, user.get());
            return Replies.text(turn, texts.get(input.locale(), "team.setup.notTheirKommun", cards.kommuner(theirs),
                    cards.kommuner(others)));
        }
        // The bot answers in this team, so it is installed: make sure the team's
        // conversation is known for posting later, also if the install event was missed.
        registry.remember(activity);
        String channelId = activity.teamsGetChannelId() != null ? activity.teamsGetChannelId()
                : ConversationRegistry.baseConversationId(activity);
        String teamName = activity.teamsGetTeamInfo() == null ? null : activity.teamsGetTeamInfo().getName();
        TeamSetup setup = cases.setUpTeam(teamId, channelId, teamName, kommuner, user.get());
        cases.noteTeamMember(teamId, Person.of(user.get(), activity.getFrom().getName()));
        chatUsers.remember(user.get(), activity.getFrom().getId());
        StringBuilder reply = new StringBuilder(
                texts.get(input.locale(), "team.setup.done", cards.kommuner(setup.kommuner())));
        for (Map.Entry<Kommun, String> moved : setup.movedFrom().entrySet()) {
            reply.append("\n\n")
                .append(texts.get(input.locale(), "team.setup.moved", moved.getKey().name(), moved.getValue()));
        }
        // The team's members from the start, so that case cards are refreshed for them
        // (their own view, with the team's buttons) before anyone has acted.
        return roster.refresh(turn, teamId).thenCompose((read) -> Replies.text(turn, reply.toString()));
    }

    private String current(CommandInput input, String teamId) {
        Optional<ConsultationTeam> team = cases.team(teamId);
        if (team.isEmpty() || team.get().kommuner().isEmpty()) {
            return texts.get(input.locale(), "team.setup.none", cards.kommuner(organisation.kommuner()));
        }
        return texts.get(input.locale(), "team.setup.current", cards.kommuner(team.get().kommuner()));
    }

}
