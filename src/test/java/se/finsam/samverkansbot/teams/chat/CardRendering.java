package se.finsam.samverkansbot.teams.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;

/**
 * What the renderer tests of every package share: the bot's texts from the real bundles,
 * both languages, and the check that each card passes Microsoft's Adaptive Card renderer
 * (see {@link AdaptiveCardValidator}).
 */
public final class CardRendering {

    public static final List<Locale> LOCALES = List.of(Texts.SWEDISH, Locale.ENGLISH);

    public static final String LONG = "Långt namn på enhet med många ord ".repeat(6).strip();

    static final String[] BUNDLES = { "i18n/messages", "i18n/privacy", "i18n/contacts", "i18n/followups", "i18n/cases",
            "i18n/meetings" };

    private CardRendering() {
    }

    public static Texts texts() {
        return new Texts(messages());
    }

    public static void assertPass(Map<String, AdaptiveCard> cards) {
        assertThat(cards).isNotEmpty();
        AdaptiveCardValidator validator = AdaptiveCardValidator.shared();
        for (Map.Entry<String, AdaptiveCard> card : cards.entrySet()) {
            assertThat(validator.problems(card.getValue().toJson())).as(card.getKey()).isEmpty();
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(BUNDLES);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
