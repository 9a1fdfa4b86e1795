package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.AdaptiveCardValidator;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * The series and protocol forms open in Teams dialogs from the team's channel
 * ({@code task/fetch} and {@code task/submit} through {@code /api/messages}): every error
 * and what the privacy guard found is shown inside the dialog, to its author only, and
 * the refused text never comes back nor is posted; each step is authorised again; a form
 * sent twice acts once; old in-channel forms answer with the button to the dialog. The
 * approved protocol's export, accepted, lands in the upload place Teams gave.
 */
class MeetingDialogTests extends MeetingChat {

    @Test
    void aCoordinatorSetsUpTheSeriesInADialogWhereErrorsAndRefusalsReachOnlyThem() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser member = TestUsers.fresh("Fatima Teammedlem");

        bot().send(channelMessage(COORDINATOR, teamId, "mötesrytm"));
        JsonNode opener = await(teamId, (sent) -> sent.cardText().contains("Konsultationsteamets mötesrytm"))
            .adaptiveCards()
            .get(0);
        JsonNode open = TestActivities.dialogButton(opener, MeetingForms.SERIES_DIALOG);
        assertThat(open.path("data").path("msteams").path("type").asText()).isEqualTo("task/fetch");

        assertThat(closing(task(bot().send(dialog(member, teamId, open, Map.of(), "task/fetch")))))
            .as("a member who is no samverkanskoordinator cannot open it")
            .contains("Bara samverkanskoordinatorer och administratörer");
        JsonNode shown = task(bot().send(dialog(COORDINATOR, teamId, open, Map.of(), "task/fetch")));
        assertThat(shown.path("value").path("title").asText()).isEqualTo("Konsultationsteamets mötesrytm");
        JsonNode form = form(shown);
        assertThat(AdaptiveCardValidator.shared().problems(form)).isEmpty();
        assertThat(inputValue(form, "startTime") + " " + inputValue(form, "lengthMinutes") + " "
                + inputValue(form, "minutesPerCase") + " " + inputValue(form, "maxCases"))
            .as("a new series starts from an afternoon of two hours, 20 minutes and at most six cases")
            .isEqualTo("13:00 120 20 6");
        int sentBefore = FakeConnector.get().sent().size();

        Map<String, Object> wrong = new LinkedHashMap<>(seriesInputs());
        wrong.put("startTime", "25:00");
        wrong.put("maxCases", "10");
        JsonNode errors = form(task(bot().send(dialog(COORDINATOR, teamId,
                TestActivities.dialogButton(form, MeetingForms.SERIES_DIALOG), wrong, "task/submit"))));
        assertThat(cardText(errors)).contains("Skriv tiden som tt:mm", "Så många ärenden ryms inte i mötet");
        Map<String, Object> empty = new LinkedHashMap<>(seriesInputs());
        List.of("startTime", "lengthMinutes", "minutesPerCase", "maxCases").forEach((field) -> empty.put(field, ""));
        JsonNode missingForm = form(task(bot().send(dialog(COORDINATOR, teamId,
                TestActivities.dialogButton(errors, MeetingForms.SERIES_DIALOG), empty, "task/submit"))));
        String missing = cardText(missingForm);
        assertThat(missing.indexOf("Starttid")).as("errors are listed in the order of the fields")
            .isLessThan(missing.indexOf("Mötets längd"));
        assertThat(missing.indexOf("Minuter per ärende")).isLessThan(missing.indexOf("Högst antal ärenden"));
        assertThat(planning.series(teamId)).as("nothing is stored on error").isEmpty();

        Map<String, Object> personal = new LinkedHashMap<>(seriesInputs());
        personal.put("place", "Hemma hos mig, ring 070-123 45 67");
        JsonNode refused = form(task(bot().send(dialog(COORDINATOR, teamId,
                TestActivities.dialogButton(missingForm, MeetingForms.SERIES_DIALOG), personal, "task/submit"))));
        assertThat(cardText(refused)).contains("telefonnummer", "Plats (rum)").doesNotContain("Hemma hos mig");
        assertThat(refused.toString()).doesNotContain("070-123 45 67");
        assertThat(planning.series(teamId)).as("nothing is stored on a refusal").isEmpty();

        JsonNode save = TestActivities.dialogButton(refused, MeetingForms.SERIES_DIALOG);
        List<BotClient.Response> saved = bot()
            .sendTwiceAtOnce(() -> dialog(COORDINATOR, teamId, save, seriesInputs(), "task/submit"));
        assertThat(closing(task(saved.get(0)))).contains("Mötesrytmen är sparad", "tisdag 12 januari 2027 kl. 13:00");
        assertThat(saved.get(1).body()).isEqualTo(saved.get(0).body());
        // The same form sent again later, changed: acted on once, the first answer
        // stands.
        Map<String, Object> friday = new LinkedHashMap<>(seriesInputs());
        friday.put("weekday", "FRIDAY");
        assertThat(bot().send(dialog(COORDINATOR, teamId, save, friday, "task/submit")).body())
            .isEqualTo(saved.get(0).body());
        assertThat(planning.series(teamId)).hasValueSatisfying((series) -> {
            assertThat(series.weekday()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(series.intervalWeeks()).isEqualTo(2);
            assertThat(series.place()).isEqualTo("Kommunhuset, rum Kullen");
        });
        assertThat(FakeConnector.get().sent().subList(sentBefore, FakeConnector.get().sent().size()))
            .as("errors and refusals were posted nowhere, not in the channel nor in personal chat")
            .isEmpty();
        assertNeverSent("070-123 45 67", "Hemma hos mig");

        bot().send(channelMessage(member, teamId, "möten"));
        SentActivity plan = await(teamId, (sent) -> sent.cardText().contains("Konsultationsteamets möten")
                && sent.cardText().contains("26 januari"));
        assertThat(plan.cardText()).contains("tisdag 12 januari 2027").doesNotContain("Ändra mötesrytmen");

        // The coordinator's plan opens the dialog again, with the series as saved.
        bot().send(channelMessage(COORDINATOR, teamId, "möten"));
        JsonNode managed = await(teamId, (sent) -> sent.cardText().contains("Ändra mötesrytmen")).adaptiveCards()
            .get(0);
        JsonNode again = form(task(bot().send(dialog(COORDINATOR, teamId,
                TestActivities.dialogButton(managed, MeetingForms.SERIES_DIALOG), Map.of(), "task/fetch"))));
        assertThat(again.findParents("id")
            .stream()
            .filter((input) -> "startTime".equals(input.path("id").asText()))
            .findFirst()
            .orElseThrow()
            .path("value")
            .asText()).isEqualTo("13:00");
    }

    @Test
    void anOldSeriesOrProtocolFormInTheChannelSavesNothingAndOffersTheDialog() {
        clock.setLocal(LocalDateTime.of(2027, 1, 12, 15, 0));
        String teamId = newTeam();
        saveSeries(teamId);
        long meetingId = planning.heldMeetings(teamId, 1).get(0).id();

        Map<String, Object> friday = new LinkedHashMap<>(seriesInputs());
        friday.put("weekday", "FRIDAY");
        JsonNode oldSeries = press(COORDINATOR, teamId, forgedButton(MeetingForms.SERIES_SAVE, Map.of()),
                MeetingForms.SERIES_SAVE, friday)
            .card();
        assertThat(cardText(oldSeries)).contains("Ingenting sparades från det gamla kortet");
        assertThat(TestActivities.dialogButton(oldSeries, MeetingForms.SERIES_DIALOG)).isNotNull();
        assertThat(AdaptiveCardValidator.shared().problems(oldSeries)).isEmpty();
        assertThat(planning.series(teamId).orElseThrow().weekday()).isEqualTo(DayOfWeek.TUESDAY);

        JsonNode oldProtocol = press(COORDINATOR, teamId,
                forgedButton(MeetingForms.PROTOCOL_APPROVE, Map.of(MeetingForms.MEETING_ID, meetingId)),
                MeetingForms.PROTOCOL_APPROVE, Map.of("participants", "4", "agencies", "AF"))
            .card();
        assertThat(cardText(oldProtocol)).contains("Ingenting sparades från det gamla kortet",
                "Protokoll från mötet tisdag 12 januari 2027");
        JsonNode open = TestActivities.dialogButton(oldProtocol, MeetingForms.PROTOCOL_DIALOG);
        JsonNode form = form(task(bot().send(dialog(COORDINATOR, teamId, open, Map.of(), "task/fetch"))));
        assertThat(cardText(form)).as("nothing was saved from the old card")
            .doesNotContain("Utkastet är sparat")
            .contains("Protokoll från mötet");
        assertThat(form.findValues("participants")).isEmpty();
    }

    @Test
    void theProtocolIsKeptInADialogAndApprovedAdviceReachesTheCaseworkerAndTheExportIsUploaded() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);
        installed(COORDINATOR);
        saveSeries(teamId);
        ConsultationCase annas = raise(anna);
        planning.queueByCaseworker(annas.id(), UserId.of(anna.aadObjectId()), true);
        long itemId = planning.nextMeeting(teamId).orElseThrow().items().get(0).id();

        bot().send(channelMessage(COORDINATOR, teamId, "protokoll"));
        assertThat(await(teamId, (sent) -> textOf(sent).contains("inget hållet möte")).text()).isNotNull();

        clock.setLocal(LocalDateTime.of(2027, 1, 12, 15, 0));
        TestUser member = TestUsers.fresh("Fatima Teammedlem");
        bot().send(channelMessage(member, teamId, "protokoll"));
        assertThat(await(teamId, (sent) -> textOf(sent).contains("Bara samverkanskoordinatorer")).text()).isNotBlank();
        bot().send(channelMessage(COORDINATOR, teamId, "protokoll"));
        JsonNode opener = await(teamId,
                (sent) -> sent.cardText().contains("Protokoll från mötet tisdag 12 januari 2027")
                        && sent.cardText().contains("eget fönster"))
            .adaptiveCards()
            .get(0);
        JsonNode open = TestActivities.dialogButton(opener, MeetingForms.PROTOCOL_DIALOG);
        assertThat(closing(task(bot().send(dialog(member, teamId, open, Map.of(), "task/fetch")))))
            .contains("Bara samverkanskoordinatorer");
        JsonNode form = form(task(bot().send(dialog(COORDINATOR, teamId, open, Map.of(), "task/fetch"))));
        assertThat(cardText(form)).contains(annas.reference());
        assertThat(AdaptiveCardValidator.shared().problems(form)).isEmpty();
        int sentBefore = FakeConnector.get().sent().size();

        String secret = "19850101-2384";
        JsonNode refused = form(task(bot().send(dialog(COORDINATOR, teamId, draftButton(form),
                Map.of("discussed." + itemId, "yes", "advice." + itemId, "Kontakta FK om " + secret + " i morgon."),
                "task/submit"))));
        assertThat(cardText(refused)).contains("personnummer", "Rådet om ärende 1")
            .doesNotContain(secret, "Kontakta FK om");

        String advice = "Boka ett trepartsmöte med AF och FK om arbetsträningen.";
        JsonNode draft = form(task(bot().send(dialog(COORDINATOR, teamId, draftButton(refused),
                Map.of("discussed." + itemId, "yes", "advice." + itemId, advice, "participants", "6"),
                "task/submit"))));
        assertThat(cardText(draft)).contains("Utkastet är sparat", advice);

        JsonNode incomplete = form(task(bot().send(dialog(COORDINATOR, teamId, approveButton(draft),
                Map.of("discussed." + itemId, "yes", "advice." + itemId, advice, "participants", "6"),
                "task/submit"))));
        assertThat(cardText(incomplete)).contains("Ange minst en representerad myndighet");
        assertThat(FakeConnector.get().sent().subList(sentBefore, FakeConnector.get().sent().size()))
            .as("drafts, errors and refusals are shown in the dialog only")
            .isEmpty();

        JsonNode approve = approveButton(incomplete);
        Map<String, Object> complete = Map.of("discussed." + itemId, "yes", "advice." + itemId, advice,
                "nextStep." + itemId, "SIP_RECOMMENDED", "participants", "6", "agencies", "AF,FK", "structuralIssues",
                "Långa väntetider till vuxenpsykiatrin.");
        List<BotClient.Response> approved = bot()
            .sendTwiceAtOnce(() -> dialog(COORDINATOR, teamId, approve, complete, "task/submit"));
        assertThat(closing(task(approved.get(0)))).contains("Protokollet är godkänt");
        assertThat(approved.get(1).body()).isEqualTo(approved.get(0).body());
        SentActivity published = await(teamId,
                (sent) -> sent.cardText().contains("Strukturella hinder: Långa väntetider"));
        assertThat(published.cardText()).contains(annas.reference(), "Godkänt av", "SIP rekommenderas");
        SentActivity relayed = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains(advice) || textOf(sent).contains(advice));
        assertThat(relayed.cardText() + textOf(relayed)).contains(annas.reference());
        assertThat(FakeConnector.get().sentTo(anna.personalConversationId()))
            .as("the advice is relayed once, however often the form was sent")
            .filteredOn((sent) -> sent.cardText().contains(advice) || textOf(sent).contains(advice))
            .hasSize(1);
        assertThat(closing(task(bot().send(dialog(COORDINATOR, teamId, open, Map.of(), "task/fetch")))))
            .as("an approved protocol is locked")
            .contains("redan godkänt");
        assertNeverSent(secret);

        // The export: offered in the coordinator's personal chat, uploaded once accepted.
        press(COORDINATOR, teamId, published.adaptiveCards().get(0), MeetingForms.PROTOCOL_EXPORT, Map.of());
        SentActivity offer = await(COORDINATOR.personalConversationId(), (
                sent) -> sent.body().path("attachments").path(0).path("contentType").asText().contains("file.consent"));
        JsonNode attachment = offer.body().path("attachments").path(0);
        assertThat(attachment.path("name").asText()).endsWith(".html");
        String path = "/upload/" + UUID.randomUUID() + "/" + attachment.path("name").asText();
        int before = FakeConnector.get().sentTo(COORDINATOR.personalConversationId()).size();
        BotClient.Response accepted = bot()
            .send(MeetingConversationTests.fileConsent(COORDINATOR, attachment, "accept", path));
        assertThat(accepted.status()).isEqualTo(200);
        String html = new String(uploaded.get(path), StandardCharsets.UTF_8);
        assertThat(html)
            .contains("<html", "Protokoll", annas.reference(), "Karin Koordinator",
                    "Långa väntetider till vuxenpsykiatrin")
            .as("no personal data beyond staff names")
            .doesNotContain(anna.name(), "Sjukskriven sedan länge");
        SentActivity done = FakeConnector.get()
            .awaitSent((sent) -> sent.conversationId().equals(COORDINATOR.personalConversationId())
                    && FakeConnector.get().sentTo(COORDINATOR.personalConversationId()).indexOf(sent) >= before
                    && sent.body().path("attachments").path(0).path("contentType").asText().endsWith("file.info"),
                    WAIT);
        assertThat(done.text()).contains("Här är protokollet");

        // A member who is not a samverkanskoordinator accepting the same card gets
        // nothing.
        String stolen = "/upload/" + UUID.randomUUID() + "/stolen.html";
        bot().send(MeetingConversationTests.fileConsent(member, attachment, "accept", stolen));
        assertThat(
                await(member.personalConversationId(), (sent) -> textOf(sent).contains("Bara samverkanskoordinatorer"))
                    .text())
            .isNotBlank();
        assertThat(uploaded).doesNotContainKey(stolen);
        // Declining is answered, and nothing is uploaded.
        bot().send(MeetingConversationTests.fileConsent(COORDINATOR, attachment, "decline", null));
        assertThat(await(COORDINATOR.personalConversationId(), (sent) -> textOf(sent).contains("ingen fil")).text())
            .isNotBlank();
    }

    @Test
    void aTeamMemberTakesACaseUpAtTheNextMeetingWithRoomFromTheCaseCard() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        TestUser member = TestUsers.fresh("Fatima Teammedlem");
        installed(anna);
        ConsultationCase before = raise(anna);
        JsonNode withoutSeries = await(teamId, (sent) -> sent.cardText().contains("Nytt ärende " + before.reference()))
            .adaptiveCards()
            .get(0);
        assertThat(withoutSeries.toString()).as("no meeting rhythm, no button").doesNotContain(CaseToMeeting.QUEUE);

        saveSeries(teamId);
        ConsultationCase annas = raise(anna);
        JsonNode card = await(teamId, (sent) -> sent.cardText().contains("Nytt ärende " + annas.reference()))
            .adaptiveCards()
            .get(0);
        assertThat(AdaptiveCardValidator.shared().problems(card)).isEmpty();
        assertThat(TestActivities.button(card, CaseToMeeting.QUEUE).path("title").asText()).isEqualTo("Ta upp på möte");

        // A member of another team, with this case's id: refused, nothing queued.
        String otherTeam = "19:other-" + UUID.randomUUID() + "@thread.tacv2";
        assertThat(press(member, otherTeam, card, CaseToMeeting.QUEUE, Map.of()).text())
            .contains("kan inte tas upp på möte härifrån");
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).isEmpty();

        JsonNode queue = TestActivities.button(card, CaseToMeeting.QUEUE);
        List<BotClient.Response> pressed = bot().sendTwiceAtOnce(() -> queuePress(member, teamId, queue));
        assertThat(json(pressed.get(0)).path("value").asText()).contains(
                "Ärende " + annas.reference() + " tas upp på mötet tisdag 12 januari 2027 kl. 13:00 som punkt 1",
                "13:00–13:20");
        assertThat(pressed.get(1).body()).as("pressed twice at once: queued once").isEqualTo(pressed.get(0).body());
        assertThat(press(member, teamId, forgedButton(CaseToMeeting.QUEUE, Map.of(CaseToMeeting.CASE_ID, annas.id())),
                CaseToMeeting.QUEUE, Map.of())
            .text()).as("the card built again").contains("står redan på dagordningen");
        assertThat(planning.nextMeeting(teamId).orElseThrow().items()).hasSize(1);

        // Three cases fill the first meeting (three per meeting): the fourth goes to the
        // next.
        for (int i = 0; i < 2; i++) {
            ConsultationCase other = raise(anna);
            planning.queueByTeam(other.id(), teamId, UserId.of(member.aadObjectId()));
        }
        assertThat(press(member, teamId, forgedButton(CaseToMeeting.QUEUE, Map.of(CaseToMeeting.CASE_ID, before.id())),
                CaseToMeeting.QUEUE, Map.of())
            .text()).contains("tisdag 26 januari 2027", "punkt 1");

        // After the agenda deadline of the 12th, a case goes to the next meeting, though
        // the 12th has room again.
        se.finsam.samverkansbot.meetings.MeetingView twelfth = planning.nextMeeting(teamId).orElseThrow();
        planning.removeItem(twelfth.items().get(2).id(), teamId, UserId.of(COORDINATOR.aadObjectId()));
        clock.setLocal(LocalDateTime.of(2027, 1, 7, 12, 1));
        ConsultationCase late = raise(anna);
        assertThat(press(member, teamId, forgedButton(CaseToMeeting.QUEUE, Map.of(CaseToMeeting.CASE_ID, late.id())),
                CaseToMeeting.QUEUE, Map.of())
            .text()).contains("tisdag 26 januari 2027", "punkt 2");
        assertThat(planning.meeting(twelfth.id(), teamId).items()).hasSize(2);
    }

    /**
     * Presses "Ta upp på möte" as Teams sends it: an {@code adaptiveCard/action} invoke.
     */
    private static TestActivities queuePress(TestUser user, String teamId, JsonNode button) {
        TestActivities activity = channelMessage(user, teamId, "");
        activity.node().remove("text");
        activity.node().set("value", TestActivities.pressed(button, Map.of()));
        return activity.pressing(button, "card-" + UUID.randomUUID());
    }

    private static JsonNode draftButton(JsonNode form) {
        return stepButton(form, MeetingForms.DRAFT);
    }

    private static JsonNode approveButton(JsonNode form) {
        return stepButton(form, MeetingForms.APPROVE);
    }

    private static JsonNode stepButton(JsonNode form, String step) {
        return form.path("actions")
            .findParents("data")
            .stream()
            .filter((button) -> step.equals(button.path("data").path(MeetingForms.STEP).asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No " + step + " button in " + form));
    }

    private static String inputValue(JsonNode card, String id) {
        return card.findParents("id")
            .stream()
            .filter((node) -> id.equals(node.path("id").asText()) && node.has("type")
                    && node.path("type").asText().startsWith("Input."))
            .map((node) -> node.path("value").asText())
            .findFirst()
            .orElse("(no input " + id + ")");
    }

}
