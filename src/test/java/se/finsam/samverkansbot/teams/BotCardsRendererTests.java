package se.finsam.samverkansbot.teams;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.microsoft.bot.builder.TurnContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.finsam.samverkansbot.contacts.ContactDetails;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.contacts.ContactPathFixtures;
import se.finsam.samverkansbot.contacts.ContactPathsStale;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpHistoryEntry;
import se.finsam.samverkansbot.followups.FollowUpProperties;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.HistoryKind;
import se.finsam.samverkansbot.followups.PlanStatus;
import se.finsam.samverkansbot.followups.PlanType;
import se.finsam.samverkansbot.followups.ReminderTarget;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.Scan;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's other cards pass Microsoft's Adaptive Card renderer for 1.5 (see
 * {@link AdaptiveCardValidator}): help (personal and team), privacy rules and the privacy
 * guard's findings, contact cards, the contact form and the stale-contacts reminder,
 * every follow-up card and form, and the admin's deliveries card, in Swedish and English,
 * filled with long texts and many entries. The case cards are checked in
 * {@link CaseCardsTests}.
 */
class BotCardsRendererTests {

    private static final List<Locale> LOCALES = List.of(Texts.SWEDISH, Locale.ENGLISH);

    private static final String LONG = "Långt namn på enhet med många ord ".repeat(6).strip();

    private static final String[] BUNDLES = { "i18n/messages", "i18n/privacy", "i18n/contacts", "i18n/followups",
            "i18n/cases" };

    private static AdaptiveCardValidator validator;

    private final Texts texts = new Texts(messages());

    private final Organisation organisation = new Organisation(new OrganisationProperties(
            IntStream.range(0, 40).mapToObj((i) -> "Kommun nummer " + i).toList(), List.of(), List.of()));

    private final CoreProperties core = new CoreProperties(ZoneId.of("Europe/Stockholm"));

    private final PrivacyFeedback privacy = new PrivacyFeedback((text) -> new Scan(
            List.of(Finding.certain(FindingType.PERSONNUMMER, 0, 13), Finding.uncertain(FindingType.NAME, 20, 30))),
            texts);

    private final PrivacyFeedback uncertainOnly = new PrivacyFeedback(
            (text) -> new Scan(List.of(Finding.uncertain(FindingType.NAME, 0, 10))), texts);

    @BeforeAll
    static void startValidator() {
        validator = AdaptiveCardValidator.shared();
    }

    @Test
    void helpCardsPassTheRenderer() {
        HelpCards help = new HelpCards(allListedCommands(), texts);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            for (ConversationKind where : ConversationKind.values()) {
                cards.put("help " + where + " " + locale, help.help(locale, where, false));
                cards.put("greeting " + where + " " + locale, help.help(locale, where, true));
            }
            cards.put("privacy rules " + locale, new PrivacyRulesCommand(texts).card(locale));
        }
        assertPass(cards);
    }

    @Test
    void privacyFeedbackPassesTheRenderer() {
        String text = "å".repeat(2000);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("blocked " + locale,
                    inCard(privacy
                        .check(locale, List.of(new PrivacyFeedback.Field("Situationen", text),
                                new PrivacyFeedback.Field("Frågan", text)), Set.of())
                        .orElseThrow()));
            cards.put("uncertain names " + locale,
                    inCard(uncertainOnly
                        .check(locale, List.of(new PrivacyFeedback.Field("Situationen", "Kalle Anka träffade Musse")),
                                Set.of())
                        .orElseThrow()));
        }
        assertPass(cards);
    }

    @Test
    void contactCardsAndFormPassTheRenderer() {
        ContactDirectory directory = Mockito.mock(ContactDirectory.class);
        ContactPath full = ContactPathFixtures.stored(7, details(), false);
        ContactPath retired = ContactPathFixtures.stored(8, details(), true);
        Mockito.when(directory.isStale(full)).thenReturn(true);
        ContactCards contacts = new ContactCards(texts, directory);
        ContactForms forms = new ContactForms(texts, organisation);
        StaleContactsNotifier stale = new StaleContactsNotifier(null, null, null, texts);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("contact " + locale, contacts.card(full, locale, false));
            cards.put("contact for maintainer " + locale, contacts.card(full, locale, true));
            cards.put("retired contact for maintainer " + locale, contacts.card(retired, locale, true));
            cards.put("new contact form " + locale, forms.form(locale, null, Map.of(), List.of()));
            cards.put("edit contact form " + locale,
                    forms.form(locale, 7L, ContactForms.values(details()),
                            forms.problems(locale, List.of(new ImportProblem(3, "unit", ImportProblem.Reason.MISSING),
                                    new ImportProblem(4, "kommuner", ImportProblem.Reason.UNKNOWN_KOMMUN)))));
            cards.put("stale contacts " + locale,
                    stale.card(new ContactPathsStale(UserId.of("00000000-0000-0000-0000-0000000000c1"),
                            IntStream.range(0, 30)
                                .mapToObj((i) -> new ContactPathsStale.Stale(i, Agency.FK.messageKey(), LONG,
                                        i % 2 == 0 ? null : LocalDate.of(2025, 1, 1)))
                                .toList()),
                            locale));
        }
        assertPass(cards);
    }

    @Test
    void followUpCardsAndFormsPassTheRenderer() {
        FollowUpCards followUps = new FollowUpCards(texts, organisation, new FollowUpProperties(5, LocalTime.of(8, 30),
                3, Period.ofMonths(3), List.of(Period.ofDays(90), Period.ofMonths(6)), Duration.ofMinutes(1), 500, 20),
                core);
        LocalDate today = LocalDate.of(2026, 3, 2);
        FollowUpView plan = plan(42, today, false);
        FollowUpView overdue = plan(43, today, true);
        Map<String, String> typed = Map.of("type", PlanType.SIP.name(), "reference", "x".repeat(40), "baseDate",
                "2026-03-02", "interval", "P3M", "remind", ReminderTarget.ME.name(), "kommun", "Kommun nummer 3",
                "note", "å".repeat(500));
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("type", "reference", "baseDate", "interval", "remind", "kommun", "note")) {
            errors.put(field, "required");
        }
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("form " + locale, followUps.form(locale, Map.of(), Map.of(), List.of()));
            cards.put("form again " + locale, followUps.form(locale, typed, errors,
                    privacy.check(locale, List.of(new PrivacyFeedback.Field("Anteckning", "å".repeat(40))), Set.of())
                        .orElseThrow()));
            cards.put("registered " + locale, followUps.registered(locale, plan));
            cards.put("list " + locale, followUps.list(locale,
                    IntStream.range(0, 30).mapToObj((i) -> plan(100 + i, today, i % 2 == 0)).toList(), today));
            cards.put("empty list " + locale, followUps.list(locale, List.of(), today));
            cards.put("history " + locale, followUps.history(locale, plan));
            cards.put("reminder " + locale, followUps.reminder(locale, plan, false, 5, today));
            cards.put("reminder on the day " + locale, followUps.reminder(locale, plan, true, 0, today));
            cards.put("reminder overdue " + locale, followUps.reminder(locale, overdue, true, 0, today));
            cards.put("overdue " + locale, followUps.overdue(locale, overdue, today));
            cards.put("unreachable " + locale, followUps.unreachable(locale, plan));
        }
        assertPass(cards);
    }

    @Test
    void deliveriesCardPassesTheRenderer() {
        OutboxStore store = Mockito.mock(OutboxStore.class);
        Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 12_345L);
        }
        Mockito.when(store.countByStatus()).thenReturn(counts);
        List<OutboxStore.Summary> failed = IntStream.range(0, 20)
            .mapToObj((i) -> new OutboxStore.Summary(i, OutboxStore.Target.values()[i % 4], OutboxStatus.DEAD, 8, 403,
                    "Forbidden: the bot is not in the conversation", Instant.parse("2026-03-02T09:00:00Z"), null))
            .toList();
        Mockito.when(store.latest(Mockito.any(), Mockito.anyInt())).thenReturn(failed);
        DeliveriesCommand deliveries = new DeliveriesCommand(store, organisation, texts, java.time.Clock.systemUTC(),
                core, null);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("deliveries " + locale, deliveries.card(locale, "Meddelande nr 3 skickas igen."));
        }
        assertPass(cards);
    }

    private static void assertPass(Map<String, AdaptiveCard> cards) {
        assertThat(cards).isNotEmpty();
        for (Map.Entry<String, AdaptiveCard> card : cards.entrySet()) {
            assertThat(validator.problems(card.getValue().toJson())).as(card.getKey()).isEmpty();
        }
    }

    private static AdaptiveCard inCard(List<CardElement> elements) {
        return new AdaptiveCard(elements, List.of());
    }

    private static FollowUpView plan(long id, LocalDate today, boolean overdue) {
        List<FollowUpHistoryEntry> history = new ArrayList<>();
        for (HistoryKind kind : HistoryKind.values()) {
            history.add(new FollowUpHistoryEntry(Instant.parse("2026-01-05T08:30:00Z"), kind,
                    "00000000-0000-0000-0000-0000000000a1", today.minusDays(3), today.minusDays(10), "P3M"));
        }
        return new FollowUpView(id, UserId.of("00000000-0000-0000-0000-0000000000a1"), "tenant",
                new Kommun("Kommun nummer 3"), PlanType.SIP, "x".repeat(40), "å".repeat(500), ReminderTarget.ME,
                overdue ? today.minusDays(3) : today.plusDays(7), Instant.parse("2026-03-05T07:30:00Z"),
                PlanStatus.ACTIVE, overdue, overdue, history);
    }

    private static ContactDetails details() {
        return new ContactDetails("fk-lokal", Agency.FK, LONG, List.of("Kommun nummer 1", "Kommun nummer 2"),
                List.of("sjukpenning", "rehabilitering"), "010-123 45 67", "funktion@example.org",
                "https://example.org/e-tjanst", "https://teams.microsoft.com/l/chat/0/0", "Vardagar 8–16",
                "å".repeat(2000), "å".repeat(2000), "å".repeat(2000), "00000000-0000-0000-0000-0000000000c1",
                LocalDate.of(2025, 1, 1));
    }

    /**
     * Every command the bundle has a help text for, listed everywhere: the longest help
     * card there can be.
     */
    private static org.springframework.beans.factory.ObjectProvider<ChatCommand> allListedCommands() {
        Properties bundle = new Properties();
        for (String name : BUNDLES) {
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

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(BUNDLES);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
