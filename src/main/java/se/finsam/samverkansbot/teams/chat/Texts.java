package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing text from the message bundles: Swedish, or English when the Teams client's
 * locale is English.
 */
@Component
public class Texts {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public static Locale localeOf(Activity activity) {
        return localeOf(activity.getLocale());
    }

    /**
     * The language for a Teams client's language tag ({@code en-US}, {@code sv-SE}):
     * English for English, otherwise Swedish.
     */
    public static Locale localeOf(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
