package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseStatus;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.OutboxRows;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation case end to end through {@code /api/messages}: a coordinator sets up
 * the konsultationsteam, a caseworker raises a case, the guard refuses identifying text,
 * and the clean case is posted in the team's channel.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseConversationTests {

    private static final TestUser COORDINATOR = TestUsers.COORDINATOR;

    // The fake connector records for the whole test JVM: people of their own per test.
    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void aCoordinatorSetsUpTheTeamAndACleanCaseIsPostedInItsChannel(@TempDir Path dataDir, CapturedOutput output) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby, Hässleholm");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);

            client.send(TestActivities.personalMessage(caseworker, "nytt ärende"));
            SentActivity form = CaseTestBot.awaitNth(caseworker.personalConversationId(), 1);
            assertThat(form.cardText()).contains("Nytt ärende till konsultationsteamet");

            Map<String, Object> filled = caseForm("Osby",
                    "Kvinna 30–39 år, pnr 19850312-1234, sjukskriven sedan två år, avslag på SA.");
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(filled)));
            SentActivity refused = CaseTestBot.awaitNth(caseworker.personalConversationId(), 2);
            assertThat(refused.cardText()).contains("Texten kan identifiera en person", "personnummer")
                .doesNotContain("19850312-1234");
            JsonNode kept = CaseTestBot.input(refused.adaptiveCards().get(0), CaseForm.QUESTION);
            assertThat(kept.path("value").asText()).isEqualTo(filled.get(CaseForm.QUESTION));

            filled.put(CaseForm.SITUATION, "Kvinna 30–39 år, sjukskriven sedan två år, avslag på SA.");
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(filled)));
            SentActivity confirmation = CaseTestBot.awaitNth(caseworker.personalConversationId(), 3);
            String reference = "K-" + Year.now(ZoneId.of("Europe/Stockholm")) + "-0001";
            assertThat(confirmation.cardText()).contains("Ditt ärende " + reference);

            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains(reference));
            assertThat(posted.cardText()).contains("Nytt ärende " + reference, "Anna Handläggare", "Osby", "30–39 år",
                    "avslag på SA", "Ge råd", "Tilldela");
            assertThat(output.getAll()).as("nothing of what the caseworker wrote is logged")
                .contains("raised by " + caseworker.aadObjectId())
                .doesNotContain("19850312-1234", "sjukskriven sedan två år", "mellan stolarna");
        }
    }

    @Test
    void aCaseGoesFromRaiseThroughAdviceAndClarificationToCloseWithOutcomeAcrossARestart(@TempDir Path dataDir,
            CapturedOutput output) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            TestUser rosterOnly = TestUsers.fresh("Rut Rosterdotter");
            FakeConnector.get().roster(teamId, COORDINATOR, member, rosterOnly);
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities
                .data(caseForm("Osby", "Man 25–29 år, har aktivitetsersättning, vill börja arbeta."))));
            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
            long caseId = posted.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
            String thread = CaseActivities.newThread();
            client.send(CaseActivities.channelMessage(member, teamId, thread, "ärenden"));
            assertThat(CaseTestBot
                .awaitMatching(teamId, (sent) -> sent.activityId() != null && sent.cardText().contains("Väntar på råd"))
                .cardText()).contains("K-", "Osby", "Väntar på råd");

            // Nothing is lost when the bot restarts between the steps.
            bot.restart();
            client = bot.client();

            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice",
                            "Boka ett trepartsmöte med AF och FK om arbetsträning.", "adviceAgency", "FK"))));
            SentActivity advice = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Råd i ärende"));
            assertThat(advice.cardText()).contains("Boka ett trepartsmöte", "Fatima Teammedlem (Försäkringskassan)");
            SentActivity updated = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Råd givet"));
            assertThat(updated.activityId()).as("the posted card, by the id Teams gave it").startsWith("sent-");
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Råd givet"));

            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.ASSIGN_FORM, CaseCards.CASE_ID, caseId))));
            SentActivity assignForm = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.cardText().contains("Vem i teamet ska ansvara"));
            assertThat(assignForm.cardText()).as("the team's roster, every page of it")
                .contains("Rut Rosterdotter", "Fatima Teammedlem", COORDINATOR.name());
            client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities.data(Map.of("verb",
                    CaseCards.ASSIGN, CaseCards.CASE_ID, caseId, "assignee", rosterOnly.aadObjectId()))));
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Rut Rosterdotter"));

            client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities.data(Map.of("verb",
                    CaseCards.ASK, CaseCards.CASE_ID, caseId, "clarification", "Har han en SIP redan?"))));
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Har han en SIP redan?"));
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities
                .data(Map.of("verb", CaseCards.ANSWER, CaseCards.CASE_ID, caseId, "answer", "Nej, ingen SIP ännu."))));
            SentActivity answer = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.cardText().contains("Nej, ingen SIP ännu."));
            assertThat(answer.cardText()).contains("Svar från Anna Handläggare");

            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.CLOSE, CaseCards.CASE_ID, caseId))));
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Hur gick det?"));
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(Map.of("verb", CaseCards.OUTCOME,
                    CaseCards.CASE_ID, caseId, "outcome", "PARTLY", "nextStep", "true"))));
            SentActivity recorded = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Tack!"));
            assertThat(recorded.cardText()).as("the outcome as recorded, read-only")
                .contains("Rådet hjälpte delvis", "Ett nästa steg har tagits")
                .doesNotContain("Skicka");

            ConsultationCase closed = bot.bean(CaseManagement.class).find(caseId).orElseThrow();
            assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.outcome()).isEqualTo(Outcome.PARTLY);
            assertThat(closed.nextStepTaken()).isTrue();
            assertThat(closed.count(EntryKind.ADVICE)).isEqualTo(1);
            assertThat(closed.entries()).extracting(CaseEntry::kind)
                .containsExactly(EntryKind.ADVICE, EntryKind.QUESTION, EntryKind.ANSWER);
            assertThat(output.getAll()).as("nothing of what was written is logged")
                .doesNotContain("aktivitetsersättning", "trepartsmöte", "Har han en SIP", "ingen SIP ännu");
        }
    }

    @Test
    void actionsFromOutsideTheOwningTeamAreRefusedAndChangeNothing(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Kvinna 50–64 år, långvarig sjukskrivning."))));
            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
            long caseId = posted.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();

            // Someone outside the team, in personal chat.
            TestUser outsider = TestUsers.fresh("Olle Utomstående");
            client.send(TestActivities.personalSubmit(outsider, CaseActivities
                .data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice", "Ett råd utifrån."))));
            assertThat(CaseTestBot.awaitNth(outsider.personalConversationId(), 0).text())
                .contains("Det ärendet kan du inte hantera här");
            // Another team's channel, with this case's id in the card data.
            String otherTeam = "19:team-" + UUID.randomUUID() + "@thread.tacv2";
            client.send(CaseActivities.channelSubmit(member, otherTeam, CaseActivities.newThread(),
                    CaseActivities.data(Map.of("verb", CaseCards.CLOSE, CaseCards.CASE_ID, caseId))));
            assertThat(CaseTestBot.awaitNth(otherTeam, 0).text()).contains("Det ärendet kan du inte hantera här");
            // The right team, but a case id that is not its case.
            String thread = CaseActivities.newThread();
            client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities
                .data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId + 1000, "advice", "Ett råd."))));
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.text() != null && sent.text().contains("Det ärendet kan du inte hantera här"));
            // Someone who is not the caseworker answers or closes the case.
            client.send(TestActivities.personalSubmit(outsider, CaseActivities
                .data(Map.of("verb", CaseCards.CLOSE_OWN, CaseCards.CASE_ID, caseId, "outcome", "HELPED"))));
            CaseTestBot.awaitNth(outsider.personalConversationId(), 1);

            // Without a roster from Teams, the people seen in the channel can be
            // assigned.
            Instant assignAsked = Instant.now();
            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.ASSIGN_FORM, CaseCards.CASE_ID, caseId))));
            assertThat(CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Vem i teamet ska ansvara"))
                .cardText()).contains(member.name(), COORDINATOR.name());
            // Nobody outside the team can be assigned, whatever the form says.
            client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities.data(
                    Map.of("verb", CaseCards.ASSIGN, CaseCards.CASE_ID, caseId, "assignee", outsider.aadObjectId()))));
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.text() != null
                    && sent.text().contains("Den personen är inte medlem i teamet") && sent.at().isAfter(assignAsked));

            ConsultationCase unchanged = bot.bean(CaseManagement.class).find(caseId).orElseThrow();
            assertThat(unchanged.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(unchanged.entries()).isEmpty();
            assertThat(unchanged.assignee()).isNull();
        }
    }

    @Test
    void aCaseFromAKommunNoTeamCoversIsNotStoredAndItsCoordinatorIsNamed(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Kristianstad", "Kvinna 18–24 år, studerar inte."))));
            assertThat(CaseTestBot.awaitNth(caseworker.personalConversationId(), 1).text()).contains(
                    "Inget konsultationsteam tar emot ärenden från Kristianstad",
                    "samverkanskoordinatorn för Kristianstad: Sven Koordinator");
            assertThat(bot.bean(CaseManagement.class).openCasesOf(UserId.of(caseworker.aadObjectId()))).isEmpty();
        }
    }

    @Test
    void missingFieldsAreShownOnTheFormWithWhatWasTypedKept(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(Map.of("verb", CaseCards.NEW))));
            assertThat(CaseTestBot.awaitNth(caseworker.personalConversationId(), 1).cardText())
                .as("the help card's button opens the form")
                .contains("Nytt ärende till konsultationsteamet");
            Map<String, Object> form = caseForm("Osby", "Kvinna 40–49 år.");
            form.remove(CaseForm.AGE_BAND);
            form.put(CaseForm.CATEGORIES, "");
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(form)));
            JsonNode card = CaseTestBot.awaitNth(caseworker.personalConversationId(), 2).adaptiveCards().get(0);
            assertThat(CaseTestBot.input(card, CaseForm.AGE_BAND).path("errorMessage").asText())
                .isEqualTo("Välj åldersspann.");
            assertThat(CaseTestBot.input(card, CaseForm.CATEGORIES).path("errorMessage").asText())
                .isEqualTo("Välj minst ett område.");
            assertThat(CaseTestBot.input(card, CaseForm.SITUATION).path("value").asText())
                .isEqualTo("Kvinna 40–49 år.");
            assertThat(CaseTestBot.input(card, CaseForm.KOMMUN).path("value").asText()).isEqualTo("Osby");
            assertThat(CaseTestBot.input(card, CaseForm.KOMMUN).path("errorMessage").asText())
                .as("a valid field keeps only the message Teams shows should it be emptied")
                .isEqualTo("Välj kommun.");
        }
    }

    @Test
    void aCaseWithoutAdviceRemindsTheCoordinatorOfItsKommunOnce(@TempDir Path dataDir) {
        Instant start = Instant.now();
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of("samverkansbot.cases.reminder-after-working-days", "0",
                "samverkansbot.cases.reminder-check", "300ms"))) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(COORDINATOR));
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Kvinna 18–24 år, avbrutna studier."))));

            Predicate<SentActivity> reminder = (sent) -> sent.at().isAfter(start)
                    && sent.cardText().contains("har inte fått något råd på 0 arbetsdagar");
            CaseTestBot.awaitMatching(COORDINATOR.personalConversationId(), reminder);
            DataSource database = bot.bean(DataSource.class);
            OutboxRows.awaitFinishedRuns(database, "case-reminders",
                    OutboxRows.timesTriggered(database, "case-reminders") + 2);
            OutboxRows.awaitAllFinished(database);
            assertThat(OutboxRows.written(database, CaseMessages.ORIGIN, "reminder"))
                .as("one reminder written after two more checks")
                .isEqualTo(1);
            assertThat(CaseTestBot.sentTo(COORDINATOR.personalConversationId()).stream().filter(reminder)).as("once")
                .hasSize(1);
        }
    }

    @Test
    void onlyCoordinatorsSetUpATeamAndAKommunAnotherTeamCoveredIsMovedWithNotice(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby, Hässleholm");
            String otherTeam = "19:team-" + UUID.randomUUID() + "@thread.tacv2";
            client.send(TestActivities.botAddedToTeam(COORDINATOR, otherTeam, "Konsultationsteam Syd"));
            CaseTestBot.awaitNth(otherTeam, 0);

            client.send(CaseActivities.channelMessage(member, otherTeam, CaseActivities.newThread(),
                    "konsultationsteam Osby"));
            assertThat(CaseTestBot.awaitNth(otherTeam, 1).text()).contains("Bara förbundets samverkanskoordinatorer");
            client.send(CaseActivities.channelMessage(COORDINATOR, otherTeam, CaseActivities.newThread(),
                    "konsultationsteam Osby, Ankeborg"));
            assertThat(CaseTestBot.awaitNth(otherTeam, 2).text()).contains("ingen kommun som heter Ankeborg",
                    "Osby, Hässleholm, Kristianstad");
            client.send(CaseActivities.channelMessage(COORDINATOR, otherTeam, CaseActivities.newThread(),
                    "konsultationsteam osby"));
            assertThat(CaseTestBot.awaitNth(otherTeam, 3).text()).contains("konsultationsteam för **Osby**",
                    "Osby flyttades hit från Konsultationsteam Nordost");

            client.send(CaseActivities.channelMessage(member, teamId, CaseActivities.newThread(), "konsultationsteam"));
            assertThat(CaseTestBot
                .awaitMatching(teamId,
                        (sent) -> sent.text() != null
                                && sent.text().startsWith("Det här teamet är konsultationsteam för"))
                .text()).contains("**Hässleholm**");

            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Kvinna 30–39 år, avslag på sjukpenning."))));
            CaseTestBot.awaitMatching(otherTeam, (sent) -> sent.cardText().contains("Nytt ärende K-"));
            assertThat(CaseTestBot.sentTo(teamId)).noneMatch((sent) -> sent.cardText().contains("Nytt ärende K-"));
        }
    }

    @Test
    void theCaseworkerClosesTheirCaseWithoutAdviceWithAnOutcomeThatFitsAndTheChannelCardShowsItClosed(
            @TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Man 40–49 år, ekonomiskt bistånd sedan länge."))));
            SentActivity own = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Ditt ärende K-"));
            long caseId = own.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Nytt ärende K-"));

            client.send(TestActivities.personalMessage(caseworker, "mina ärenden"));
            assertThat(CaseTestBot
                .awaitMatching(caseworker.personalConversationId(),
                        (sent) -> sent.cardText().contains("Dina öppna ärenden\n"))
                .cardText()).contains("K-", "Osby");

            // No advice yet: the closing form offers why, not what the advice did.
            JsonNode closeForm = TestActivities.button(own.adaptiveCards().get(0), CaseCards.CLOSE_OWN);
            assertThat(own.cardText()).contains("Inget råd gavs", "Dubblett", "Löstes på annat sätt")
                .doesNotContain("Rådet hjälpte");
            assertThat(closeForm.path("type").asText()).isEqualTo("Action.Execute");
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(Map.of("verb",
                    CaseCards.CLOSE_OWN, CaseCards.CASE_ID, caseId, "outcome", "HELPED", "nextStep", "false"))));
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.text() != null && sent.text().startsWith("Inget råd har getts i ärendet"));
            assertThat(bot.bean(CaseManagement.class).find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);

            client
                .send(TestActivities.personalSubmit(caseworker, CaseActivities.data(Map.of("verb", CaseCards.CLOSE_OWN,
                        CaseCards.CASE_ID, caseId, "outcome", "NO_ADVICE_GIVEN", "nextStep", "false"))));
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Tack!") && sent.cardText().contains("Inget råd gavs"));
            SentActivity closedCard = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains("Stängt"));
            assertThat(closedCard.cardText()).doesNotContain("Ge råd");
            ConsultationCase closed = bot.bean(CaseManagement.class).find(caseId).orElseThrow();
            assertThat(closed.outcome()).isEqualTo(Outcome.NO_ADVICE_GIVEN);
            assertThat(closed.nextStepTaken()).isFalse();
            // The statistics count it as closed without advice.
            assertThat(bot.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT outcome FROM stat_case WHERE case_id = ?", String.class, caseId))
                .isEqualTo("NO_ADVICE");

            client.send(TestActivities.personalMessage(caseworker, "mina ärenden"));
            CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Du har inga öppna ärenden"));
        }
    }

    @Test
    void theTeamIsToldInTheThreadWhenTheCaseworkerCanNoLongerBeReached(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Kvinna 65 år eller äldre, hemtjänst och vård."))));
            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
            long caseId = posted.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
            client.send(TestActivities.botRemovedPersonally(caseworker));

            client.send(CaseActivities.channelSubmit(member, teamId, CaseActivities.newThread(), CaseActivities
                .data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice", "Ta kontakt med FK."))));
            assertThat(CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Boten når inte längre"))
                .cardText()).contains("Anna Handläggare", "K-");
        }
    }

    @Test
    void theTeamIsToldInTheThreadWhenTeamsRefusesAdviceToTheCaseworkerWith403(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(caseForm("Osby", "Man 50–59 år, sjukskriven sedan länge."))));
            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
            long caseId = posted.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
            // The caseworker blocked the bot, which the bot learns only from Teams'
            // answer.
            FakeConnector.get().script(caseworker.personalConversationId(), FakeConnector.Scripted.status(403));
            try {
                client.send(CaseActivities.channelSubmit(member, teamId, CaseActivities.newThread(), CaseActivities
                    .data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice", "Ring AF."))));
                assertThat(
                        CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Boten når inte längre"))
                            .cardText())
                    .contains("Anna Handläggare", "K-");
            }
            finally {
                FakeConnector.get().unscript(caseworker.personalConversationId());
            }
        }
    }

    private void setUpTeam(BotClient client, String kommuner) {
        client.send(TestActivities.botAddedToTeam(COORDINATOR, teamId, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(teamId, 0);
        String thread = CaseActivities.newThread();
        client.send(CaseActivities.channelMessage(COORDINATOR, teamId, thread, "konsultationsteam " + kommuner));
        SentActivity done = CaseTestBot.awaitMatching(teamId,
                (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
        assertThat(done.text()).contains("konsultationsteam för **Osby");
    }

    static Map<String, Object> caseForm(String kommun, String situation) {
        Map<String, Object> form = new HashMap<>();
        form.put("verb", CaseCards.RAISE);
        form.put(CaseForm.KOMMUN, kommun);
        form.put(CaseForm.OWN_AGENCY, "FK");
        form.put(CaseForm.AGENCIES, "AF,KOMMUN_SOCIAL_SERVICES");
        form.put(CaseForm.AGE_BAND, "AGE_30_39");
        form.put(CaseForm.GENDER, "WOMAN");
        form.put(CaseForm.CATEGORIES, "RULES,INCOME");
        form.put(CaseForm.SITUATION, situation);
        form.put(CaseForm.QUESTION, "Hur kan vi samordna insatserna så att hon inte hamnar mellan stolarna?");
        form.put(CaseForm.WRITTEN_ADVICE, "true");
        return form;
    }

}
