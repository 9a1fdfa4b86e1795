package se.finsam.samverkansbot.teams.chat;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.Scan;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help cards (personal and team), the privacy rules and the privacy guard's findings
 * pass Microsoft's Adaptive Card renderer, in Swedish and English. The cards of each
 * capability are checked in its own package ({@code CaseCardsTests},
 * {@code ContactCardsRendererTests}, {@code FollowUpCardsRendererTests},
 * {@code DeliveriesCardRendererTests}).
 */
class BotCardsRendererTests {

    private static final List<Locale> LOCALES = CardRendering.LOCALES;

    private final Texts texts = CardRendering.texts();

    private final PrivacyFeedback privacy = new PrivacyFeedback((text) -> new Scan(
            List.of(Finding.certain(FindingType.PERSONNUMMER, 0, 13), Finding.uncertain(FindingType.NAME, 20, 30))),
            texts);

    private final PrivacyFeedback uncertainOnly = new PrivacyFeedback(
            (text) -> new Scan(List.of(Finding.uncertain(FindingType.NAME, 0, 10))), texts);

    @Test
    void helpCardsPassTheRenderer() {
        HelpCards help = new HelpCards(allListedCommands(), texts);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            for (ConversationKind where : ConversationKind.values()) {
                cards.put("help " + where + " " + locale, help.help(locale, where, false, java.util.Optional.empty()));
                cards.put("greeting " + where + " " + locale,
                        help.help(locale, where, true, java.util.Optional.empty()));
            }
            cards.put("privacy rules " + locale, new PrivacyRulesCommand(texts).card(locale));
        }
        CardRendering.assertPass(cards);
    }

    @Test
    void privacyFeedbackPassesTheRenderer() {
        String text = "å".repeat(2000);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("blocked " + locale,
                    inCard(privacy
                        .check(locale,
                                List.of(new PrivacyFeedback.Field("situation", "Situationen", text),
                                        new PrivacyFeedback.Field("question", "Frågan", text)),
                                Set.of())
                        .orElseThrow()
                        .elements()));
            cards.put("uncertain names " + locale,
                    inCard(uncertainOnly
                        .check(locale,
                                List.of(new PrivacyFeedback.Field("situation", "Situationen",
                                        "Kalle Anka träffade Musse")),
                                Set.of())
                        .orElseThrow()
                        .elements()));
        }
        CardRendering.assertPass(cards);
    }

    private static AdaptiveCard inCard(List<CardElement> elements) {
        return new AdaptiveCard(elements, List.of());
    }

    /**
     * Every command the bundle has a help text for, listed everywhere: the longest help
     * card there can be.
     */
    private static org.springframework.beans.factory.ObjectProvider<ChatCommand> allListedCommands() {
        Properties bundle = new Properties();
        for (String name : CardRendering.BUNDLES) {
            try (InputStream in = BotCardsRendererTests.class.getResourceAsStream("/" + name + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        bundle.stringPropertyNames()
            .stream()
            .filter((key) -> key.startsWith("command.") && key.endsWith(".usage"))
            .sorted()
            .forEach((key) -> beans.registerSingleton(key, listed(key.substring(0, key.length() - ".usage".length()))));
        assertThat(beans.getBeanNamesForType(ChatCommand.class)).hasSizeGreaterThan(5);
        return beans.getBeanProvider(ChatCommand.class);
    }

    private static ChatCommand listed(String helpKey) {
        return new ChatCommand() {
            @Override
            public List<String> names() {
                return List.of(helpKey);
            }

            @Override
            public Set<ConversationKind> scopes() {
                return EnumSet.allOf(ConversationKind.class);
            }

            @Override
            public String helpKey() {
                return helpKey;
            }

            @Override
            public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
                return CompletableFuture.completedFuture(null);
            }
        };
    }

}
