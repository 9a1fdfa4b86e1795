package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseStatus;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons of a case card in the team's channel open Teams dialogs ({@code task/fetch}
 * and {@code task/submit} invokes through {@code /api/messages}): what is wrong with a
 * form, and what the privacy guard found, is shown inside the dialog to its author only;
 * success closes the dialog and the case card in the channel is updated; every step is
 * authorised again on the server and a form sent twice acts once.
 */
class CaseDialogTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    private final String thread = CaseActivities.newThread();

    @Test
    void adviceGivenInADialogClosesItAndUpdatesTheCaseCardInTheChannel(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            JsonNode card = raiseCase(client);
            long caseId = card.findValue(CaseCards.CASE_ID).asLong();
            JsonNode open = TestActivities.dialogButton(card, CaseCards.ADVISE);
            assertThat(open.path("type").asText()).isEqualTo("Action.Submit");
            assertThat(open.path("data").path("msteams").path("type").asText()).isEqualTo("task/fetch");

            JsonNode shown = task(client.send(dialog(member, open, Map.of(), "task/fetch")));
            assertThat(shown.path("type").asText()).isEqualTo("continue");
            assertThat(shown.path("value").path("title").asText()).startsWith("Ge råd i ärende K-");
            JsonNode form = shown.path("value").path("card").path("content");
            assertThat(AdaptiveCardValidator.shared().problems(form)).isEmpty();
            assertThat(SentActivity.textOf(form)).contains("Handläggarens fråga till teamet");
            assertThat(CaseTestBot.input(form, "advice").path("label").asText())
                .isEqualTo("Ditt råd till handläggaren");

            JsonNode done = task(client.send(dialog(member, TestActivities.dialogButton(form, CaseCards.ADVISE),
                    Map.of("advice", "Boka ett trepartsmöte med AF och FK om arbetsträning.", "adviceAgency", "FK"),
                    "task/submit")));

            assertThat(done.path("type").asText()).as("the dialog closes").isEqualTo("message");
            assertThat(done.path("value").asText()).isEqualTo("Rådet har skickats till handläggaren.");
            SentActivity advice = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Råd i ärende"));
            assertThat(advice.cardText()).contains("Boka ett trepartsmöte", "Fatima Teammedlem (Försäkringskassan)");
            SentActivity updated = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Råd givet"));
            assertThat(TestActivities.dialogButton(updated.adaptiveCards().get(0), CaseCards.ADVISE))
                .as("the updated card still opens the dialogs")
                .isNotNull();
            assertThat(bot.bean(CaseManagement.class).find(caseId).orElseThrow().count(EntryKind.ADVICE)).isEqualTo(1);
        }
    }

    @Test
    void everyProblemWithAFormIsShownInsideTheDialogToItsAuthorOnlyAndTheRefusedTextNeverComesBack(
            @TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            JsonNode card = raiseCase(client);
            long caseId = card.findValue(CaseCards.CASE_ID).asLong();
            JsonNode form = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.ADVISE), Map.of(), "task/fetch")))
                .path("value")
                .path("card")
                .path("content");
            int sentBefore = FakeConnector.get().sent().size();

            // Too long and with a phone number in its second line: both are said, in the
            // dialog; the number is not.
            String tooLong = "Hör av dig till pappan på telefon.\nHan nås på 073-555 12 34 efter lunch. "
                    + "Boka ett trepartsmöte. ".repeat(140);
            JsonNode again = task(client.send(dialog(member, TestActivities.dialogButton(form, CaseCards.ADVISE),
                    Map.of("advice", tooLong, "adviceAgency", "AF"), "task/submit")));
            assertThat(again.path("type").asText()).as("the dialog stays open").isEqualTo("continue");
            JsonNode shown = again.path("value").path("card").path("content");
            String text = SentActivity.textOf(shown);
            assertThat(text).contains("telefonnummer i andra raden", "Texten har", "högst")
                .doesNotContain("073-555 12 34", "Hör av dig till pappan");
            assertThat(CaseTestBot.input(shown, "advice").path("value").isMissingNode())
                .as("the refused text is not on the form")
                .isTrue();
            assertThat(CaseTestBot.input(shown, "adviceAgency").path("value").asText()).as("the agency is kept")
                .isEqualTo("AF");
            assertThat(AdaptiveCardValidator.shared().problems(shown)).isEmpty();

            // Nothing typed: said in the dialog too.
            JsonNode empty = task(client.send(dialog(member, TestActivities.dialogButton(shown, CaseCards.ADVISE),
                    Map.of("advice", "  ", "adviceAgency", "AF"), "task/submit")))
                .path("value")
                .path("card")
                .path("content");
            assertThat(SentActivity.textOf(empty)).contains("Skriv något först.");

            // Clean but too long: the text is kept so that it can be shortened.
            String cleanTooLong = "Boka ett trepartsmöte. ".repeat(140);
            JsonNode shortenIt = task(client.send(dialog(member, TestActivities.dialogButton(empty, CaseCards.ADVISE),
                    Map.of("advice", cleanTooLong), "task/submit")))
                .path("value")
                .path("card")
                .path("content");
            assertThat(SentActivity.textOf(shortenIt)).contains("Texten har");
            assertThat(CaseTestBot.input(shortenIt, "advice").path("value").asText()).isEqualTo(cleanTooLong);

            JsonNode done = task(client.send(dialog(member, TestActivities.dialogButton(shortenIt, CaseCards.ADVISE),
                    Map.of("advice", "Boka ett trepartsmöte med AF.", "adviceAgency", "AF"), "task/submit")));
            assertThat(done.path("type").asText()).isEqualTo("message");
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Boka ett trepartsmöte med AF."));

            ConsultationCase advised = bot.bean(CaseManagement.class).find(caseId).orElseThrow();
            assertThat(advised.count(EntryKind.ADVICE)).as("only the good advice is stored").isEqualTo(1);
            assertThat(FakeConnector.get().sent().subList(sentBefore, FakeConnector.get().sent().size()))
                .as("the refusals were sent to nobody, not even to the author's personal chat")
                .noneMatch((sent) -> sent.kind() == SentActivity.Kind.CREATE_CONVERSATION)
                .noneMatch((sent) -> sent.body().toString().contains("telefonnummer"));
            RefusedTextTests.assertNeverSent("073-555 12 34", "Hör av dig till pappan");
        }
    }

    @Test
    void aQuestionSentTwiceAtOnceIsAskedOnceAndClosingAsksFirst(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            JsonNode card = raiseCase(client);
            long caseId = card.findValue(CaseCards.CASE_ID).asLong();
            CaseManagement cases = bot.bean(CaseManagement.class);

            JsonNode form = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.ASK), Map.of(), "task/fetch")))
                .path("value")
                .path("card")
                .path("content");
            JsonNode send = TestActivities.dialogButton(form, CaseCards.ASK);
            Supplier<TestActivities> ask = () -> dialog(member, send, Map.of("clarification", "Har han en SIP redan?"),
                    "task/submit");
            List<BotClient.Response> asked = client.sendTwiceAtOnce(ask);
            BotClient.Response later = client.send(ask.get());
            assertThat(asked).extracting(BotClient.Response::status).containsOnly(200);
            assertThat(task(asked.get(0)).path("value").asText()).isEqualTo("Frågan har skickats till handläggaren.");
            assertThat(asked.get(1).body()).isEqualTo(asked.get(0).body());
            assertThat(later.body()).isEqualTo(asked.get(0).body());
            assertThat(cases.find(caseId).orElseThrow().count(EntryKind.QUESTION)).as("one question from one form")
                .isEqualTo(1);

            // Closing asks "Är du säker?" first, and closes nothing until confirmed.
            JsonNode confirm = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.CLOSE), Map.of(), "task/fetch")))
                .path("value")
                .path("card")
                .path("content");
            assertThat(SentActivity.textOf(confirm)).contains("Är du säker?", "Det går inte att ångra");
            assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
            JsonNode closed = task(client
                .send(dialog(member, TestActivities.dialogButton(confirm, CaseCards.CLOSE), Map.of(), "task/submit")));
            assertThat(closed.path("value").asText()).contains("är stängt");
            assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
            SentActivity updated = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Stängt"));
            assertThat(updated.adaptiveCards().get(0).path("actions").size()).as("a closed case has no buttons")
                .isZero();

            // An old dialog form sent after closing changes nothing.
            JsonNode late = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.ADVISE), Map.of(), "task/fetch")));
            assertThat(late.path("type").asText()).isEqualTo("message");
            assertThat(late.path("value").asText()).isEqualTo("Ärendet är redan stängt.");
        }
    }

    @Test
    void forgedIdsAndOutsidersChangeNothingAndAssignOffersOnlyMembers(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            JsonNode card = raiseCase(client);
            long caseId = card.findValue(CaseCards.CASE_ID).asLong();
            CaseManagement cases = bot.bean(CaseManagement.class);
            JsonNode adviceForm = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.ADVISE), Map.of(), "task/fetch")))
                .path("value")
                .path("card")
                .path("content");

            // Another team's channel, with this case's id in the data.
            String otherTeam = "19:team-" + UUID.randomUUID() + "@thread.tacv2";
            TestUser outsider = TestUsers.fresh("Olle Utomstående");
            JsonNode foreign = task(
                    client.send(CaseActivities.channelSubmit(outsider, otherTeam, CaseActivities.newThread(),
                            TestActivities.pressed(TestActivities.dialogButton(adviceForm, CaseCards.ADVISE),
                                    Map.of("advice", "Ett råd utifrån.")))
                        .asDialog("task/submit")));
            assertThat(foreign.path("value").asText()).isEqualTo("Det ärendet kan du inte hantera här.");
            // The right team, a case id that is not its case.
            JsonNode forged = task(client.send(
                    CaseActivities
                        .channelSubmit(member, teamId, thread,
                                CaseActivities.data(Map.of("dialog", CaseCards.CLOSE, CaseCards.CASE_ID, caseId + 1000,
                                        "actionKey", UUID.randomUUID().toString())))
                        .asDialog("task/submit")));
            assertThat(forged.path("value").asText()).isEqualTo("Det ärendet kan du inte hantera här.");

            // Assigning lists the members; someone outside the team cannot be chosen.
            JsonNode assignForm = task(client
                .send(dialog(member, TestActivities.dialogButton(card, CaseCards.ASSIGN), Map.of(), "task/fetch")))
                .path("value")
                .path("card")
                .path("content");
            assertThat(SentActivity.textOf(assignForm)).contains(member.name(), TestUsers.COORDINATOR.name())
                .doesNotContain(outsider.name());
            JsonNode refused = task(
                    client.send(dialog(member, TestActivities.dialogButton(assignForm, CaseCards.ASSIGN),
                            Map.of("assignee", outsider.aadObjectId()), "task/submit")));
            assertThat(refused.path("type").asText()).isEqualTo("continue");
            assertThat(SentActivity.textOf(refused.path("value").path("card").path("content")))
                .contains("finns inte bland teamets medlemmar");
            assertThat(cases.find(caseId).orElseThrow().assignee()).isNull();
            JsonNode assigned = task(client.send(dialog(member,
                    TestActivities.dialogButton(refused.path("value").path("card").path("content"), CaseCards.ASSIGN),
                    Map.of("assignee", member.aadObjectId()), "task/submit")));
            assertThat(assigned.path("value").asText()).contains("Fatima Teammedlem ansvarar nu för ärende K-");
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Fatima Teammedlem"));

            ConsultationCase unchanged = cases.find(caseId).orElseThrow();
            assertThat(unchanged.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(unchanged.entries()).isEmpty();
        }
    }

    private TestActivities dialog(TestUser user, JsonNode button, Map<String, Object> inputs, String invoke) {
        return CaseActivities.channelSubmit(user, teamId, thread, TestActivities.pressed(button, inputs))
            .asDialog(invoke);
    }

    /** The {@code task} of a dialog invoke's answer. */
    private static JsonNode task(BotClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        try {
            return JSON.readTree(response.body()).path("task");
        }
        catch (JsonProcessingException unreadable) {
            throw new AssertionError(response.body(), unreadable);
        }
    }

    private JsonNode raiseCase(BotClient client) {
        client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, teamId, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(teamId, 0);
        client.send(CaseActivities.channelMessage(TestUsers.COORDINATOR, teamId, CaseActivities.newThread(),
                "konsultationsteam Osby"));
        CaseTestBot.awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
        client.send(TestActivities.botInstalledPersonally(caseworker));
        CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
        client.send(TestActivities.personalSubmit(caseworker,
                CaseActivities.data(CaseConversationTests.caseForm("Osby", "Man 25–29 år, vill börja arbeta."))));
        return CaseTestBot
            .awaitMatching(teamId, (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"))
            .adaptiveCards()
            .get(0);
    }

}
