package se.finsam.samverkansbot.teams.followups;

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
 * The follow-up chat commands in personal chat; the {@link FollowUpDialog} answers them.
 */
final class FollowUpCommands {

    private FollowUpCommands() {
    }

    /** A personal-chat command with fixed words that one dialog method answers. */
    private abstract static class PersonalCommand implements ChatCommand {

        private final List<String> names;

        private final String helpKey;

        PersonalCommand(List<String> names, String helpKey) {
            this.names = names;
            this.helpKey = helpKey;
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return helpKey;
        }

    }

    /** {@code ny uppföljning}. */
    @Component
    @Order(30)
    static class NewFollowUpCommand extends PersonalCommand {

        private final FollowUpDialog dialog;

        NewFollowUpCommand(FollowUpDialog dialog) {
            super(List.of("ny uppföljning", "ny uppfoljning", "new follow-up"), "command.followups.new");
            this.dialog = dialog;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.newForm(turn, input.locale());
        }

    }

    /** {@code uppföljningar}. */
    @Component
    @Order(31)
    static class FollowUpsCommand extends PersonalCommand {

        private final FollowUpDialog dialog;

        FollowUpsCommand(FollowUpDialog dialog) {
            super(List.of("uppföljningar", "mina uppföljningar", "follow-ups", "my follow-ups"),
                    "command.followups.list");
            this.dialog = dialog;
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.list(turn, input.locale());
        }

    }

}
