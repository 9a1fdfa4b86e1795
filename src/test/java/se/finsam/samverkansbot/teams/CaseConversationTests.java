package se.finsam.samverkansbot.teams;

import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation case end to end through {@code /api/messages}: a coordinator sets up
 * the konsultationsteam, a caseworker raises a case, the guard refuses identifying text,
 * and the clean case is posted in the team's channel.
 */
class CaseConversationTests {

    private static final TestUser COORDINATOR = TestUsers.COORDINATOR;

    private static final TestUser CASEWORKER = TestUsers.CASEWORKER;

    private static final TestUser MEMBER = TestUsers.TEAM_MEMBER;

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void aCoordinatorSetsUpTheTeamAndACleanCaseIsPostedInItsChannel(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client, "Osby, Hässleholm");
            client.send(TestActivities.botInstalledPersonally(CASEWORKER));
            CaseTestBot.awaitNth(CASEWORKER.personalConversationId(), 0);

            client.send(TestActivities.personalMessage(CASEWORKER, "nytt ärende"));
            SentActivity form = CaseTestBot.awaitNth(CASEWORKER.personalConversationId(), 1);
            assertThat(form.cardText()).contains("Nytt ärende till konsultationsteamet");

            Map<String, Object> filled = caseForm("Osby",
                    "Kvinna 30–39 år, pnr 19850312-1234, sjukskriven sedan två år, avslag på SA.");
            client.send(TestActivities.personalSubmit(CASEWORKER, CaseActivities.data(filled)));
            SentActivity refused = CaseTestBot.awaitNth(CASEWORKER.personalConversationId(), 2);
            assertThat(refused.cardText()).contains("Texten kan identifiera en person", "personnummer",
                    "19850312-1234");
            JsonNode kept = CaseTestBot.input(refused.adaptiveCards().get(0), CaseForm.QUESTION);
            assertThat(kept.path("value").asText()).isEqualTo(filled.get(CaseForm.QUESTION));

            filled.put(CaseForm.SITUATION, "Kvinna 30–39 år, sjukskriven sedan två år, avslag på SA.");
            client.send(TestActivities.personalSubmit(CASEWORKER, CaseActivities.data(filled)));
            SentActivity confirmation = CaseTestBot.awaitNth(CASEWORKER.personalConversationId(), 3);
            String reference = "K-" + Year.now(ZoneId.of("Europe/Stockholm")) + "-0001";
            assertThat(confirmation.cardText()).contains("Ditt ärende " + reference);

            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.activityId() == null && sent.cardText().contains(reference));
            assertThat(posted.cardText()).contains("Nytt ärende " + reference, "Anna Handläggare", "Osby", "30–39 år",
                    "avslag på SA", "Ge råd", "Tilldela");
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

    static List<String> unused() {
        return List.of(MEMBER.name());
    }

}
