package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text the privacy guard refused is never posted or quoted back: not in the case's
 * thread, not on the form that comes back, not in personal chat. The user is told what
 * kind of data was found and where, and only they are told.
 */
class RefusedTextTests {

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @Test
    void refusedAdviceInTheChannelReachesOnlyItsAuthorWithoutTheDataAndKeepsTheOtherFields(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            long caseId = raiseCase(client);
            String thread = CaseActivities.newThread();
            int channelBefore = CaseTestBot.sentTo(teamId).size();

            String refused = "Ring mamman på 070-987 65 43 så ordnar det sig.";
            client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities.data(Map.of("verb",
                    CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice", refused, "adviceAgency", "FK"))));
            SentActivity opened = FakeConnector.get()
                .awaitSent(
                        (sent) -> sent.kind() == SentActivity.Kind.CREATE_CONVERSATION
                                && sent.body().path("members").path(0).path("id").asText().equals(member.id()),
                        java.time.Duration.ofSeconds(15));
            JsonNode card = opened.body().path("activity").path("attachments").path(0).path("content");
            String shown = card.toString();
            assertThat(shown).as("what was found and where, to the member only")
                .contains("telefonnummer i texten")
                .doesNotContain("070-987 65 43", "Ring mamman", "ordnar det sig");
            assertThat(CaseTestBot.input(card, "adviceAgency").path("value").asText()).as("the agency chosen is kept")
                .isEqualTo("FK");
            assertThat(CaseTestBot.input(card, "advice").path("value").isMissingNode()).isTrue();
            assertThat(CaseTestBot.sentTo(teamId)).as("nothing in the channel").hasSize(channelBefore);

            // The form in the member's personal chat acts for the team, for its author
            // only.
            JsonNode data = card.path("actions").path(0).path("data");
            Map<String, Object> retry = new HashMap<>(
                    Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "teamId", data.path("teamId").asText(),
                            "advice", "Be om ett trepartsmöte med AF.", "adviceAgency", "FK"));
            TestUser outsider = TestUsers.fresh("Olle Utanför");
            client.send(TestActivities.personalSubmit(outsider, CaseActivities.data(retry)));
            assertThat(CaseTestBot.awaitNth(outsider.personalConversationId(), 0).text())
                .contains("Det ärendet kan du inte hantera här");
            client.send(TestActivities.personalSubmit(member, CaseActivities.data(retry)));
            SentActivity advice = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.cardText().contains("Råd i ärende"));
            assertThat(advice.cardText()).contains("Be om ett trepartsmöte", "Fatima Teammedlem (Försäkringskassan)");
            assertThat(bot.bean(CaseManagement.class).find(caseId).orElseThrow().count(EntryKind.ADVICE)).isEqualTo(1);

            assertNeverSent("070-987 65 43", "Ring mamman");
        }
    }

    @Test
    void aRefusedCaseFormComesBackWithoutTheRefusedTextAndSaysWhereInWords(@TempDir Path dataDir) {
        try (RunningBot bot = CaseTestBot.start(dataDir, Map.of())) {
            BotClient client = bot.client();
            setUpTeam(client);
            client.send(TestActivities.botInstalledPersonally(caseworker));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            Map<String, Object> filled = CaseConversationTests.caseForm("Osby",
                    "Kvinna i trettioårsåldern med lång sjukskrivning.\nHon har pnr 19640823-3234 och fick avslag i våras.");
            client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(filled)));
            SentActivity form = CaseTestBot.awaitNth(caseworker.personalConversationId(), 1);
            assertThat(form.cardText()).contains("personnummer eller samordningsnummer i andra raden")
                .doesNotContain("lång sjukskrivning", "avslag i våras");
            JsonNode card = form.adaptiveCards().get(0);
            assertThat(CaseTestBot.input(card, CaseForm.SITUATION).path("value").isMissingNode())
                .as("the refused field is empty")
                .isTrue();
            assertThat(CaseTestBot.input(card, CaseForm.QUESTION).path("value").asText()).as("other fields are kept")
                .isEqualTo(filled.get(CaseForm.QUESTION));
            assertNeverSent("19640823-3234", "lång sjukskrivning", "avslag i våras");
        }
    }

    private long raiseCase(BotClient client) {
        setUpTeam(client);
        client.send(TestActivities.botInstalledPersonally(caseworker));
        CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
        client.send(TestActivities.personalSubmit(caseworker,
                CaseActivities.data(CaseConversationTests.caseForm("Osby", "Man 25–29 år, vill börja arbeta."))));
        SentActivity posted = CaseTestBot.awaitMatching(teamId,
                (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"));
        return posted.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
    }

    private void setUpTeam(BotClient client) {
        client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, teamId, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(teamId, 0);
        client.send(CaseActivities.channelMessage(TestUsers.COORDINATOR, teamId, CaseActivities.newThread(),
                "konsultationsteam Osby"));
        CaseTestBot.awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
    }

    /** Nothing the bot sent to anyone, in any form, holds these strings. */
    static void assertNeverSent(String... typed) {
        List<String> everything = FakeConnector.get().sent().stream().map((sent) -> sent.body().toString()).toList();
        for (String value : typed) {
            assertThat(everything).as("no activity the bot sent contains what was refused")
                .noneMatch((body) -> body.contains(value));
        }
    }

}
