package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestBotConfiguration.productionModeProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:meetings-chat-test;DB_CLOSE_DELAY=-1");
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
