package se.finsam.samverkansbot.teams.edge;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * Last resort when handling an activity fails: logs the failure by type and activity id
 * only (exception messages can quote what the user wrote) and tells the user, in their
 * language, that it did not work.
 */
@Component
class TurnErrorHandler implements OnTurnErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(TurnErrorHandler.class);

    private final Texts texts;

    TurnErrorHandler(Texts texts) {
        this.texts = texts;
    }

    @Override
    public CompletableFuture<Void> invoke(TurnContext turn, Throwable exception) {
        log.error("Handling activity {} failed: {}", turn.getActivity().getId(), SafeError.describe(exception));
        return Replies.text(turn, texts.get(Texts.localeOf(turn.getActivity()), "error.generic"))
            .exceptionally(unreachable -> null);
    }

}
