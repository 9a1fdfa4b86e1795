package se.finsam.samverkansbot.teams.meetings;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The meeting commands. In a team's channel they show that team's meetings (the team is
 * the one the activity comes from, so only its members see them); in personal chat a
 * handläggare sees only the meetings where their own cases are, with only those.
 */
final class MeetingCommands {

    private MeetingCommands() {
    }

    /** {@code möten} in the channel: the team's coming meetings. */
    @Component
    @Order(240)
    static class PlanCommand implements ChatCommand {

        private final MeetingManagement management;

        PlanCommand(MeetingManagement management) {
            this.management = management;
        }

        @Override
        public List<String> names() {
            return List.of("möten", "meetings");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.CHANNEL);
        }

        @Override
        public String helpKey() {
            return "command.meetings.plan";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return management.plan(turn, input.locale());
        }

    }

    /** {@code nästa möte}: in the channel the team's, in personal chat the user's own. */
    @Component
    @Order(241)
    static class NextMeetingCommand implements ChatCommand {

        private final MeetingPlanning planning;

        private final MeetingCards cards;

        private final Texts texts;

        private final MeetingManagement management;

        NextMeetingCommand(MeetingPlanning planning, MeetingCards cards, Texts texts, MeetingManagement management) {
            this.planning = planning;
            this.cards = cards;
            this.texts = texts;
            this.management = management;
        }

        @Override
        public List<String> names() {
            return List.of("nästa möte", "next meeting");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.CHANNEL, ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.meetings.next";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            if (input.where() == ConversationKind.CHANNEL) {
                String teamId = turn.getActivity().teamsGetTeamId();
                Optional<MeetingView> next = teamId == null ? Optional.empty() : planning.nextMeeting(teamId);
                boolean manage = management.manager(turn).isPresent();
                return next
                    .map((meeting) -> Replies.card(turn,
                            manage ? management.managed(input.locale(), meeting, List.of())
                                    : cards.agenda(input.locale(), meeting, "meetings.next.title")))
                    .orElseGet(() -> Replies.text(turn, texts.get(input.locale(), "meetings.noSeries")));
            }
            Optional<UserId> user = UserOf.activity(turn.getActivity());
            List<MeetingView> mine = user.map(planning::nextMeetingsOf).orElse(List.of());
            if (mine.isEmpty()) {
                return Replies.text(turn, texts.get(input.locale(), "meetings.next.none"));
            }
            return Replies.card(turn, cards.agenda(input.locale(), mine.get(0), "meetings.next.mine"));
        }

    }

    /**
     * {@code mötesrytm}: the button to the series form's dialog, for
     * samverkanskoordinatorer and admins.
     */
    @Component
    @Order(242)
    static class SeriesCommand implements ChatCommand {

        private final MeetingManagement management;

        private final MeetingPlanning planning;

        SeriesCommand(MeetingManagement management, MeetingPlanning planning) {
            this.management = management;
            this.planning = planning;
        }

        @Override
        public List<String> names() {
            return List.of("mötesrytm", "meeting rhythm");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.CHANNEL);
        }

        @Override
        public String helpKey() {
            return "command.meetings.series";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(planning::mayManage).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return management.seriesOpener(turn, input.locale());
        }

    }

    /** {@code protokoll}: the protocol of the latest meeting held. */
    @Component
    @Order(243)
    static class ProtocolCommand implements ChatCommand {

        private final ProtocolActions protocols;

        private final MeetingPlanning planning;

        ProtocolCommand(ProtocolActions protocols, MeetingPlanning planning) {
            this.protocols = protocols;
            this.planning = planning;
        }

        @Override
        public List<String> names() {
            return List.of("protokoll", "protocol");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.CHANNEL);
        }

        @Override
        public String helpKey() {
            return "command.meetings.protocol";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(planning::mayManage).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return protocols.latest(turn, input.locale());
        }

    }

}
