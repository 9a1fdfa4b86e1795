package se.finsam.samverkansbot.teams.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * What the meeting conversation tests share: one application (production mode, the fake
 * Bot Connector, a clock the test moves, a samverkanskoordinator for the kommun Osby), a
 * local place Teams' file uploads go to, and the steps of a user in the team's channel:
 * typing, pressing a card button, opening and sending a dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestBotConfiguration.class, TestClock.Configuration.class })
abstract class MeetingChat {

    static final TestUser COORDINATOR = new TestUser("29:coordinator-meetings", "aad-coordinator-meetings",
            "Karin Koordinator");

    static final Duration WAIT = Duration.ofSeconds(30);

    static final ObjectMapper JSON = new ObjectMapper();

    /** What was put to the local upload place, by path. */
    static final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();

    private static HttpServer uploads;

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

    /** Plays the upload session Teams gives for a file the user accepts (OneDrive). */
    @BeforeAll
    static void uploadPlace() throws IOException {
        uploads = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        uploads.createContext("/upload/", (exchange) -> {
            uploaded.put(exchange.getRequestURI().getPath(), exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        uploads.start();
    }

    @AfterAll
    static void stopUploadPlace() {
        uploads.stop(0);
    }

    static String uploadUrl(String path) {
        return "http://127.0.0.1:" + uploads.getAddress().getPort() + path;
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CaseManagement cases;

    // The team, its series and its cases

    String newTeam() {
        String teamId = "19:meetings-" + UUID.randomUUID() + "@thread.tacv2";
        bot().send(TestActivities.botAddedToTeam(COORDINATOR, teamId, "Konsultationsteam Osby"));
        cases.setUpTeam(teamId, teamId, "Konsultationsteam Osby", List.of(new Kommun("Osby")), null);
        return teamId;
    }

    void installed(TestUser user) {
        bot().send(TestActivities.botInstalledPersonally(user));
        await(user.personalConversationId(), (sent) -> true);
    }

    void saveSeries(String teamId) {
        planning.saveSeries(teamId,
                new SeriesForm("WEEKLY", "2", null, "TUESDAY", "13:00", "60", "20", "3", "Kommunhuset, rum Kullen",
                        "https://teams.microsoft.com/l/meetup-join/osby", "3", "2027-01-12", "", "NEXT_WORKING_DAY",
                        Set.of()),
                UserId.of(COORDINATOR.aadObjectId()));
    }

    static Map<String, Object> seriesInputs() {
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

    ConsultationCase raise(TestUser caseworker) {
        return cases
            .raise(new NewCase(Person.of(UserId.of(caseworker.aadObjectId()), caseworker.name()), TestUsers.TENANT,
                    new Kommun("Osby"), Agency.FK, Set.of(Agency.AF), AgeBand.AGE_30_39, Gender.NOT_STATED,
                    Set.of(Category.RULES), "Sjukskriven sedan länge, behöver stöd tillbaka till arbete.",
                    "Hur samordnar vi arbetsträning och ersättning?", false, Set.of()));
    }

    // A user in the team's channel

    BotClient bot() {
        return new BotClient(port);
    }

    static SentActivity await(String conversationId, Predicate<SentActivity> matching) {
        return FakeConnector.get()
            .awaitSent((sent) -> sent.conversationId().startsWith(conversationId) && matching.test(sent), WAIT);
    }

    /** A message in a thread of the team's General channel. */
    static TestActivities channelMessage(TestUser user, String teamId, String text) {
        TestActivities message = TestActivities.personalMessage(user, text);
        ObjectNode activity = message.node();
        ((ObjectNode) activity.get("conversation")).put("id", teamId + ";messageid=thread-" + UUID.randomUUID())
            .put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", teamId).put("name", "Konsultationsteam Osby");
        channelData.putObject("channel").put("id", teamId);
        return message;
    }

    /**
     * What an {@code Action.Execute} press answered: the card that replaces the pressed
     * one, or a text.
     */
    record Answer(JsonNode card, String text) {
    }

    /**
     * Presses the card's button with this verb in the team's channel, with the given
     * inputs.
     */
    Answer press(TestUser user, String teamId, JsonNode card, String verb, Map<String, Object> inputs) {
        JsonNode button = TestActivities.button(card, verb);
        TestActivities activity = channelMessage(user, teamId, "");
        activity.node().remove("text");
        activity.node().set("value", TestActivities.pressed(button, inputs));
        BotClient.Response response = bot().send(activity.pressing(button, "card-" + UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(200);
        JsonNode value = json(response).path("value");
        return value.isObject() ? new Answer(value, null) : new Answer(null, value.asText());
    }

    /**
     * A Teams dialog invoke in the team's channel: {@code task/fetch} for a button that
     * opens a dialog, {@code task/submit} for the dialog's form sent with these inputs.
     */
    static TestActivities dialog(TestUser user, String teamId, JsonNode button, Map<String, Object> inputs,
            String invoke) {
        TestActivities activity = channelMessage(user, teamId, "");
        activity.node().remove("text");
        activity.node().set("value", TestActivities.pressed(button, inputs));
        return activity.asDialog(invoke);
    }

    /** The {@code task} of a dialog invoke's answer. */
    static JsonNode task(BotClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return json(response).path("task");
    }

    /** The form a dialog answer shows. */
    static JsonNode form(JsonNode task) {
        assertThat(task.path("type").asText()).as("the dialog shows a form: %s", task).isEqualTo("continue");
        return task.path("value").path("card").path("content");
    }

    /** The message a dialog answer closes with. */
    static String closing(JsonNode task) {
        assertThat(task.path("type").asText()).as("the dialog closes: %s", task).isEqualTo("message");
        return task.path("value").asText();
    }

    static JsonNode json(BotClient.Response response) {
        try {
            return JSON.readTree(response.body());
        }
        catch (IOException unreadable) {
            throw new AssertionError(response.body(), unreadable);
        }
    }

    /** A card with one button, as someone who never got it could forge it. */
    static JsonNode forgedButton(String verb, Map<String, Object> data) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("verb", verb);
        all.put("actionKey", UUID.randomUUID().toString());
        ObjectNode button = JSON.createObjectNode().put("type", "Action.Execute").put("verb", verb);
        button.set("data", JSON.valueToTree(all));
        ObjectNode card = JSON.createObjectNode();
        card.putArray("actions").add(button);
        return card;
    }

    /** A dialog's send button, as someone who never got the form could forge it. */
    static JsonNode forgedDialogButton(String dialog, Map<String, Object> data) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("dialog", dialog);
        all.put("actionKey", UUID.randomUUID().toString());
        ObjectNode button = JSON.createObjectNode().put("type", "Action.Submit");
        button.set("data", JSON.valueToTree(all));
        return button;
    }

    static String textOf(SentActivity sent) {
        return sent.text() == null ? "" : sent.text();
    }

    /** Every text of a card, error messages included. */
    static String cardText(JsonNode card) {
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

    /** Nothing the bot sent anywhere contains these typed texts. */
    static void assertNeverSent(String... typed) {
        List<String> everything = FakeConnector.get().sent().stream().map((sent) -> sent.body().toString()).toList();
        for (String value : typed) {
            assertThat(everything).as("no activity the bot sent contains what was refused")
                .noneMatch((body) -> body.contains(value));
        }
    }

}
