package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.cases.CaseStatus;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.SeriesForm;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * The handläggare's own wish to have their case taken up at a konsultationsteam meeting,
 * through {@code /api/messages}: the choice on the case form (with or without attending)
 * puts the case on the next meeting with room and tells them the meeting and slot, or why
 * not while the team still gets the case; and "Ta upp på möte" on their own case card,
 * re-authorised, acted on once however often pressed.
 */
class MeetingWishTests extends MeetingChat {

    @Test
    void aCaseworkerWhoWantsToAttendIsOnTheAgendaAsAttendingAndGetsTheirSlotAtTheDeadline() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        saveSeries(teamId);
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);

        JsonNode form = caseForm(anna);
        assertThat(form.toString()).contains("Vill du att ärendet tas upp på konsultationsteamets möte?");
        assertThat(cardText(form)).contains("Ja, och jag vill delta när mitt ärende tas upp",
                "Ja, men jag deltar inte själv");
        JsonNode card = pressPersonal(anna, form, "case.raise", filledIn("DISCUSS_AND_ATTEND")).card();
        String reference = card.findValue("text").asText().replaceAll(".*(K-\\d{4}-\\d+).*", "$1");
        assertThat(cardText(card)).contains(reference, "Ja, och jag vill delta när mitt ärende tas upp");
        assertThat(card.toString()).as("on an agenda already: no button to ask again")
            .doesNotContain(CaseworkerToMeeting.QUEUE_OWN);

        SentActivity notice = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("tas upp på konsultationsteamets möte"));
        assertThat(notice.cardText()).contains(reference, "tisdag 12 januari 2027 kl. 13:00", "Punkt", "13:00–13:20",
                "Du deltar", "torsdag 7 januari 2027 kl. 12:00");
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Nytt ärende " + reference)).cardText())
            .contains("Tas upp på möte, handläggaren vill delta");
        MeetingView twelfth = planning.nextMeeting(teamId).orElseThrow();
        assertThat(twelfth.items()).extracting(AgendaItemView::reference, AgendaItemView::attend)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(reference, true));

        clock.setLocal(LocalDateTime.of(2027, 1, 7, 12, 0));
        planning.sendDueNotices();
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Dagordning för")).cardText()).contains(reference,
                "kl. 13:00", "Handläggaren deltar.");
        assertThat(await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("tas upp i konsultationsteamet"))
            .cardText()).contains(reference, "13:00–13:20", "https://teams.microsoft.com/l/meetup-join/osby");
    }

    @Test
    void aTeamWithoutMeetingsStillGetsTheCaseAndTheCaseworkerIsToldWhyItIsWritten() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);

        JsonNode card = pressPersonal(anna, caseForm(anna), "case.raise", filledIn("DISCUSS")).card();
        String reference = card.findValue("text").asText().replaceAll(".*(K-\\d{4}-\\d+).*", "$1");
        assertThat(card.toString()).as("no rhythm, no button").doesNotContain(CaseworkerToMeeting.QUEUE_OWN);

        assertThat(await(anna.personalConversationId(), (sent) -> textOf(sent).contains("kan inte tas upp")).text())
            .contains(reference, "Konsultationsteam Osby har inga möten inplanerade", "skriftligt ärende");
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Nytt ärende " + reference)).cardText())
            .as("the team has the case all the same")
            .contains("Tas upp på möte, handläggaren deltar inte");
        assertThat(cases.findByReference(reference).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void whenEveryMeetingIsFullTheCaseworkerIsToldAndCanAskAgainFromTheirCard() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        // One meeting only before a long break: three places.
        planning.saveSeries(teamId,
                new SeriesForm("WEEKLY", "2", null, "TUESDAY", "13:00", "60", "20", "3", "Kommunhuset, rum Kullen",
                        "https://teams.microsoft.com/l/meetup-join/osby", "3", "2027-01-12", "2027-01-13/2028-12-31",
                        "NEXT_WORKING_DAY", Set.of()),
                UserId.of(COORDINATOR.aadObjectId()));
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);
        for (int i = 0; i < 3; i++) {
            planning.queueByCaseworker(raise(anna).id(), UserId.of(anna.aadObjectId()), false);
        }

        JsonNode card = pressPersonal(anna, caseForm(anna), "case.raise", filledIn("DISCUSS_AND_ATTEND")).card();
        String reference = card.findValue("text").asText().replaceAll(".*(K-\\d{4}-\\d+).*", "$1");
        assertThat(await(anna.personalConversationId(), (sent) -> textOf(sent).contains("fick ingen plats")).text())
            .contains(reference, "alla inplanerade möten hos Konsultationsteam Osby är fulla", "skriftligt ärende",
                    "Ta upp på möte");
        assertThat(TestActivities.button(card, CaseworkerToMeeting.QUEUE_OWN)).as("the card offers to ask again")
            .isNotNull();
        assertThat(pressPersonal(anna, card, CaseworkerToMeeting.QUEUE_OWN, Map.of("attend", "true")).text())
            .contains("Alla konsultationsteamets inplanerade möten är fulla");
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).hasSize(3)
            .noneMatch((item) -> item.reference().equals(reference));
    }

    @Test
    void theCaseworkerAsksFromTheirOwnCardOnceHoweverOftenPressedAndOthersAreRefused() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        saveSeries(teamId);
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        TestUser berit = TestUsers.fresh("Berit Handläggare");
        installed(anna);
        installed(berit);

        JsonNode card = pressPersonal(anna, caseForm(anna), "case.raise", filledIn("NONE")).card();
        String reference = card.findValue("text").asText().replaceAll(".*(K-\\d{4}-\\d+).*", "$1");
        ConsultationCase annas = cases.findByReference(reference).orElseThrow();
        JsonNode ask = TestActivities.button(card, CaseworkerToMeeting.QUEUE_OWN);
        assertThat(cardText(card)).contains("Ta upp på möte", "Jag vill delta när mitt ärende tas upp",
                "Be om plats på mötet");
        bot().send(TestActivities.personalMessage(anna, "ärende " + reference));
        JsonNode older = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("Ditt ärende " + reference)
                        && sent.cardText().contains("Be om plats"))
            .adaptiveCards()
            .get(0);

        // Someone else with her case's id: refused, nothing queued.
        assertThat(pressPersonal(berit, forgedButton(CaseworkerToMeeting.QUEUE_OWN, Map.of("caseId", annas.id())),
                CaseworkerToMeeting.QUEUE_OWN, Map.of("attend", "true"))
            .text()).contains("inte ditt", "Ingenting har ändrats");
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).isEmpty();

        List<BotClient.Response> pressed = bot()
            .sendTwiceAtOnce(() -> personalPress(anna, ask, Map.of("attend", "true")));
        assertThat(json(pressed.get(0)).path("value").asText()).contains("Ditt ärende " + reference,
                "tisdag 12 januari 2027 kl. 13:00 som punkt 1 (13:00–13:20)", "Du deltar",
                "torsdag 7 januari 2027 kl. 12:00");
        assertThat(pressed.get(1).body()).as("pressed twice at once: queued once").isEqualTo(pressed.get(0).body());
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).hasSize(1)
            .allMatch((item) -> item.reference().equals(reference) && item.attend());

        assertThat(pressPersonal(anna, older, CaseworkerToMeeting.QUEUE_OWN, Map.of("attend", "false")).text())
            .as("an older card of the case pressed afterwards")
            .contains("står redan på dagordningen för ett kommande möte");
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).hasSize(1);

        bot().send(TestActivities.personalMessage(anna, "ärende " + reference));
        JsonNode now = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("Ditt ärende " + reference) && !sent.cardText().contains("Be om"))
            .adaptiveCards()
            .get(0);
        assertThat(now.toString()).as("the card built now offers no second request")
            .doesNotContain(CaseworkerToMeeting.QUEUE_OWN);
        assertThat(FakeConnector.get().sentTo(anna.personalConversationId()))
            .as("a request from the card is answered in place, not also by a notice")
            .noneMatch((sent) -> sent.cardText().contains("tas upp på konsultationsteamets möte"));
    }

    /** The case form, as "nytt ärende" shows it in personal chat. */
    private JsonNode caseForm(TestUser user) {
        bot().send(TestActivities.personalMessage(user, "nytt ärende"));
        return await(user.personalConversationId(),
                (sent) -> sent.cardText().contains("Nytt ärende till konsultationsteamet"))
            .adaptiveCards()
            .get(0);
    }

    private static Map<String, Object> filledIn(String meeting) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kommun", "Osby");
        form.put("ownAgency", "FK");
        form.put("agencies", "AF,KOMMUN_SOCIAL_SERVICES");
        form.put("ageBand", "AGE_30_39");
        form.put("gender", "WOMAN");
        form.put("categories", "RULES,INCOME");
        form.put("situation", "Sjukskriven sedan länge, behöver stöd tillbaka till arbete.");
        form.put("question", "Hur samordnar vi arbetsträning och ersättning?");
        form.put("writtenAdvice", "false");
        form.put("meeting", meeting);
        return form;
    }

    /** A card button pressed in personal chat, as Teams sends it. */
    private static TestActivities personalPress(TestUser user, JsonNode button, Map<String, Object> inputs) {
        TestActivities activity = TestActivities.personalMessage(user, "");
        activity.node().remove("text");
        activity.node().set("value", TestActivities.pressed(button, inputs));
        return activity.pressing(button, "card-" + UUID.randomUUID());
    }

    private Answer pressPersonal(TestUser user, JsonNode card, String verb, Map<String, Object> inputs) {
        BotClient.Response response = bot().send(personalPress(user, TestActivities.button(card, verb), inputs));
        assertThat(response.status()).isEqualTo(200);
        JsonNode value = json(response).path("value");
        return value.isObject() ? new Answer(value, null) : new Answer(null, value.asText());
    }

}
