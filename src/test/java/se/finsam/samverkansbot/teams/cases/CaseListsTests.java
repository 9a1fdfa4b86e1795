package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way as a new user would, through {@code /api/messages}: the lists of
 * cases have buttons that open a case, closed cases can be listed and looked up by their
 * number, a coordinator has their kommuner's cases in personal chat, and the help card
 * lists the main commands first and only what that person may use.
 */
class CaseListsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TestUser COORDINATOR = TestUsers.COORDINATOR;

    private static final TestUser ADMIN = TestUsers.fresh("Ada Administratör");

    private static final String TEAM = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    @TempDir
    static Path dataDir;

    private static RunningBot bot;

    private static BotClient client;

    private final TestUser caseworker = TestUsers.fresh("Karin Handläggare");

    @BeforeAll
    static void start() {
        bot = CaseTestBot.start(dataDir, Map.of("samverkansbot.organisation.admins[0]", ADMIN.aadObjectId()));
        client = bot.client();
        client.send(TestActivities.botAddedToTeam(COORDINATOR, TEAM, "Konsultationsteam Nordost"));
        CaseTestBot.awaitNth(TEAM, 0);
        String thread = CaseActivities.newThread();
        client.send(CaseActivities.channelMessage(COORDINATOR, TEAM, thread, "konsultationsteam Osby, Hässleholm"));
        CaseTestBot.awaitMatching(TEAM, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
        client.send(TestActivities.botInstalledPersonally(COORDINATOR));
        client.send(TestActivities.botInstalledPersonally(ADMIN));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void listsOpenTheirCasesAndClosedCasesCanBeListedAndLookedUpByWhoMaySeeThem() {
        client.send(TestActivities.botInstalledPersonally(caseworker));
        CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
        client.send(TestActivities.personalSubmit(caseworker, CaseActivities
            .data(CaseConversationTests.caseForm("Osby", "Kvinna 30–39 år, ekonomiskt bistånd och sjukskrivning."))));
        SentActivity own = CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                (sent) -> sent.cardText().contains("Ditt ärende K-"));
        long caseId = own.adaptiveCards().get(0).findValue(CaseCards.CASE_ID).asLong();
        String reference = own.cardText().replaceAll("(?s).*Ditt ärende (K-\\d{4}-\\d{4}).*", "$1");
        assertThat(own.cardText()).contains("skickats till Konsultationsteam Nordost.")
            .doesNotContainIgnoringCase("konsultationsteamet Konsultationsteam");

        // The next form starts from the kommun and agency of the last case.
        SentActivity form = say(caseworker, "nytt ärende", "Nytt ärende till konsultationsteamet");
        assertThat(CaseTestBot.input(form.adaptiveCards().get(0), CaseForm.KOMMUN).path("value").asText())
            .isEqualTo("Osby");
        assertThat(CaseTestBot.input(form.adaptiveCards().get(0), CaseForm.OWN_AGENCY).path("value").asText())
            .isEqualTo("FK");

        // The caseworker's list opens the case in place, with its close button.
        SentActivity mine = say(caseworker, "mina ärenden", "Dina öppna ärenden");
        assertThat(mine.cardText()).contains(reference, "Öppna " + reference, "Visa stängda");
        String opened = press(caseworker, mine, CaseLists.SHOW, "Ditt ärende " + reference);
        assertThat(opened).contains("Stäng ärendet", "Inget råd gavs");

        // A coordinator's "ärenden" in personal chat: their kommuner's open cases.
        SentActivity kommun = say(COORDINATOR, "ärenden", "Öppna ärenden i dina kommuner");
        assertThat(kommun.cardText()).contains(reference, "Karin Handläggare");
        String overview = press(COORDINATOR, kommun, CaseLists.SHOW, "Ärende " + reference);
        assertThat(overview).contains("Ärende " + reference, "Handläggare", "Karin Handläggare", "Osby")
            .doesNotContain("ekonomiskt bistånd och sjukskrivning");
        // A caseworker has no kommun list, and is told where theirs is.
        assertThat(say(caseworker, "ärenden", "mina ärenden").text()).contains("konsultationsteamets kanal");

        // Closed: gone from the open list, found among the closed and by its number.
        client.send(TestActivities.personalSubmit(caseworker, CaseActivities.data(Map.of("verb", CaseCards.CLOSE_OWN,
                CaseCards.CASE_ID, caseId, "outcome", "NO_ADVICE_GIVEN", "nextStep", "false"))));
        CaseTestBot.awaitMatching(caseworker.personalConversationId(),
                (sent) -> sent.cardText().contains("Tack! Ärende " + reference + " är stängt."));
        SentActivity none = say(caseworker, "mina ärenden", "Du har inga öppna ärenden");
        String closedList = press(caseworker, none, CaseLists.LIST, "Dina senast stängda ärenden");
        assertThat(closedList).contains("Dina senast stängda ärenden", reference, "Stängt · Inget råd gavs",
                "Visa öppna");
        SentActivity looked = say(caseworker, "ärende " + reference.toLowerCase(), "Ditt ärende " + reference);
        assertThat(looked.cardText()).contains("Stängt", "Hur det gick", "Inget råd gavs")
            .doesNotContain("Stäng ärendet");

        // Nobody else finds it by its number; the team does in its channel.
        TestUser other = TestUsers.fresh("Olle Utomstående");
        client.send(TestActivities.botInstalledPersonally(other));
        CaseTestBot.awaitNth(other.personalConversationId(), 0);
        assertThat(say(other, "ärende " + reference, "hittar inget").text()).doesNotContain(reference + " ");
        String thread = CaseActivities.newThread();
        client.send(CaseActivities.channelMessage(COORDINATOR, TEAM, thread, "ärende " + reference));
        SentActivity inChannel = CaseTestBot.awaitMatching(TEAM + ";messageid=" + thread,
                (sent) -> sent.cardText().contains(reference));
        assertThat(inChannel.cardText()).contains("Stängt").doesNotContain("Ge råd");
        client.send(CaseActivities.channelMessage(COORDINATOR, TEAM, thread, "ärenden"));
        SentActivity teamList = CaseTestBot.awaitMatching(TEAM + ";messageid=" + thread,
                (sent) -> sent.cardText().contains("Teamets öppna ärenden"));
        assertThat(teamList.cardText()).contains("Visa stängda");
    }

    @Test
    void helpListsTheMainCommandsFirstAndOnlyWhatThatPersonMayUse() {
        client.send(TestActivities.botInstalledPersonally(caseworker));
        CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);

        String caseworkers = say(caseworker, "hjälp", "Det här kan du skriva till mig").cardText();
        assertThat(caseworkers.indexOf("nytt ärende")).isLessThan(caseworkers.indexOf("kontakt <sökord>"));
        assertThat(caseworkers.indexOf("mina ärenden")).isLessThan(caseworkers.indexOf("personuppgifter"));
        assertThat(caseworkers.indexOf("uppföljningar")).isLessThan(caseworkers.indexOf("\nhjälp\n"));
        assertThat(caseworkers).contains("ärende K-2026-0007", "mina uppgifter")
            .doesNotContain("ny kontakt", "importera kontakter", "exportera kontakter", "\nstatistik\n", "leveranser",
                    "\närenden\n", "granskning");

        String coordinators = say(COORDINATOR, "hjälp", "Det här kan du skriva till mig").cardText();
        assertThat(coordinators).contains("ny kontakt", "importera kontakter", "\nstatistik\n", "\närenden\n")
            .doesNotContain("leveranser", "granskning");

        String admins = say(ADMIN, "hjälp", "Det här kan du skriva till mig").cardText();
        assertThat(admins).contains("leveranser", "\nstatistik\n", "granskning", "mina uppgifter");
    }

    /**
     * A new caseworker, who never raised a case, finds the form started from what Teams
     * says of them: the kommun or agency of their e-mail address's domain.
     */
    @Test
    void aNewCaseworkersFirstFormStartsFromTheKommunAndAgencyOfTheirAddress() {
        TestUser hanna = TestUsers.fresh("Hanna Socialsekreterare");
        FakeConnector.get().profile(hanna, "hanna.s@socialtjansten.hassleholm.se");
        TestUser filip = TestUsers.fresh("Filip Handläggare");
        FakeConnector.get().profile(filip, "filip.h@forsakringskassan.se");
        TestUser ulla = TestUsers.fresh("Ulla Utan Profil");

        Map<TestUser, List<String>> expected = Map.of(hanna, List.of("Hässleholm", ""), filip, List.of("", "FK"), ulla,
                List.of("", ""));
        for (Map.Entry<TestUser, List<String>> person : expected.entrySet()) {
            client.send(TestActivities.botInstalledPersonally(person.getKey()));
            CaseTestBot.awaitNth(person.getKey().personalConversationId(), 0);
            JsonNode form = say(person.getKey(), "nytt ärende", "Nytt ärende till konsultationsteamet").adaptiveCards()
                .get(0);
            assertThat(CaseTestBot.input(form, CaseForm.KOMMUN).path("value").asText()).as(person.getKey().name())
                .isEqualTo(person.getValue().get(0));
            assertThat(CaseTestBot.input(form, CaseForm.OWN_AGENCY).path("value").asText()).as(person.getKey().name())
                .isEqualTo(person.getValue().get(1));
        }
    }

    /**
     * The greeting the bot posts when it is added to a team is read by everybody in the
     * channel, so it lists only what everybody there may use; the coordinators' commands
     * are on the help card of a coordinator who asks in the channel.
     */
    @Test
    void theGreetingInAChannelListsOnlyWhatEverybodyThereMayUse() {
        String team = "19:team-" + UUID.randomUUID() + "@thread.tacv2";
        // Added by a coordinator, but read by the whole channel.
        client.send(TestActivities.botAddedToTeam(COORDINATOR, team, "Konsultationsteam Söder"));
        String greeting = CaseTestBot.awaitNth(team, 0).cardText();
        assertThat(greeting)
            .contains("Hej! Jag är Samverkansboten", "\närenden\n", "ärende K-2026-0007", "kontakt <sökord>",
                    "nästa möte")
            .doesNotContain("mötesrytm", "protokoll", "konsultationsteam Kommun", "leveranser", "statistik",
                    "ny kontakt");

        TestUser member = TestUsers.fresh("Maja Teammedlem");
        String thread = CaseActivities.newThread();
        client.send(CaseActivities.channelMessage(member, team, thread, "hjälp"));
        String members = CaseTestBot
            .awaitMatching(team + ";messageid=" + thread,
                    (sent) -> sent.cardText().contains("Det här kan du skriva till mig"))
            .cardText();
        assertThat(members).contains("\närenden\n")
            .doesNotContain("mötesrytm", "protokoll", "konsultationsteam Kommun");

        String coordinatorThread = CaseActivities.newThread();
        client.send(CaseActivities.channelMessage(COORDINATOR, team, coordinatorThread, "hjälp"));
        assertThat(CaseTestBot
            .awaitMatching(team + ";messageid=" + coordinatorThread,
                    (sent) -> sent.cardText().contains("Det här kan du skriva till mig"))
            .cardText()).contains("mötesrytm", "protokoll", "konsultationsteam Kommun");
    }

    /**
     * Sends a message in personal chat and waits for the answer that contains this text.
     */
    private static SentActivity say(TestUser user, String text, String expected) {
        long before = CaseTestBot.sentTo(user.personalConversationId()).size();
        client.send(TestActivities.personalMessage(user, text));
        return CaseTestBot.awaitMatching(user.personalConversationId(),
                (sent) -> CaseTestBot.sentTo(user.personalConversationId()).indexOf(sent) >= before
                        && ((sent.text() != null && sent.text().contains(expected))
                                || sent.cardText().contains(expected)));
    }

    /**
     * Presses the first button with this verb on the card, as Teams sends it; the text of
     * the card it shows below, which contains {@code expected}.
     */
    private static String press(TestUser user, SentActivity card, String verb, String expected) {
        JsonNode button = TestActivities.button(card.adaptiveCards().get(0), verb);
        ObjectNode data = JSON.createObjectNode();
        data.setAll((ObjectNode) button.get("data"));
        long before = CaseTestBot.sentTo(user.personalConversationId()).size();
        BotClient.Response response = client
            .send(TestActivities.personalSubmit(user, data).pressing(button, "card-" + UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(200);
        return CaseTestBot
            .awaitMatching(user.personalConversationId(),
                    (sent) -> CaseTestBot.sentTo(user.personalConversationId()).indexOf(sent) >= before
                            && sent.cardText().contains(expected))
            .cardText();
    }

}
