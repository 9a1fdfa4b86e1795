package se.finsam.samverkansbot.teams;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The follow-up chat commands in personal chat; the {@link FollowUpDialog} answers them.
 */
final class FollowUpCommands {

    private FollowUpCommands() {
    }

    /** {@code ny uppföljning}. */
    @Component
    @Order(30)
    static class NewFollowUpCommand implements ChatCommand {

        private final FollowUpDialog dialog;

        NewFollowUpCommand(FollowUpDialog dialog) {
            this.dialog = dialog;
        }

        @Override
        public List<String> names() {
            return List.of("ny uppföljning", "new follow-up");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.followups.new";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.newForm(turn, input.locale());
        }

    }

    /** {@code uppföljningar}. */
    @Component
    @Order(31)
    static class FollowUpsCommand implements ChatCommand {

        private final FollowUpDialog dialog;

        FollowUpsCommand(FollowUpDialog dialog) {
            this.dialog = dialog;
        }

        @Override
        public List<String> names() {
            return List.of("uppföljningar", "follow-ups");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.followups.list";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            return dialog.list(turn, input.locale());
        }

    }

}
