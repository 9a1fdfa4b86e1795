package se.finsam.samverkansbot.teams.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * {@code personuppgifter} and the help card's button: what may and may not be written,
 * because every case in the bot is anonymised.
 */
@Component
@Order(90)
class PrivacyRulesCommand implements ChatCommand {

    static final String VERB = "showPrivacyRules";

    private final Texts texts;

    PrivacyRulesCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("personuppgifter", "integritet", "privacy");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.allOf(ConversationKind.class);
    }

    @Override
    public String helpKey() {
        return "command.privacy";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        return Replies.card(turn, card(input.locale()));
    }

    /** The help card's button: the rules as a card. */
    @Bean
    static CardActions privacyRulesCardActions(PrivacyRulesCommand rules) {
        return CardActions.of().on(VERB, (turn, data, locale) -> Replies.card(turn, rules.card(locale)));
    }

    AdaptiveCard card(Locale locale) {
        return new AdaptiveCard(List.of(TextBlock.heading(texts.get(locale, "privacy.title")),
                TextBlock.paragraph(texts.get(locale, "privacy.intro")),
                new FactSet(List.of(
                        new FactSet.Fact(texts.get(locale, "privacy.never.label"), texts.get(locale, "privacy.never")),
                        new FactSet.Fact(texts.get(locale, "privacy.fine.label"), texts.get(locale, "privacy.fine")))),
                TextBlock.subtle(texts.get(locale, "privacy.storage"))), List.of());
    }

}
