package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The answer to a message that is no command. A message with identifying data in it is
 * warned about, to its author only, by the kind of data and where it stands; the text is
 * neither stored, logged nor quoted.
 */
@Component
class UnknownText {

    private static final Logger log = LoggerFactory.getLogger(UnknownText.class);

    private final PrivacyFeedback privacy;

    private final Texts texts;

    UnknownText(PrivacyFeedback privacy, Texts texts) {
        this.privacy = privacy;
        this.texts = texts;
    }

    CompletableFuture<Void> answer(TurnContext turn, String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Replies.text(turn, texts.get(locale, "unknown.empty"));
        }
        return privacy.describe(locale, text).map((found) -> {
            log.info("A message with identifying data was not accepted: activity {}", turn.getActivity().getId());
            return PrivateReplies.text(turn, texts.get(locale, "unknown.identifying", found));
        }).orElseGet(() -> Replies.text(turn, texts.get(locale, "unknown.text")));
    }

}
