package se.finsam.samverkansbot.teams.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * A command typed in chat, dispatched by exact command words: the text equals one of
 * {@link #names()} or starts with one followed by a space (the rest are the arguments).
 */
public interface ChatCommand {

    /**
     * Command words in lower case, Swedish first, e.g. {@code hjälp} and {@code help}.
     */
    List<String> names();

    /** Where the command may be used. */
    Set<ConversationKind> scopes();

    /**
     * Key prefix of the command's entry on the help card ({@code <key>.usage},
     * {@code <key>.description}), or null when the command is not listed there.
     */
    String helpKey();

    /**
     * Where the help card lists the command; by default where it may be used. A command
     * understood in more places only to point elsewhere is listed where it works.
     */
    default Set<ConversationKind> helpScopes() {
        return scopes();
    }

    /**
     * A button for the command on the help card where it may be used (e.g. "Nytt
     * ärende"); most commands have none.
     */
    default Optional<CardAction> helpButton(Locale locale) {
        return Optional.empty();
    }

    /**
     * Whether the help card offers the command to this person there: commands for
     * coordinators or admins only are left out for everybody else (the command still
     * refuses them on its own).
     */
    default boolean offeredTo(Optional<UserId> user, ConversationKind where) {
        return true;
    }

    CompletableFuture<Void> handle(TurnContext turn, CommandInput input);

}
