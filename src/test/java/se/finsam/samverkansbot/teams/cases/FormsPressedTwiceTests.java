package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form pressed twice, at once (a double click) and again later (an old copy), is acted
 * on once, through {@code /api/messages} as the Teams client presses the card's button:
 * one case, one piece of advice, one answer. The second press gets the first one's
 * answer.
 */
class FormsPressedTwiceTests {

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void aCaseFormSentTwiceAtOnceAndAgainLaterRaisesOneCase(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client);
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalMessage(caseworker, "nytt ärende"));
            SentActivity form = CaseTestBot.awaitNth(caseworker.personalConversationId(), 1);
            JsonNode send = TestActivities.button(form.adaptiveCards().get(0), CaseCards.RAISE);
            Map<String, Object> filled = CaseConversationTests.caseForm("Osby",
                    "Man 25–29 år, har aktivitetsersättning, vill börja arbeta.");
            filled.remove("verb");

            List<BotClient.Response> answers = client
                .sendTwiceAtOnce(() -> TestActivities.personalSubmit(caseworker, TestActivities.pressed(send, filled))
                    .pressing(send, "form-message"));
            BotClient.Response later = client
                .send(TestActivities.personalSubmit(caseworker, TestActivities.pressed(send, filled))
                    .pressing(send, "form-message"));

            CaseManagement cases = bot.bean(CaseManagement.class);
            assertThat(cases.openCasesOf(UserId.of(caseworker.aadObjectId()))).as("one case from one form").hasSize(1);
            assertThat(answers).extracting(BotClient.Response::status).containsOnly(200);
            assertThat(answers.get(0).body()).as("both presses get the case card")
                .contains("Ditt ärende K-")
                .isEqualTo(answers.get(1).body());
            assertThat(later.body()).isEqualTo(answers.get(0).body());
            assertThat(CaseTestBot.sentTo(caseworker.personalConversationId()))
                .as("the answers replace the form; nothing is posted")
                .hasSize(2);

            // A day later the kept answer (it holds what was written) is cleared by the
            // nightly job; the old form still raises nothing.
            JdbcClient jdbc = bot.bean(JdbcClient.class);
            jdbc.sql("UPDATE card_action_key SET processed_at = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))))
                .update();
            try {
                bot.bean(Scheduler.class).triggerJob(JobKey.jobKey("card-action-key-cleanup", "teams"));
            }
            catch (SchedulerException failed) {
                throw new IllegalStateException(failed);
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (jdbc.sql("SELECT COUNT(*) FROM card_action_key WHERE answer_json IS NOT NULL")
                .query(Long.class)
                .single() > 0 && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            BotClient.Response muchLater = client
                .send(TestActivities.personalSubmit(caseworker, TestActivities.pressed(send, filled))
                    .pressing(send, "form-message"));
            assertThat(muchLater.body()).contains("redan skickat").doesNotContain("Man 25–29 år");
            assertThat(cases.openCasesOf(UserId.of(caseworker.aadObjectId()))).hasSize(1);
        }
    }

    @Test
    void adviceAndAnAnswerSentTwiceAtOnceAreRelayedOnce(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client);
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(CaseConversationTests.caseForm("Osby", "Man 25–29 år, vill börja arbeta."))));
            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
            JsonNode card = posted.adaptiveCards().get(0);
            long caseId = card.findValue(CaseCards.CASE_ID).asLong();
            String thread = CaseActivities.newThread();

            JsonNode advise = dialogForm(client,
                    CaseActivities.channelSubmit(member, teamId, thread,
                            TestActivities.pressed(TestActivities.dialogButton(card, CaseCards.ADVISE), Map.of())))
                .path("value")
                .path("card")
                .path("content");
            JsonNode sendAdvice = TestActivities.dialogButton(advise, CaseCards.ADVISE);
            Map<String, Object> advice = Map.of("advice", "Boka ett trepartsmöte med AF och FK.", "adviceAgency", "FK");
            Supplier<TestActivities> giveAdvice = () -> CaseActivities
                .channelSubmit(member, teamId, thread, TestActivities.pressed(sendAdvice, advice))
                .asDialog("task/submit");
            List<BotClient.Response> advised = new ArrayList<>(client.sendTwiceAtOnce(giveAdvice));
            advised.add(client.send(giveAdvice.get()));

            JsonNode ask = dialogForm(client,
                    CaseActivities.channelSubmit(member, teamId, thread,
                            TestActivities.pressed(TestActivities.dialogButton(card, CaseCards.ASK), Map.of())))
                .path("value")
                .path("card")
                .path("content");
            client.send(CaseActivities.channelSubmit(member, teamId, thread, TestActivities.pressed(
                    TestActivities.dialogButton(ask, CaseCards.ASK), Map.of("clarification", "Har han en SIP redan?")))
                .asDialog("task/submit"));
            SentActivity question = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Har han en SIP redan?"));
            JsonNode answer = TestActivities.button(question.adaptiveCards().get(0), CaseCards.ANSWER);
            Supplier<TestActivities> sendAnswer = () -> TestActivities
                .personalSubmit(caseworker, TestActivities.pressed(answer, Map.of("answer", "Nej, ingen SIP.")))
                .pressing(answer, "question-message");
            List<BotClient.Response> answered = new ArrayList<>(client.sendTwiceAtOnce(sendAnswer));
            answered.add(client.send(sendAnswer.get()));

            ConsultationCase found = bot.bean(CaseManagement.class).find(caseId).orElseThrow();
            assertThat(advised).extracting(BotClient.Response::status).as("every press is answered").containsOnly(200);
            assertThat(advised).extracting(BotClient.Response::body)
                .as("every press of the dialog's form closes it the same way")
                .containsOnly(advised.get(0).body());
            assertThat(answered).extracting(BotClient.Response::status).as("every press is answered").containsOnly(200);
            assertThat(answered.get(0).body()).as("the answered question, read-only, replaces the form")
                .contains("Ditt svar i ärende K-", "Nej, ingen SIP.", "Har han en SIP redan?")
                .doesNotContain(CaseCards.ANSWER);
            assertThat(answered).extracting(BotClient.Response::body)
                .as("pressing the old form again shows what was sent")
                .containsOnly(answered.get(0).body());
            assertThat(found.count(EntryKind.ADVICE)).as("one advice from one form").isEqualTo(1);
            assertThat(found.count(EntryKind.ANSWER)).as("one answer from one form").isEqualTo(1);
            assertThat(CaseTestBot.sentTo(caseworker.personalConversationId()))
                .filteredOn((sent) -> sent.cardText().contains("Boka ett trepartsmöte"))
                .as("the advice is relayed to the caseworker once")
                .hasSize(1);
        }
    }

    /**
     * The bot under test, on H2 files; {@link FormsPressedTwiceOnPostgresTests} on
     * PostgreSQL.
     */
    RunningBot start(Path dataDir) {
        return CaseTestBot.start(dataDir, Map.of());
    }

    /** The task of the answer to opening a dialog. */
    private static JsonNode dialogForm(BotClient client, TestActivities pressed) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(client.send(pressed.asDialog("task/fetch")).body())
                .path("task");
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private void setUpTeam(BotClient client) {
        client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, teamId, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(teamId, 0);
        client.send(CaseActivities.channelMessage(TestUsers.COORDINATOR, teamId, CaseActivities.newThread(),
                "konsultationsteam Osby"));
        CaseTestBot.awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
    }

}
