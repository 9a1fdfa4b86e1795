package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.core.Kommun;
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
 * A konsultationsteam's meeting cycle as its members and the handläggare see it in Teams,
 * through {@code /api/messages} and the fake Bot Connector, with a clock the test moves:
 * the plan, {@code nästa möte} (a handläggare sees only their own case), the agenda in
 * the channel at the deadline, the attending handläggare's notice with their slot, join
 * link and calendar file, a cancellation that moves the items, and the morning reminder.
 */
class MeetingConversationTests extends MeetingChat {

    @Test
    void theWholeCycleFromQueueToReminder() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = "19:meetings-" + UUID.randomUUID() + "@thread.tacv2";
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        TestUser berit = TestUsers.fresh("Berit Handläggare");
        TestUser member = TestUsers.fresh("Fatima Teammedlem");
        bot().send(TestActivities.botAddedToTeam(COORDINATOR, teamId, "Konsultationsteam Osby"));
        for (TestUser user : List.of(anna, berit)) {
            bot().send(TestActivities.botInstalledPersonally(user));
            await(user.personalConversationId(), (sent) -> true);
        }
        cases.setUpTeam(teamId, teamId, "Konsultationsteam Osby", List.of(new Kommun("Osby")), null);
        planning.saveSeries(teamId,
                new SeriesForm("WEEKLY", "2", null, "TUESDAY", "13:00", "60", "20", "3", "Kommunhuset, rum Kullen",
                        "https://teams.microsoft.com/l/meetup-join/osby", "3", "2027-01-12", "", "NEXT_WORKING_DAY",
                        Set.of()),
                UserId.of(COORDINATOR.aadObjectId()));
        ConsultationCase annas = raise(anna);
        ConsultationCase berits = raise(berit);
        planning.queueByCaseworker(annas.id(), UserId.of(anna.aadObjectId()), true);
        planning.queueByCaseworker(berits.id(), UserId.of(berit.aadObjectId()), false);

        bot().send(channelMessage(member, teamId, "möten"));
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Konsultationsteamets möten")).cardText())
            .contains("2 av 3 ärenden", "0 av 3 ärenden");

        bot().send(TestActivities.personalMessage(anna, "nästa möte"));
        assertThat(
                await(anna.personalConversationId(), (sent) -> sent.cardText().contains("Ditt nästa möte")).cardText())
            .contains(annas.reference(), "kl. 13:00", "Kommunhuset, rum Kullen")
            .doesNotContain(berits.reference());

        // The agenda deadline: three working days before Tuesday 12 January, 12:00.
        clock.setLocal(LocalDateTime.of(2027, 1, 7, 11, 59));
        planning.sendDueNotices();
        clock.setLocal(LocalDateTime.of(2027, 1, 7, 12, 0));
        planning.sendDueNotices();
        SentActivity agenda = await(teamId, (sent) -> sent.cardText().contains("Dagordning för"));
        assertThat(agenda.cardText()).contains(annas.reference(), berits.reference(), "kl. 13:00", "kl. 13:20",
                "Handläggaren deltar.", "Handläggaren deltar inte.", "Anslut till mötet");
        SentActivity notice = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("tas upp i konsultationsteamet"));
        assertThat(notice.cardText())
            .contains(annas.reference(), "13:00–13:20", "https://teams.microsoft.com/l/meetup-join/osby")
            .doesNotContain(berits.reference());
        SentActivity file = await(anna.personalConversationId(), (
                sent) -> sent.body().path("attachments").path(0).path("contentType").asText().contains("file.consent"));
        assertThat(file.body().path("attachments").path(0).path("name").asText()).endsWith(".ics");
        acceptingTheInvitationPutsItInTheirOneDrive(anna, berit, file, annas);
        assertThat(FakeConnector.get().sentTo(berit.personalConversationId()))
            .as("a handläggare who does not attend gets no notice")
            .noneMatch((sent) -> sent.cardText().contains("tas upp i konsultationsteamet"));

        MeetingView twelfth = planning.nextMeeting(teamId).orElseThrow();
        planning.cancelMeeting(twelfth.id(), teamId, "Lokalen är upptagen", Set.of(),
                UserId.of(COORDINATOR.aadObjectId()));
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Skäl: Lokalen är upptagen")).cardText())
            .contains("är inställt", "2 ärenden flyttas");
        assertThat(await(anna.personalConversationId(), (sent) -> sent.cardText().contains("har flyttats")).cardText())
            .contains(annas.reference(), "26 januari");

        clock.setLocal(LocalDateTime.of(2027, 1, 21, 12, 0));
        planning.sendDueNotices();
        await(teamId, (sent) -> sent.cardText().contains("Dagordning för") && sent.cardText().contains("26 januari"));
        clock.setLocal(LocalDateTime.of(2027, 1, 26, 8, 0));
        planning.sendDueNotices();
        assertThat(await(teamId, (sent) -> sent.cardText().contains("konsultationsteamet möts i dag")).cardText())
            .contains("kl. 13:00", "2 ärenden");
        assertThat(await(anna.personalConversationId(), (sent) -> sent.cardText().contains("tas upp i dag")).cardText())
            .contains(annas.reference(), "13:00–13:20");
    }

    /**
     * The handläggare accepts the file card: the invitation, written anew, goes to the
     * upload place Teams gave, and a file card answers. Someone else accepting with their
     * card's context gets nothing.
     */
    private void acceptingTheInvitationPutsItInTheirOneDrive(TestUser anna, TestUser berit, SentActivity offer,
            ConsultationCase annas) {
        JsonNode attachment = offer.body().path("attachments").path(0);
        String path = "/upload/" + UUID.randomUUID() + "/" + attachment.path("name").asText();
        String forgedPath = "/upload/" + UUID.randomUUID() + "/stolen.ics";
        int before = FakeConnector.get().sentTo(anna.personalConversationId()).size();

        BotClient.Response forged = bot().send(fileConsent(berit, attachment, "accept", forgedPath));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(await(berit.personalConversationId(), (sent) -> textOf(sent).contains("inte ditt")).text())
            .contains("ändrar ingenting");
        assertThat(uploaded).as("nothing is uploaded for someone else's invitation").doesNotContainKey(forgedPath);

        assertThat(bot().send(fileConsent(anna, attachment, "accept", path)).status()).isEqualTo(200);
        String ics = new String(uploaded.get(path), java.nio.charset.StandardCharsets.UTF_8);
        try {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
            net.fortuna.ical4j.model.Component event = calendar.getComponents("VEVENT").get(0);
            assertThat(event.getProperty(net.fortuna.ical4j.model.Property.SUMMARY).orElseThrow().getValue())
                .contains(annas.reference());
            assertThat(ics).as("her slot only, no case text")
                .contains("DTSTART;TZID=Europe/Stockholm:20270112T130000")
                .doesNotContain("Hur samordnar vi", "Sjukskriven");
        }
        catch (java.io.IOException | net.fortuna.ical4j.data.ParserException unreadable) {
            throw new AssertionError("the uploaded invitation does not parse", unreadable);
        }
        biweekly.component.VEvent read = biweekly.Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(read.getDateStart().getValue().toInstant()).as("her slot, 13:00–13:20 on 12 January in Stockholm")
            .isEqualTo(java.time.ZonedDateTime.of(2027, 1, 12, 13, 0, 0, 0, java.time.ZoneId.of("Europe/Stockholm"))
                .toInstant());
        SentActivity done = FakeConnector.get()
            .awaitSent((sent) -> sent.conversationId().equals(anna.personalConversationId())
                    && FakeConnector.get().sentTo(anna.personalConversationId()).indexOf(sent) >= before
                    && sent.body().path("attachments").path(0).path("contentType").asText().endsWith("file.info"),
                    WAIT);
        assertThat(done.text()).contains("Här är kalenderinbjudan");
        assertThat(done.body().path("attachments").path(0).path("contentUrl").asText())
            .isEqualTo("https://contoso.sharepoint.com/personal/anna/" + attachment.path("name").asText());
    }

    /**
     * The user answers a file card as Teams sends it: accept with an upload place, or
     * decline.
     */
    static TestActivities fileConsent(TestUser user, JsonNode attachment, String action, String uploadPath) {
        TestActivities invoke = TestActivities.personalMessage(user, "");
        ObjectNode activity = invoke.node();
        activity.remove("text");
        activity.put("type", "invoke");
        activity.put("name", "fileConsent/invoke");
        ObjectNode value = activity.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", action);
        value.set("context",
                attachment.path("content").path("accept".equals(action) ? "acceptContext" : "declineContext"));
        if ("accept".equals(action)) {
            value.putObject("uploadInfo")
                .put("name", attachment.path("name").asText())
                .put("uploadUrl", uploadUrl(uploadPath))
                .put("contentUrl", "https://contoso.sharepoint.com/personal/anna/" + attachment.path("name").asText())
                .put("uniqueId", "file-" + UUID.randomUUID())
                .put("fileType", "ics");
        }
        return invoke;
    }

    @Test
    void aHandlaggarePressingForgedManageButtonsIsRefusedAndNothingChanges() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);
        saveSeries(teamId);
        ConsultationCase annas = raise(anna);
        planning.queueByCaseworker(annas.id(), UserId.of(anna.aadObjectId()), true);
        MeetingView first = planning.nextMeeting(teamId).orElseThrow();
        long itemId = first.items().get(0).id();

        bot().send(channelMessage(COORDINATOR, teamId, "nästa möte"));
        JsonNode agenda = await(teamId, (sent) -> sent.cardText().contains("Flytta till nästa möte")).adaptiveCards()
            .get(0);
        JsonNode cancel = press(COORDINATOR, teamId, agenda, MeetingForms.CANCEL,
                Map.of(MeetingForms.CANCEL_REASON, "Sjukdom"))
            .card();

        // Anna presses the coordinator's buttons, and forged ones naming the meeting and
        // her item.
        assertThat(press(anna, teamId, cancel, MeetingForms.CANCEL_CONFIRMED, Map.of()).text())
            .contains("Bara samverkanskoordinatorer och administratörer");
        assertThat(press(anna, teamId, agenda, MeetingForms.ITEM_REMOVE, Map.of()).text())
            .contains("Bara samverkanskoordinatorer och administratörer");
        assertThat(press(anna, teamId, agenda, MeetingForms.MOVE,
                Map.of("date", "2027-01-14", "time", "10:00", MeetingForms.MOVE_REASON, "Bättre för mig"))
            .text()).contains("Bara samverkanskoordinatorer och administratörer");
        JsonNode seriesForm = forgedButton(MeetingForms.SERIES_SAVE, Map.of());
        Map<String, Object> friday = new LinkedHashMap<>(seriesInputs());
        friday.put("weekday", "FRIDAY");
        assertThat(press(anna, teamId, seriesForm, MeetingForms.SERIES_SAVE, friday).text())
            .contains("Bara samverkanskoordinatorer och administratörer");
        // And the dialogs, opened or sent with forged data, are refused inside the
        // dialog.
        JsonNode seriesDialog = forgedDialogButton(MeetingForms.SERIES_DIALOG, Map.of());
        assertThat(closing(task(bot().send(dialog(anna, teamId, seriesDialog, Map.of(), "task/fetch")))))
            .contains("Bara samverkanskoordinatorer och administratörer");
        assertThat(closing(task(bot().send(dialog(anna, teamId, seriesDialog, friday, "task/submit")))))
            .contains("Bara samverkanskoordinatorer och administratörer");
        JsonNode protocolDialog = forgedDialogButton(MeetingForms.PROTOCOL_DIALOG,
                Map.of(MeetingForms.MEETING_ID, first.id(), MeetingForms.STEP, MeetingForms.APPROVE));
        assertThat(closing(task(bot().send(dialog(anna, teamId, protocolDialog, Map.of(), "task/fetch")))))
            .contains("Bara samverkanskoordinatorer och administratörer");
        assertThat(closing(task(bot()
            .send(dialog(anna, teamId, protocolDialog, Map.of("participants", "3", "agencies", "AF"), "task/submit")))))
            .contains("Bara samverkanskoordinatorer och administratörer");
        // A coordinator in another team's channel cannot reach this team's meeting
        // either.
        String otherTeam = newTeam();
        assertThat(press(COORDINATOR, otherTeam, cancel, MeetingForms.CANCEL_CONFIRMED, Map.of()).text())
            .contains("Bara samverkanskoordinatorer och administratörer");
        assertThat(closing(task(bot().send(dialog(COORDINATOR, otherTeam, protocolDialog, Map.of(), "task/fetch")))))
            .contains("Bara samverkanskoordinatorer och administratörer");

        MeetingView after = planning.meeting(first.id(), teamId);
        assertThat(after.cancelled()).isFalse();
        assertThat(after.start()).isEqualTo(first.start());
        assertThat(after.items()).extracting(AgendaItemView::id).containsExactly(itemId);
        assertThat(planning.series(teamId).orElseThrow().weekday()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void aWordConfirmedAsNotANameHoldsThroughTheCancelConfirmation() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        saveSeries(teamId);
        long twelfthId = planning.nextMeeting(teamId).orElseThrow().id();
        bot().send(channelMessage(COORDINATOR, teamId, "nästa möte"));
        JsonNode agenda = await(teamId, (sent) -> sent.cardText().contains("Ställ in mötet")).adaptiveCards().get(0);
        String reason = "Vi skrev om Dag i protokollet.";

        JsonNode asked = press(COORDINATOR, teamId, agenda, MeetingForms.CANCEL,
                Map.of(MeetingForms.CANCEL_REASON, reason))
            .card();
        JsonNode toggle = asked.findParents("type")
            .stream()
            .filter((element) -> "Input.Toggle".equals(element.path("type").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no \"not a name\" check box in " + asked));
        assertThat(toggle.path("title").asText()).contains("Dag", "är inte ett namn");

        JsonNode confirm = press(COORDINATOR, teamId, asked, MeetingForms.CANCEL,
                Map.of(MeetingForms.CANCEL_REASON, reason, toggle.path("id").asText(), toggle.path("valueOn").asText()))
            .card();
        assertThat(cardText(confirm)).contains("Vill du ställa in mötet tisdag 12 januari 2027", reason);
        JsonNode cancelled = press(COORDINATOR, teamId, confirm, MeetingForms.CANCEL_CONFIRMED, Map.of()).card();
        assertThat(cardText(cancelled)).as("the confirmation given on the form holds when confirming")
            .contains("är inställt")
            .doesNotContain("kan identifiera en person");
        MeetingView twelfth = planning.meeting(twelfthId, teamId);
        assertThat(twelfth.cancelled()).isTrue();
        assertThat(twelfth.reason()).isEqualTo(reason);
    }

    @Test
    void movingAndCancellingFromTheCardTellEveryoneConcerned() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        TestUser berit = TestUsers.fresh("Berit Handläggare");
        installed(anna);
        installed(berit);
        saveSeries(teamId);
        ConsultationCase annas = raise(anna);
        ConsultationCase berits = raise(berit);
        planning.queueByCaseworker(annas.id(), UserId.of(anna.aadObjectId()), true);
        planning.queueByCaseworker(berits.id(), UserId.of(berit.aadObjectId()), false);

        bot().send(channelMessage(COORDINATOR, teamId, "nästa möte"));
        JsonNode agenda = await(teamId, (sent) -> sent.cardText().contains("Flytta till nästa möte")).adaptiveCards()
            .get(0);
        JsonNode moved = press(COORDINATOR, teamId, agenda, MeetingForms.MOVE,
                Map.of("date", "2027-01-14", "time", "10:00", MeetingForms.MOVE_REASON, "Lokalen är upptagen"))
            .card();
        assertThat(cardText(moved)).contains("Mötet är flyttat till torsdag 14 januari 2027 kl. 10:00");
        assertThat(await(teamId,
                (sent) -> sent.cardText().contains("Mötet är flyttat")
                        && sent.cardText().contains("Skäl: Lokalen är upptagen"))
            .cardText()).contains("tisdag 12 januari 2027", "torsdag 14 januari 2027");

        JsonNode confirm = press(COORDINATOR, teamId, moved, MeetingForms.CANCEL,
                Map.of(MeetingForms.CANCEL_REASON, "Sjukdom i teamet"))
            .card();
        assertThat(cardText(confirm)).contains("Vill du ställa in mötet torsdag 14 januari 2027");
        assertThat(planning.nextMeeting(teamId).orElseThrow().date()).as("nothing changes before the confirmation")
            .isEqualTo(LocalDate.of(2027, 1, 14));
        JsonNode cancelled = press(COORDINATOR, teamId, confirm, MeetingForms.CANCEL_CONFIRMED, Map.of()).card();
        assertThat(cardText(cancelled)).contains("är inställt; 2 ärenden har flyttats");
        assertThat(await(teamId, (sent) -> sent.cardText().contains("Skäl: Sjukdom i teamet")).cardText())
            .contains("är inställt", "2 ärenden flyttas");
        assertThat(await(anna.personalConversationId(), (sent) -> sent.cardText().contains("har flyttats")).cardText())
            .contains(annas.reference(), "26 januari");

        MeetingView next = planning.nextMeeting(teamId).orElseThrow();
        assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 26));
        bot().send(channelMessage(COORDINATOR, teamId, "nästa möte"));
        JsonNode nextAgenda = await(teamId,
                (sent) -> sent.cardText().contains("Flytta till nästa möte") && sent.cardText().contains("26 januari"))
            .adaptiveCards()
            .get(0);
        JsonNode itemMoved = press(COORDINATOR, teamId, nextAgenda, MeetingForms.ITEM_NEXT, Map.of()).card();
        assertThat(cardText(itemMoved)).contains("Ärende " + annas.reference() + " är flyttat till mötet",
                "9 februari");
        assertThat(await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains("har flyttats") && sent.cardText().contains("9 februari"))
            .cardText()).contains(annas.reference());

        JsonNode removed = press(COORDINATOR, teamId, itemMoved, MeetingForms.ITEM_REMOVE, Map.of()).card();
        assertThat(cardText(removed)).contains("Ärende " + berits.reference() + " är borttaget från dagordningen",
                "Inga ärenden på dagordningen");
        assertThat(await(berit.personalConversationId(),
                (sent) -> sent.cardText().contains("är borttaget från dagordningen"))
            .cardText()).contains(berits.reference());
        assertThat(planning.meeting(next.id(), teamId).items()).isEmpty();
    }

}
