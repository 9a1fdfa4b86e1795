package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.TeamWithdrawn;
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
 * Each reader's own view of a case card in the team's channel (Universal Actions
 * {@code refresh}), through {@code /api/messages} as Teams asks for it: the card as
 * posted is written for any reader and lists the team's members Teams refreshes it for; a
 * member gets the team's buttons and what is theirs to do, in their language; anyone
 * else, also the team the case has moved away from, gets the case without buttons. The
 * team never reads the caseworker's own wording.
 */
class CaseViewsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final TestUser colleague = TestUsers.fresh("Kalle Kollega");

    private final TestUser outsider = TestUsers.fresh("Olle Utomstående");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    private final String nextTeamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void membersSeeTheTeamsViewInTheirLanguageAndEveryoneElseTheCaseWithoutButtons(@TempDir Path dataDir)
            throws Exception {
        FakeConnector.get().roster(teamId, TestUsers.COORDINATOR, member, colleague);
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, teamId);
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.personalSubmit(caseworker,
                    CaseActivities.data(CaseConversationTests.caseForm("Osby", "Man 25–29 år, vill börja arbeta."))));
            JsonNode posted = CaseTestBot
                .awaitMatching(teamId,
                        (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"))
                .adaptiveCards()
                .get(0);
            long caseId = posted.findValue(CaseCards.CASE_ID).asLong();

            // As posted: for any reader, with the team's buttons, refreshed for the
            // members the bot knows from the roster read when the team was set up.
            assertThat(SentActivity.textOf(posted))
                .contains("Handläggarens fråga till teamet", "Vill ha skriftliga råd före nästa möte", "Kön")
                .doesNotContain("Din fråga till teamet", "Jag vill ha skriftliga råd", "frivilligt");
            assertThat(TestActivities.dialogButton(posted, CaseCards.ADVISE)).isNotNull();
            JsonNode refresh = posted.path("refresh");
            assertThat(refresh.path("action").path("type").asText()).isEqualTo("Action.Execute");
            assertThat(refresh.path("action").path("verb").asText()).isEqualTo(CaseCards.VIEW);
            assertThat(texts(refresh.path("userIds"))).contains(member.id(), colleague.id(), TestUsers.COORDINATOR.id())
                .doesNotContain(caseworker.id(), outsider.id());
            assertThat(AdaptiveCardValidator.shared().problems(posted)).isEmpty();
            // The caseworker's own card keeps their wording.
            assertThat(CaseTestBot
                .awaitMatching(caseworker.personalConversationId(), (sent) -> sent.cardText().contains("Ditt ärende"))
                .cardText()).contains("Ärendet har skickats till Konsultationsteam Nordost");

            // A member's own view: the team's buttons; once they answer for the case,
            // that is said to them, not to their colleague.
            JsonNode mine = refresh(client, inChannel(member, teamId), refresh);
            assertThat(AdaptiveCardValidator.shared().problems(mine)).isEmpty();
            assertThat(TestActivities.dialogButton(mine, CaseCards.ADVISE)).isNotNull();
            assertThat(SentActivity.textOf(mine)).contains("Handläggarens fråga till teamet")
                .doesNotContain("Din fråga till teamet", "Du ansvarar för ärendet");
            client.send(CaseActivities.channelSubmit(member, teamId, CaseActivities.newThread(), CaseActivities
                .data(Map.of("verb", CaseCards.ASSIGN, CaseCards.CASE_ID, caseId, "assignee", member.aadObjectId()))));
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains(member.name()));
            assertThat(SentActivity.textOf(refresh(client, inChannel(member, teamId), refresh)))
                .contains("Du ansvarar för ärendet.");
            JsonNode theirs = refresh(client, inChannel(colleague, teamId).locale("en-GB"), refresh);
            assertThat(SentActivity.textOf(theirs)).as("in the reader's language")
                .contains("The caseworker's question to the team", "Give advice")
                .doesNotContain("You are responsible");
            assertThat(TestActivities.dialogButton(theirs, CaseCards.ADVISE)).isNotNull();

            // Not of the team: another team's channel, or the caseworker's personal chat
            // with the card's data: the case, no buttons.
            for (TestActivities stranger : List.of(inChannel(outsider, "19:other-" + UUID.randomUUID()),
                    TestActivities.personalSubmit(caseworker, JSON.createObjectNode()))) {
                JsonNode neutral = refresh(client, stranger, refresh);
                assertThat(neutral.path("actions").size()).isZero();
                assertThat(SentActivity.textOf(neutral)).contains("Bara konsultationsteamet som ärendet ligger hos")
                    .doesNotContain("Din fråga till teamet");
            }

            // The case moves to another team: the old team's card no longer offers its
            // buttons to the old team.
            bot.bean(CaseManagement.class).withdrawTeam(teamId, TeamWithdrawn.Reason.BOT_REMOVED);
            setUpTeam(client, nextTeamId);
            CaseTestBot.awaitMatching(nextTeamId, (sent) -> sent.cardText().contains("Nytt ärende K-"));
            JsonNode moved = refresh(client, inChannel(member, teamId), refresh);
            assertThat(moved.path("actions").size()).isZero();
            assertThat(TestActivities.dialogButton(refresh(client, inChannel(colleague, nextTeamId), refresh),
                    CaseCards.ADVISE))
                .as("the new team's member acts on it")
                .isNotNull();
        }
        finally {
            FakeConnector.get().roster(teamId);
        }
    }

    private void setUpTeam(BotClient client, String team) {
        client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, team, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(team, 0);
        client.send(CaseActivities.channelMessage(TestUsers.COORDINATOR, team, CaseActivities.newThread(),
                "konsultationsteam Osby"));
        CaseTestBot.awaitMatching(team, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
    }

    /** An activity of the user in a new thread of the team's channel. */
    private static TestActivities inChannel(TestUser user, String team) {
        return CaseActivities.channelSubmit(user, team, CaseActivities.newThread(), JSON.createObjectNode());
    }

    /**
     * Teams asking for the reader's own view: the card's refresh action as an
     * {@code adaptiveCard/action} invoke, triggered automatically; the answer's card.
     */
    private static JsonNode refresh(BotClient client, TestActivities from, JsonNode refresh) throws Exception {
        from.node().set("value", refresh.path("action").path("data").deepCopy());
        TestActivities invoke = from.pressing(refresh.path("action"), "case-card-message");
        ((ObjectNode) invoke.node().get("value")).put("trigger", "automatic");
        BotClient.Response response = client.send(invoke);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("type").asText()).as(response.body())
            .isEqualTo("application/vnd.microsoft.card.adaptive");
        return answer.path("value");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach((item) -> texts.add(item.asText()));
        return texts;
    }

}
