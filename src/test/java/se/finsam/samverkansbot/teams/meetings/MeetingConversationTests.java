package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.SeriesForm;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestBotConfiguration;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * A konsultationsteam's meeting cycle as its members and the handläggare see it in Teams,
 * through {@code /api/messages} and the fake Bot Connector, with a clock the test moves:
 * the plan, {@code nästa möte} (a handläggare sees only their own case), the agenda in
 * the channel at the deadline, the attending handläggare's notice with their slot, join
 * link and calendar file, a cancellation that moves the items, and the morning reminder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestBotConfiguration.class, TestClock.Configuration.class })
class MeetingConversationTests {

    static final TestUser COORDINATOR = new TestUser("29:coordinator-meetings", "aad-coordinator-meetings",
            "Karin Koordinator");

    static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestBotConfiguration.productionModeProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:meetings-chat-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-meetings-chat-test");
        registry.add("samverkansbot.meetings.sweep-interval", () -> "1h");
        registry.add("samverkansbot.outbox.poll-interval", () -> "100ms");
        registry.add("samverkansbot.organisation.kommuner[0]", () -> "Osby");
        registry.add("samverkansbot.organisation.coordinators[0].user-id", COORDINATOR::aadObjectId);
        registry.add("samverkansbot.organisation.coordinators[0].name", COORDINATOR::name);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CaseManagement cases;

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

    @Test
    void aCoordinatorSetsUpTheSeriesFromTheFormInTheChannel() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser member = TestUsers.fresh("Fatima Teammedlem");

        bot().send(channelMessage(COORDINATOR, teamId, "mötesrytm"));
        JsonNode form = await(teamId, (sent) -> sent.cardText().contains("Konsultationsteamets mötesrytm"))
            .adaptiveCards()
            .get(0);

        Map<String, Object> wrong = new LinkedHashMap<>(seriesInputs());
        wrong.put("startTime", "25:00");
        wrong.put("maxCases", "10");
        JsonNode errors = press(COORDINATOR, teamId, form, MeetingForms.SERIES_SAVE, wrong).card();
        assertThat(cardText(errors)).contains("Skriv tiden som tt:mm", "Så många ärenden ryms inte i mötet");
        assertThat(planning.series(teamId)).as("nothing is stored on error").isEmpty();

        Map<String, Object> personal = new LinkedHashMap<>(seriesInputs());
        personal.put("place", "Hemma hos mig, ring 070-123 45 67");
        JsonNode refused = press(COORDINATOR, teamId, errors, MeetingForms.SERIES_SAVE, personal).card();
        assertThat(cardText(refused)).contains("telefonnummer", "Plats (rum)").doesNotContain("070-123 45 67");
        assertThat(refused.toString()).doesNotContain("070-123 45 67");
        assertThat(planning.series(teamId)).as("nothing is stored on a refusal").isEmpty();

        JsonNode saved = press(COORDINATOR, teamId, refused, MeetingForms.SERIES_SAVE, seriesInputs()).card();
        assertThat(cardText(saved)).contains("Mötesrytmen är sparad", "tisdag 12 januari 2027", "0 av 3 ärenden");
        assertThat(planning.series(teamId)).hasValueSatisfying((series) -> {
            assertThat(series.weekday()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(series.intervalWeeks()).isEqualTo(2);
            assertThat(series.place()).isEqualTo("Kommunhuset, rum Kullen");
        });

        bot().send(channelMessage(member, teamId, "möten"));
        SentActivity plan = await(teamId, (sent) -> sent.cardText().contains("Konsultationsteamets möten")
                && sent.cardText().contains("26 januari"));
        assertThat(plan.cardText()).contains("tisdag 12 januari 2027").doesNotContain("Ändra mötesrytmen");
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
        // A coordinator in another team's channel cannot reach this team's meeting
        // either.
        String otherTeam = newTeam();
        assertThat(press(COORDINATOR, otherTeam, cancel, MeetingForms.CANCEL_CONFIRMED, Map.of()).text())
            .contains("Bara samverkanskoordinatorer och administratörer");

        MeetingView after = planning.meeting(first.id(), teamId);
        assertThat(after.cancelled()).isFalse();
        assertThat(after.start()).isEqualTo(first.start());
        assertThat(after.items()).extracting(AgendaItemView::id).containsExactly(itemId);
        assertThat(planning.series(teamId).orElseThrow().weekday()).isEqualTo(DayOfWeek.TUESDAY);
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

    @Test
    void theProtocolIsDraftedAndApprovedAndTheAdviceReachesTheCaseworker() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String teamId = newTeam();
        TestUser anna = TestUsers.fresh("Anna Handläggare");
        installed(anna);
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
        JsonNode form = await(teamId, (sent) -> sent.cardText().contains("Protokoll från mötet tisdag 12 januari 2027"))
            .adaptiveCards()
            .get(0);
        assertThat(cardText(form)).contains(annas.reference());

        String secret = "19850101-2384";
        JsonNode refused = press(COORDINATOR, teamId, form, MeetingForms.PROTOCOL_DRAFT,
                Map.of("discussed." + itemId, "yes", "advice." + itemId, "Kontakta FK om " + secret + " i morgon."))
            .card();
        assertThat(cardText(refused)).contains("personnummer", "Rådet om ärende 1").doesNotContain(secret);
        assertThat(refused.toString()).doesNotContain(secret);

        String advice = "Boka ett trepartsmöte med AF och FK om arbetsträningen.";
        JsonNode draft = press(COORDINATOR, teamId, refused, MeetingForms.PROTOCOL_DRAFT,
                Map.of("discussed." + itemId, "yes", "advice." + itemId, advice, "participants", "6"))
            .card();
        assertThat(cardText(draft)).contains("Utkastet är sparat", advice);

        JsonNode incomplete = press(COORDINATOR, teamId, draft, MeetingForms.PROTOCOL_APPROVE,
                Map.of("discussed." + itemId, "yes", "advice." + itemId, advice, "participants", "6"))
            .card();
        assertThat(cardText(incomplete)).contains("Ange minst en representerad myndighet");
        assertThat(FakeConnector.get().sentTo(anna.personalConversationId()))
            .as("no advice goes out before the protocol is approved")
            .noneMatch((sent) -> sent.cardText().contains(advice) || textOf(sent).contains(advice));

        JsonNode approved = press(COORDINATOR, teamId, incomplete, MeetingForms.PROTOCOL_APPROVE,
                Map.of("discussed." + itemId, "yes", "advice." + itemId, advice, "nextStep." + itemId,
                        "SIP_RECOMMENDED", "participants", "6", "agencies", "AF,FK", "structuralIssues",
                        "Långa väntetider till vuxenpsykiatrin."))
            .card();
        assertThat(cardText(approved)).contains("Protokoll från mötet", "Karin Koordinator", "SIP rekommenderas");
        assertThat(
                await(teamId, (sent) -> sent.cardText().contains("Strukturella hinder: Långa väntetider")).cardText())
            .contains(annas.reference(), "Godkänt av");
        SentActivity relayed = await(anna.personalConversationId(),
                (sent) -> sent.cardText().contains(advice) || textOf(sent).contains(advice));
        assertThat(relayed.cardText() + textOf(relayed)).contains(annas.reference());

        installed(COORDINATOR);
        press(COORDINATOR, teamId, approved, MeetingForms.PROTOCOL_EXPORT, Map.of());
        assertThat(await(teamId, (sent) -> textOf(sent).contains("skickat protokollet som fil"))).isNotNull();
        SentActivity file = await(COORDINATOR.personalConversationId(), (
                sent) -> sent.body().path("attachments").path(0).path("contentType").asText().contains("file.consent"));
        assertThat(file.body().path("attachments").path(0).path("name").asText()).endsWith(".html");

        JsonNode again = press(COORDINATOR, teamId, draft, MeetingForms.PROTOCOL_DRAFT,
                Map.of("discussed." + itemId, "no", "participants", "2"))
            .card();
        assertThat(cardText(again)).as("an approved protocol is locked").contains("Karin Koordinator", "6");
    }

    // Helpers of the channel forms

    private String newTeam() {
        String teamId = "19:meetings-" + UUID.randomUUID() + "@thread.tacv2";
        bot().send(TestActivities.botAddedToTeam(COORDINATOR, teamId, "Konsultationsteam Osby"));
        cases.setUpTeam(teamId, teamId, "Konsultationsteam Osby", List.of(new Kommun("Osby")), null);
        return teamId;
    }

    private void installed(TestUser user) {
        bot().send(TestActivities.botInstalledPersonally(user));
        await(user.personalConversationId(), (sent) -> true);
    }

    private void saveSeries(String teamId) {
        planning.saveSeries(teamId,
                new SeriesForm("WEEKLY", "2", null, "TUESDAY", "13:00", "60", "20", "3", "Kommunhuset, rum Kullen",
                        "https://teams.microsoft.com/l/meetup-join/osby", "3", "2027-01-12", "", "NEXT_WORKING_DAY",
                        Set.of()),
                UserId.of(COORDINATOR.aadObjectId()));
    }

    private static Map<String, Object> seriesInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("rhythm", "WEEKLY");
        inputs.put("intervalWeeks", "2");
        inputs.put("weekOfMonth", "1");
        inputs.put("weekday", "TUESDAY");
        inputs.put("startTime", "13:00");
        inputs.put("lengthMinutes", "60");
        inputs.put("minutesPerCase", "20");
        inputs.put("maxCases", "3");
        inputs.put("place", "Kommunhuset, rum Kullen");
        inputs.put("onlineLink", "https://teams.microsoft.com/l/meetup-join/osby");
        inputs.put("deadlineWorkingDays", "3");
        inputs.put("firstDate", "2027-01-12");
        inputs.put("breaks", "2027-06-21/2027-08-15");
        inputs.put("holidayPolicy", "NEXT_WORKING_DAY");
        return inputs;
    }

    /**
     * What an {@code Action.Execute} press answered: the card that replaces the pressed
     * one, or a text.
     */
    private record Answer(JsonNode card, String text) {
    }

    /**
     * Presses the card's button with this verb in the team's channel, with the given
     * inputs.
     */
    private Answer press(TestUser user, String teamId, JsonNode card, String verb, Map<String, Object> inputs) {
        JsonNode button = TestActivities.button(card, verb);
        TestActivities activity = channelMessage(user, teamId, "");
        activity.node().remove("text");
        activity.node().set("value", TestActivities.pressed(button, inputs));
        BotClient.Response response = bot().send(activity.pressing(button, "card-" + UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(200);
        try {
            JsonNode body = JSON.readTree(response.body());
            JsonNode value = body.path("value");
            return value.isObject() ? new Answer(value, null) : new Answer(null, value.asText());
        }
        catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A card with one button, as someone who never got it could forge it. */
    private static JsonNode forgedButton(String verb, Map<String, Object> data) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("verb", verb);
        all.put("actionKey", UUID.randomUUID().toString());
        ObjectNode button = JSON.createObjectNode().put("type", "Action.Execute").put("verb", verb);
        button.set("data", JSON.valueToTree(all));
        ObjectNode card = JSON.createObjectNode();
        card.putArray("actions").add(button);
        return card;
    }

    private static String textOf(SentActivity sent) {
        return sent.text() == null ? "" : sent.text();
    }

    /** Every text of a card, error messages included. */
    private static String cardText(JsonNode card) {
        StringBuilder text = new StringBuilder();
        collect(card, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isObject()) {
            node.properties().forEach((field) -> {
                if (field.getValue().isTextual()
                        && List.of("text", "title", "value", "errorMessage").contains(field.getKey())) {
                    text.append(field.getValue().asText()).append('\n');
                }
                else {
                    collect(field.getValue(), text);
                }
            });
        }
        else if (node.isArray()) {
            node.forEach((child) -> collect(child, text));
        }
    }

    private ConsultationCase raise(TestUser caseworker) {
        return cases
            .raise(new NewCase(Person.of(UserId.of(caseworker.aadObjectId()), caseworker.name()), TestUsers.TENANT,
                    new Kommun("Osby"), Agency.FK, Set.of(Agency.AF), AgeBand.AGE_30_39, Gender.NOT_STATED,
                    Set.of(Category.RULES), "Sjukskriven sedan länge, behöver stöd tillbaka till arbete.",
                    "Hur samordnar vi arbetsträning och ersättning?", false, Set.of()));
    }

    private BotClient bot() {
        return new BotClient(port);
    }

    private static SentActivity await(String conversationId, Predicate<SentActivity> matching) {
        return FakeConnector.get()
            .awaitSent((sent) -> sent.conversationId().startsWith(conversationId) && matching.test(sent), WAIT);
    }

    /** A message in a thread of the team's General channel. */
    private static TestActivities channelMessage(TestUser user, String teamId, String text) {
        TestActivities message = TestActivities.personalMessage(user, text);
        ObjectNode activity = message.node();
        ((ObjectNode) activity.get("conversation")).put("id", teamId + ";messageid=thread-" + UUID.randomUUID())
            .put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", teamId).put("name", "Konsultationsteam Osby");
        channelData.putObject("channel").put("id", teamId);
        return message;
    }

}
