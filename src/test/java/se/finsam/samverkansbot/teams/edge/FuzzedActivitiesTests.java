package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.ConnectorTokens;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 §12: random and mutated activities and card presses (wrong types, missing
 * fields, huge strings, odd Unicode, forged ids), signed as the Bot Connector signs them
 * and posted to the real endpoint of a running bot with a team, a case and a follow-up
 * plan. The endpoint never answers with a server error, and input the bot refuses changes
 * nothing that is stored.
 */
class FuzzedActivitiesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What users' work is made of; bookkeeping (conversations, keys, outbox) is not. */
    private static final List<String> STORED_WORK = List.of("consultation_case", "case_entry", "consultation_team",
            "follow_up_plan", "follow_up_history_entry", "contact_path", "contact_change", "meeting_series", "meeting",
            "agenda_item", "meeting_protocol", "protocol_entry", "stat_case", "stat_follow_up_plan",
            "stat_follow_up_event");

    /**
     * Verbs of every kind of button, real ones first, so mutations reach the handlers.
     */
    private static final List<String> VERBS = List.of("case.raise", "case.new", "case.advise", "case.ask",
            "case.assign", "case.assignForm", "case.close", "case.answer", "case.closeOwn", "case.outcome", "case.show",
            "case.list", "followUpCreate", "followUpEnd", "followUpHeld", "followUpHistory", "followUpList",
            "followUpNew", "followUpPostpone", "contactEdit", "contactHistory", "contactReactivate", "contactRetire",
            "contactSave", "contactVerify", "meetingAgenda", "meetingCancel", "meetingCancelConfirmed",
            "meetingItemNext", "meetingItemRemove", "meetingMove", "meetingPlan", "meetingProtocolApprove",
            "meetingProtocolDraft", "meetingProtocolExport", "meetingProtocolOpen", "meetingSeriesForm",
            "meetingSeriesSave", "statsFile", "statsReport", "", "case.", "x".repeat(300));

    private static final List<String> FIELDS = List.of("verb", "caseId", "teamId", "kommun", "ownAgency", "agencies",
            "ageBand", "gender", "categories", "situation", "question", "writtenAdvice", "advice", "adviceAgency",
            "answer", "outcome", "memberId", "assignee", "planId", "meetingId", "itemId", "contactId", "seriesId",
            "key", "dialog", "date", "time", "reason", "note", "reference", "confirm", "cancelReason", "moveReason");

    private static final String TEAM_ID = "19:fuzz-" + UUID.randomUUID() + "@thread.tacv2";

    private static final TestUser CASEWORKER = TestUsers.fresh("Anna Fuzzhandläggare");

    private static final TestUser MEMBER = TestUsers.fresh("Fatima Fuzzmedlem");

    private static final TestUser OUTSIDER = TestUsers.fresh("Olle Utanför");

    private static Path dataDir;

    private static RunningBot bot;

    private static long caseId;

    @BeforeContainer
    static void startBotWithATeamAndACase() throws IOException {
        dataDir = Files.createTempDirectory("fuzz");
        bot = RunningBot.onH2Files(dataDir,
                Map.of("samverkansbot.organisation.kommuner", "Osby,Hässleholm",
                        "samverkansbot.organisation.coordinators[0].user-id", TestUsers.COORDINATOR.aadObjectId(),
                        "samverkansbot.organisation.coordinators[0].name", "Sven Koordinator",
                        "samverkansbot.outbox.poll-interval", "100ms"));
        BotClient client = bot.client();
        client.send(TestActivities.botAddedToTeam(TestUsers.COORDINATOR, TEAM_ID, "Konsultationsteam Fuzz"));
        client.send(inChannel(TestActivities.personalMessage(TestUsers.COORDINATOR, "konsultationsteam Osby")));
        awaitSent(TEAM_ID, "Klart!");
        client.send(inChannel(TestActivities.personalMessage(MEMBER, "hjälp")));
        client.send(TestActivities.botInstalledPersonally(CASEWORKER));
        client.send(TestActivities.personalSubmit(CASEWORKER, caseForm()));
        SentActivity posted = awaitSent(TEAM_ID, "Nytt ärende K-");
        caseId = posted.adaptiveCards().get(0).findValue("caseId").asLong();
    }

    @AfterContainer
    static void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    /**
     * Anything an outsider sends, in any shape: no server error, nothing stored changes.
     */
    @Property(tries = 250)
    void mutatedActivitiesFromAnOutsiderNeverFailAndChangeNothing(@ForAll("outsiderActivities") ObjectNode activity) {
        Map<String, List<Map<String, Object>>> before = storedWork();
        BotClient.Response response = post(activity);
        assertAnswered(activity, response);
        assertThat(storedWork()).as("stored work after %s", shape(activity)).isEqualTo(before);
    }

    /**
     * A team member's presses on the team's buttons with forged, mistyped or missing case
     * ids and fields refuse and change nothing.
     */
    @Property(tries = 150)
    void forgedTeamPressesChangeNothing(@ForAll("forgedTeamPresses") ObjectNode activity) {
        Map<String, List<Map<String, Object>>> before = storedWork();
        BotClient.Response response = post(activity);
        assertAnswered(activity, response);
        assertThat(storedWork()).as("stored work after %s", shape(activity)).isEqualTo(before);
    }

    /**
     * A case form broken in one required field (missing, wrong type, over its length,
     * blank in odd Unicode) raises no case, and the endpoint answers.
     */
    @Property(tries = 120)
    void brokenCaseFormsRaiseNoCase(@ForAll("brokenCaseForms") ObjectNode activity) {
        Map<String, List<Map<String, Object>>> before = storedWork();
        BotClient.Response response = post(activity);
        assertAnswered(activity, response);
        assertThat(storedWork()).as("stored work after %s", shape(activity)).isEqualTo(before);
    }

    /** Found by the property above: an id longer than Teams makes it failed with 500. */
    @Example
    void idsLongerThanTeamsMakesThemAreRefusedAsBadRequests() {
        for (String path : List.of("from.aadObjectId", "conversation.tenantId", "conversation.id", "id")) {
            ObjectNode activity = TestActivities.personalMessage(OUTSIDER, "hjälp").node();
            String[] parts = path.split("\\.");
            ObjectNode parent = parts.length == 1 ? activity : (ObjectNode) activity.get(parts[0]);
            parent.put(parts[parts.length - 1], "a".repeat(600));
            Map<String, List<Map<String, Object>>> before = storedWork();
            assertThat(post(activity).status()).as(path).isEqualTo(400);
            assertThat(storedWork()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<ObjectNode> outsiderActivities() {
        Arbitrary<ObjectNode> base = Arbitraries.oneOf(
                text().map((text) -> TestActivities.personalMessage(OUTSIDER, text).node()),
                cardData().map((data) -> TestActivities.personalSubmit(OUTSIDER, data).node()),
                cardData().map((data) -> execute(TestActivities.personalSubmit(OUTSIDER, data))),
                Combinators.combine(cardData(), Arbitraries.of("task/fetch", "task/submit"))
                    .as((data, name) -> TestActivities.personalSubmit(OUTSIDER, data).asDialog(name).node()),
                Combinators.combine(cardData(), Arbitraries.of("task/fetch", "task/submit", "adaptiveCard/action"))
                    .as((data, name) -> inOtherTeam(TestActivities.personalSubmit(OUTSIDER, data), name)),
                text().map((text) -> inOtherTeam(TestActivities.personalMessage(OUTSIDER, text), null)),
                Arbitraries
                    .of("fileConsent/invoke", "composeExtension/fetchTask", "signin/verifyState",
                            "adaptiveCard/unknown", "", "task/fetch")
                    .flatMap((name) -> cardData().map((data) -> invoke(name, data))));
        return Combinators.combine(base, envelopeMutation()).as((activity, mutation) -> {
            mutation.apply(activity);
            return activity;
        });
    }

    @Provide
    Arbitrary<ObjectNode> forgedTeamPresses() {
        Arbitrary<Object> forgedIds = Arbitraries.oneOf(Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 987654321L).map(Object.class::cast),
                jsonValue().map(Object.class::cast));
        Arbitrary<String> teamVerbs = Arbitraries.of("case.advise", "case.ask", "case.assign", "case.close",
                "case.assignForm", "case.answer", "case.closeOwn", "case.outcome");
        return Combinators.combine(teamVerbs, forgedIds, cardData(), Arbitraries.of(0, 1, 2))
            .as((verb, id, extra, way) -> {
                ObjectNode data = extra.deepCopy();
                data.put("verb", verb);
                data.set("caseId", JSON.valueToTree(id));
                if (id instanceof Long number && number == caseId) {
                    data.put("caseId", caseId + 1_000_000);
                }
                TestActivities press = TestActivities.personalSubmit(MEMBER, data);
                inChannel(press);
                return switch (way) {
                    case 0 -> press.node();
                    case 1 -> execute(press);
                    default -> press.asDialog("task/submit").node();
                };
            });
    }

    @Provide
    Arbitrary<ObjectNode> brokenCaseForms() {
        Arbitrary<String> required = Arbitraries.of("kommun", "ownAgency", "agencies", "ageBand", "categories",
                "situation", "question");
        Arbitrary<JsonNode> broken = Arbitraries.oneOf(Arbitraries.just(NODES.missingNode()),
                Arbitraries.just(NODES.nullNode()), Arbitraries.just(NODES.arrayNode()),
                Arbitraries.just(NODES.objectNode()),
                Arbitraries.of("", " ", "\u200B\u200B", "\u00A0\t\n", "\u202E").map(NODES::textNode),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map((word) -> NODES.textNode("x" + word)));
        Arbitrary<JsonNode> tooLong = Arbitraries.integers()
            .between(3_001, 60_000)
            .map((length) -> NODES.textNode("Ett ärende om samordning. ".repeat(length / 26 + 1).substring(0, length)));
        // Gender may be left out; a value the form does not offer is refused.
        Arbitrary<Object[]> forgedGender = Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(20)
            .map((word) -> new Object[] { "gender", NODES.textNode("x" + word) });
        Arbitrary<Object[]> brokenField = Combinators.combine(required, Arbitraries.oneOf(broken, tooLong))
            .as((field, value) -> new Object[] { field, value });
        return Combinators
            .combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, brokenField),
                    net.jqwik.api.Tuple.of(1, forgedGender)), Arbitraries.of(0, 1))
            .as((broken2, way) -> {
                String field = (String) broken2[0];
                JsonNode value = (JsonNode) broken2[1];
                ObjectNode form = caseForm();
                boolean freeText = field.equals("situation") || field.equals("question");
                if (value.isMissingNode()) {
                    form.remove(field);
                }
                else if (value.isTextual() && value.asText().startsWith("x") && freeText) {
                    form.put(field, value.asText().repeat(3_001 / value.asText().length() + 1));
                }
                else {
                    form.set(field, value);
                }
                TestActivities submit = TestActivities.personalSubmit(CASEWORKER, form);
                return way == 0 ? submit.node() : execute(submit);
            });
    }

    /**
     * No server error. 501 is the Bot Framework's answer to an invoke the bot does not
     * implement (Teams treats it so), not a failure.
     */
    private static void assertAnswered(ObjectNode activity, BotClient.Response response) {
        if (response.status() == 501) {
            assertThat(activity.path("type").asText()).as("501 for %s", shape(activity)).isEqualTo("invoke");
            return;
        }
        assertThat(response.status()).as("answer to %s", shape(activity)).isLessThan(500);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                    .withChars("åäöÅÄÖ\u0301\u200B\u202E\uFEFF\uD83D\uDE00\u0000\t\n ")
                    .ofMaxLength(50),
                Arbitraries.of("nytt ärende", "hjälp", "mina ärenden", "ärenden", "ärende K-1", "statistik",
                        "leveranser", "granskning", "konsultationsteam Osby", "konsultationsteam", "kontakt",
                        "kontakt ny", "uppföljning", "uppföljningar", "möten", "mötesrytm", "protokoll", "nästa möte",
                        "mina uppgifter", "kontakter avvecklade", "avveckla", "ta bort allt"),
                Arbitraries.integers().between(10_000, 200_000).map((length) -> "ä".repeat(length)));
    }

    private static Arbitrary<ObjectNode> cardData() {
        Arbitrary<Map<String, JsonNode>> fields = Arbitraries.maps(Arbitraries.of(FIELDS), jsonValue()).ofMaxSize(8);
        return Combinators.combine(Arbitraries.of(VERBS), fields, Arbitraries.integers().between(0, 3))
            .as((verb, values, shape) -> {
                ObjectNode data = NODES.objectNode();
                if (shape > 0) {
                    data.put("verb", verb);
                }
                values.forEach(data::set);
                if (shape == 3) {
                    data.put("caseId", caseId);
                }
                return data;
            });
    }

    private static Arbitrary<JsonNode> jsonValue() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(text().map(NODES::textNode),
                Arbitraries.longs().map(NODES::numberNode), Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode), Arbitraries.just(NODES.nullNode()),
                Arbitraries
                    .of("1", "-1", "1e400", "0x10", "NaN", "K-2026-0001", "../../etc/passwd", "<script>",
                            "[länk](https://evil.example)", "%s%n")
                    .map(NODES::textNode));
        return Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(4).map((values) -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        }), Arbitraries.maps(Arbitraries.of(FIELDS), scalars).ofMaxSize(3).map((values) -> {
            ObjectNode object = NODES.objectNode();
            values.forEach(object::set);
            return object;
        }));
    }

    /**
     * Removes, retypes or garbles one part of the envelope, or leaves it whole.
     */
    private static Arbitrary<EnvelopeMutation> envelopeMutation() {
        Arbitrary<String> part = Arbitraries.of("type", "id", "from", "recipient", "conversation", "channelData",
                "locale", "timestamp", "channelId", "text", "value", "name", "replyToId", "entities", "attachments");
        return Arbitraries.oneOf(Arbitraries.just((EnvelopeMutation) (activity) -> {
        }), Arbitraries.just((EnvelopeMutation) (activity) -> {
        }), part.map((name) -> (EnvelopeMutation) (activity) -> activity.remove(name)),
                Combinators.combine(part, jsonValue())
                    .as((name, value) -> (EnvelopeMutation) (activity) -> activity.set(name, value)),
                jsonValue().map((value) -> (EnvelopeMutation) (activity) -> ((ObjectNode) activity.get("from"))
                    .set("aadObjectId", value)),
                jsonValue().map((value) -> (EnvelopeMutation) (activity) -> ((ObjectNode) activity.get("conversation"))
                    .set("conversationType", value)),
                jsonValue().map((value) -> (EnvelopeMutation) (activity) -> ((ObjectNode) activity.get("channelData"))
                    .set("team", value)));
    }

    @FunctionalInterface
    interface EnvelopeMutation {

        void apply(ObjectNode activity);

    }

    private static ObjectNode caseForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("verb", "case.raise");
        form.put("kommun", "Osby");
        form.put("ownAgency", "FK");
        form.put("agencies", "AF,KOMMUN_SOCIAL_SERVICES");
        form.put("ageBand", "AGE_30_39");
        form.put("gender", "WOMAN");
        form.put("categories", "RULES,INCOME");
        form.put("situation", "Kvinna i trettioårsåldern med lång sjukskrivning och oklar försörjning.");
        form.put("question", "Hur kan vi samordna insatserna?");
        form.put("writtenAdvice", "true");
        return JSON.valueToTree(form);
    }

    private static ObjectNode execute(TestActivities submit) {
        ObjectNode activity = submit.node();
        JsonNode data = activity.remove("value");
        activity.put("type", "invoke");
        activity.put("name", "adaptiveCard/action");
        ObjectNode action = activity.putObject("value").putObject("action");
        action.put("type", "Action.Execute");
        action.set("verb", data == null ? NODES.nullNode() : data.path("verb"));
        action.set("data", data);
        return activity;
    }

    private static ObjectNode invoke(String name, ObjectNode data) {
        ObjectNode activity = TestActivities.personalSubmit(OUTSIDER, data).node();
        JsonNode value = activity.remove("value");
        activity.put("type", "invoke");
        activity.put("name", name);
        activity.putObject("value").set("data", value);
        return activity;
    }

    private static TestActivities inChannel(TestActivities activity) {
        placeInChannel(activity.node(), TEAM_ID);
        return activity;
    }

    private static ObjectNode inOtherTeam(TestActivities activity, String invoke) {
        placeInChannel(activity.node(), "19:other-" + UUID.randomUUID() + "@thread.tacv2");
        if (invoke == null) {
            return activity.node();
        }
        return invoke.equals("adaptiveCard/action") ? execute(activity) : activity.asDialog(invoke).node();
    }

    private static void placeInChannel(ObjectNode activity, String teamId) {
        ((ObjectNode) activity.get("conversation")).put("id", teamId + ";messageid=thread-" + UUID.randomUUID())
            .put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", teamId).put("name", "Konsultationsteam");
        channelData.putObject("channel").put("id", teamId);
    }

    private static BotClient.Response post(ObjectNode activity) {
        String serviceUrl = FakeConnector.get().serviceUrl();
        return bot.client().post(activity.toString(), ConnectorTokens.valid(TestUsers.BOT_APP_ID, serviceUrl).header());
    }

    private static Map<String, List<Map<String, Object>>> storedWork() {
        JdbcTemplate jdbc = bot.bean(JdbcTemplate.class);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : STORED_WORK) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1"));
        }
        return rows;
    }

    /** The activity's shape without its values (a failure message must not hold text). */
    private static String shape(ObjectNode activity) {
        return activity.path("type").toString() + " " + activity.path("name") + " "
                + activity.path("conversation").path("conversationType") + " fields "
                + iterableToList(activity.fieldNames());
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static SentActivity awaitSent(String conversation, String text) {
        return FakeConnector.get()
            .awaitSent(
                    (sent) -> sent.conversationId().startsWith(conversation)
                            && ((sent.text() != null && sent.text().contains(text)) || sent.cardText().contains(text)),
                    Duration.ofSeconds(30));
    }

}
