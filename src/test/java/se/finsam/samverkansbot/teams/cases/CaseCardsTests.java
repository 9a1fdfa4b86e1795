package se.finsam.samverkansbot.teams.cases;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.finsam.samverkansbot.cases.CaseFixtures;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.Scan;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case card, filled to the limits users can reach (longest texts, many advice
 * pieces, a large team, a long list), is a well-formed Adaptive Card 1.5 that Teams
 * accepts: under its message size limit of about 28 KB, only element and action types of
 * 1.5, input ids unique, error messages only on labelled required inputs, and every
 * submit button with a verb the bot handles.
 */
class CaseCardsTests {

    /** Teams refuses messages over about 28 KB; keep a margin for the envelope. */
    private static final int TEAMS_LIMIT_BYTES = 28 * 1024;

    private static final Set<String> TYPES_OF_1_5 = Set.of("AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun",
            "Image", "ImageSet", "Media", "FactSet", "Container", "ColumnSet", "Column", "ActionSet", "Table",
            "TableRow", "TableCell", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle",
            "Input.ChoiceSet", "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility",
            "Action.Execute");

    private static final Set<String> VERBS = Set.of(CaseCards.RAISE, CaseCards.NEW, CaseCards.ADVISE, CaseCards.ASK,
            CaseCards.ASSIGN_FORM, CaseCards.ASSIGN, CaseCards.CLOSE, CaseCards.ANSWER, CaseCards.CLOSE_OWN,
            CaseCards.OUTCOME, CaseLists.SHOW, CaseLists.LIST, CaseCards.VIEW);

    private static final Set<String> DIALOGS = Set.of(CaseCards.ADVISE, CaseCards.ASK, CaseCards.ASSIGN,
            CaseCards.CLOSE);

    private final Texts texts = new Texts(messages());

    private final CaseCards cards = new CaseCards(texts,
            new Organisation(new OrganisationProperties(
                    IntStream.range(0, 40).mapToObj((i) -> "Kommun nummer " + i).toList(), List.of(), List.of())),
            new CoreProperties(ZoneId.of("Europe/Stockholm")), List.of(), List.of());

    @Test
    void aLinkOrMarkdownInUserTextShowsAsWrittenInTheCards() {
        String injected = "Se [formuläret](https://evil.example/logga-in) **snarast**";
        ConsultationCase raised = CaseFixtures.fullCase(3, injected, injected, 1, injected);

        List<String> texts = new ArrayList<>();
        for (AdaptiveCard card : List.of(cards.adviceNotice(Locale.forLanguageTag("sv"), raised, raised.entry(0)),
                cards.channelCard(Locale.forLanguageTag("sv"), raised, List.of()))) {
            card.toJson().findValues("text").forEach((text) -> texts.add(text.asText()));
        }

        assertThat(texts).anyMatch((text) -> text.contains("\\[formuläret\\]\\(https://evil.example"))
            .noneMatch((text) -> text.contains("[formuläret](") || text.contains("**snarast**"));
    }

    @Test
    void everyCaseCardIsAWellFormedAdaptiveCardUnderTeamsSizeLimit() {
        Map<String, AdaptiveCard> all = allCards();
        for (Map.Entry<String, AdaptiveCard> card : all.entrySet()) {
            JsonNode json = card.getValue().toJson();
            assertThat(json.path("type").asText()).as(card.getKey()).isEqualTo("AdaptiveCard");
            assertThat(json.path("version").asText()).as(card.getKey()).isEqualTo("1.5");
            int size = sizeAsSent(card.getValue());
            assertThat(size).as("%s in bytes", card.getKey()).isLessThan(TEAMS_LIMIT_BYTES);
            List<String> problems = new ArrayList<>();
            check(json, new HashSet<>(), problems);
            assertThat(problems).as(card.getKey()).isEmpty();
        }
    }

    @Test
    void everyCaseCardPassesTeamsRenderer() {
        AdaptiveCardValidator validator = AdaptiveCardValidator.shared();
        for (Map.Entry<String, AdaptiveCard> card : allCards().entrySet()) {
            assertThat(validator.problems(card.getValue().toJson())).as(card.getKey()).isEmpty();
        }
    }

    /** Every case card, filled to the limits, by name. */
    private Map<String, AdaptiveCard> allCards() {
        String longest = "å".repeat(CaseCards.TEXT_LIMIT);
        ConsultationCase full = CaseFixtures.fullCase(1, longest, longest, 3, longest);
        List<Person> members = IntStream.range(0, 100)
            .mapToObj((i) -> Person.of(UserId.of("00000000-0000-0000-0000-%012d".formatted(i)),
                    "Förnamn Efternamnsson-Långnamn " + i))
            .toList();
        PrivacyFeedback privacy = new PrivacyFeedback((text) -> new Scan(
                List.of(Finding.certain(FindingType.PERSONNUMMER, 0, 13), Finding.uncertain(FindingType.NAME, 20, 30))),
                texts);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(CaseForm.SITUATION, longest);
        typed.put(CaseForm.QUESTION, longest);
        typed.put(CaseForm.KOMMUN, "Kommun nummer 3");
        Map<String, String> errors = Map.of(CaseForm.AGE_BAND, "Välj åldersspann.", CaseForm.CATEGORIES,
                "Välj minst ett område.");

        Map<String, AdaptiveCard> all = new LinkedHashMap<>();
        for (Locale locale : List.of(Texts.SWEDISH, Locale.ENGLISH)) {
            all.put("form " + locale, cards.form(locale, CaseCards.FormState.empty()));
            all.put("form again " + locale,
                    cards
                        .form(locale,
                                new CaseCards.FormState(typed, errors,
                                        privacy
                                            .check(locale,
                                                    List.of(new PrivacyFeedback.Field("situation", "Situationen",
                                                            longest)),
                                                    Set.of())
                                            .orElseThrow()
                                            .elements())));
            all.put("channel " + locale, cards.channelCard(locale, full, List.of()));
            List<String> refreshFor = IntStream.range(0, 100).mapToObj((i) -> "29:1" + "x".repeat(80) + i).toList();
            all.put("channel refreshed for many " + locale, cards.channelCard(locale, full, refreshFor));
            all.put("channel team view " + locale,
                    cards.teamView(locale, full, full.entry(0).author().id(), refreshFor));
            all.put("channel neutral view " + locale, cards.neutralView(locale, full));
            all.put("channel closed " + locale, cards.channelCard(locale,
                    CaseFixtures.closed(CaseFixtures.fullCase(2, longest, longest, 1, longest)), List.of()));
            all.put("caseworker " + locale, cards.caseworkerCard(locale, full, "Konsultationsteam Nordost"));
            all.put("assign " + locale, cards.assignForm(locale, full, members));
            CaseCards.FormState wrong = new CaseCards.FormState(Map.of("advice", longest, "adviceAgency", "FK"),
                    Map.of("advice", "Texten har 3 100 tecken; högst 3 000 får plats."),
                    privacy.check(locale, List.of(new PrivacyFeedback.Field("advice", "Rådet", longest)), Set.of())
                        .orElseThrow()
                        .elements());
            all.put("advice dialog " + locale, cards.adviceDialog(locale, full, CaseCards.FormState.empty()));
            all.put("advice dialog again " + locale, cards.adviceDialog(locale, full, wrong));
            all.put("question dialog " + locale, cards.questionDialog(locale, full, CaseCards.FormState.empty()));
            all.put("assign dialog " + locale, cards.assignDialog(locale, full, members,
                    new CaseCards.FormState(Map.of(), Map.of("assignee", "Välj en teammedlem."), List.of())));
            all.put("close dialog " + locale, cards.closeDialog(locale, full));
            all.put("advice " + locale, cards.adviceNotice(locale, full, full.entry(0)));
            all.put("question " + locale, cards.questionNotice(locale, full, full.entry(0)));
            all.put("answer " + locale, cards.answerInThread(locale, full, full.entry(0)));
            all.put("entry " + locale, cards.entryInThread(locale, full, full.entry(0)));
            all.put("outcome " + locale, cards.outcomeRequest(locale, full));
            all.put("unreachable " + locale, cards.caseworkerUnreachable(locale, full));
            all.put("reminder " + locale, cards.reminder(locale, full, 3, "Konsultationsteam Nordost"));
            all.put("list " + locale, cards.list(locale, "Teamets öppna ärenden", "Inga",
                    IntStream.range(0, 200).mapToObj((i) -> CaseFixtures.fullCase(i, "x", "y", 2, "z")).toList(),
                    se.finsam.samverkansbot.teams.cards.CardAction.execute("Visa stängda", CaseLists.LIST,
                            Map.of(CaseLists.SCOPE, "TEAM", CaseLists.CLOSED, true))));
        }

        return all;
    }

    private static int sizeAsSent(AdaptiveCard card) {
        try {
            return Serialization.toString(CaseReplies.cardActivity(card)).getBytes(StandardCharsets.UTF_8).length;
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(JsonNode node, Set<String> inputIds, List<String> problems) {
        if (node.isArray()) {
            node.forEach((child) -> check(child, inputIds, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText(null);
        if (type != null && !TYPES_OF_1_5.contains(type)) {
            problems.add("type " + type + " is not in Adaptive Cards 1.5");
        }
        if (type != null && type.startsWith("Input.")) {
            String id = node.path("id").asText("");
            if (!id.matches("[A-Za-z0-9._-]+") || !inputIds.add(id)) {
                problems.add("input id '" + id + "' is missing, malformed or not unique");
            }
            if (node.has("errorMessage")
                    && (!node.path("isRequired").asBoolean(false) || node.path("label").asText("").isBlank())) {
                problems.add("input " + id + " has an error message but no label or is not required");
            }
        }
        boolean dialog = node.path("data").has(CardAction.DIALOG);
        if (("Action.Submit".equals(type) || "Action.Execute".equals(type)) && !dialog
                && !VERBS.contains(node.path("data").path("verb").asText())) {
            problems.add("submit '" + node.path("title").asText() + "' has no verb the bot handles");
        }
        if ("Action.Submit".equals(type) && dialog
                && !DIALOGS.contains(node.path("data").path(CardAction.DIALOG).asText())) {
            problems.add("dialog button '" + node.path("title").asText() + "' opens no dialog the bot has");
        }
        // A card's refresh changes nothing: it needs no idempotency key.
        boolean refresh = CaseCards.VIEW.equals(node.path("verb").asText());
        if ("Action.Execute".equals(type)
                && (!node.path("verb").asText().equals(node.path("data").path("verb").asText())
                        || (!refresh && node.path("data").path(CardAction.KEY).asText().isBlank()))) {
            problems.add("execute '" + node.path("title").asText() + "' has no verb or no idempotency key");
        }
        if ("Action.ShowCard".equals(type) && !"AdaptiveCard".equals(node.path("card").path("type").asText())) {
            problems.add("show-card '" + node.path("title").asText() + "' has no card");
        }
        if ("TextBlock".equals(type) && node.path("text").asText("").isBlank()) {
            problems.add("empty text block");
        }
        // Teams' own data on a button ({"msteams": {"type": "task/fetch"}}) is not a card
        // element.
        node.properties()
            .stream()
            .filter((field) -> !"msteams".equals(field.getKey()))
            .forEach((field) -> check(field.getValue(), inputIds, problems));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/privacy", "i18n/cases");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
