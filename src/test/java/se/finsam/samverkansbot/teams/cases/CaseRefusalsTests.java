package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseStatus;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A button whose change the domain refuses inside its own transaction (the case was
 * closed meanwhile) answers with the refusal in Swedish, through {@code /api/messages},
 * and keeps nothing: the button's idempotency key is not spent on a change that did not
 * happen.
 */
class CaseRefusalsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void closingACaseTheTeamClosedMeanwhileIsAnsweredThatItIsClosedAndChangesNothing(@TempDir Path dataDir)
            throws Exception {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, teamId, "Konsultationsteam Nordost"));
            CaseTestBot.awaitNth(teamId, 0);
            client.send(CaseActivities.channelMessage(TestUsers.COORDINATOR, teamId, CaseActivities.newThread(),
                    "konsultationsteam Osby"));
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(CaseConversationTests.caseForm("Osby", "Man 25–29 år, vill börja arbeta."))));
            SentActivity own = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Ditt ärende K-"));
            JsonNode closeOwn = TestActivities.button(own.adaptiveCards().get(0), CaseCards.CLOSE_OWN);
            long caseId = closeOwn.path("data").path(CaseCards.CASE_ID).asLong();
            CaseManagement cases = bot.bean(CaseManagement.class);

            // The team closes the case while the caseworker's card still offers closing.
            cases.closeByTeam(caseId, teamId, UserId.of(member.aadObjectId()));

            JsonNode answer = press(client, closeOwn, own);
            assertThat(answer.path("value").asText()).isEqualTo("Ärendet är redan stängt.");
            // The key was not spent: pressed again, the button is answered the same way,
            // not with "already done".
            assertThat(press(client, closeOwn, own).path("value").asText()).isEqualTo("Ärendet är redan stängt.");
            ConsultationCase closed = cases.find(caseId).orElseThrow();
            assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.outcome()).as("the refused close recorded no outcome").isNull();
        }
    }

    private JsonNode press(BotClient client, JsonNode button, SentActivity card) throws Exception {
        BotClient.Response response = client.send(TestActivities
            .personalSubmit(caseworker,
                    TestActivities.pressed(button, Map.of("outcome", "NO_ADVICE_GIVEN", "nextStep", "false")))
            .pressing(button, card.body().path("id").asText(null)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}
