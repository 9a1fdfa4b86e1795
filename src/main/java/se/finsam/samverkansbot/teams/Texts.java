package se.finsam.samverkansbot.teams;

import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing text from the message bundles: Swedish, or English when the Teams client's
 * locale is English.
 */
@Component
class Texts {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    static Locale localeOf(Activity activity) {
        String locale = activity.getLocale();
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
    }

    String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
