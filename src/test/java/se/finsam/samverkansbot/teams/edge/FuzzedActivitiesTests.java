package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @BeforeAll
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

    @AfterAll
    static void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    /**
     * Anything an outsider sends, in any shape: no server error, nothing stored changes.
     */
    @Test
    void mutatedActivitiesFromAnOutsiderNeverFailAndChangeNothing() {
        tryMany(250, FuzzedActivitiesTests::outsiderActivity);
    }

    /**
     * A team member's presses on the team's buttons with forged, mistyped or missing case
     * ids and fields refuse and change nothing.
     */
    @Test
    void forgedTeamPressesChangeNothing() {
        tryMany(150, FuzzedActivitiesTests::forgedTeamPress);
    }

    /**
     * A case form broken in one required field (missing, wrong type, over its length,
     * blank in odd Unicode) or with a gender the form does not offer raises no case, and
     * the endpoint answers.
     */
    @Test
    void brokenCaseFormsRaiseNoCase() {
        tryMany(120, FuzzedActivitiesTests::brokenCaseForm);
    }

    /** Found by the tries above: an id longer than Teams makes it failed with 500. */
    @Test
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

    /**
     * Posts {@code tries} generated activities, each from its own seed (printed with a
     * failure; {@code -Dfuzz.seed=<seed>} replays one).
     */
    private static void tryMany(int tries, Function<Random, ObjectNode> generator) {
        String replay = System.getProperty("fuzz.seed");
        long base = new Random().nextLong();
        for (int i = 0; i < (replay == null ? tries : 1); i++) {
            long seed = replay == null ? base + i : Long.parseLong(replay);
            ObjectNode activity = generator.apply(new Random(seed));
            Map<String, List<Map<String, Object>>> before = storedWork();
            BotClient.Response response = post(activity);
            String what = shape(activity) + " (seed " + seed + ")";
            assertAnswered(what, activity, response);
            assertThat(storedWork()).as("stored work after %s", what).isEqualTo(before);
        }
    }

    private static ObjectNode outsiderActivity(Random random) {
        ObjectNode activity = switch (random.nextInt(7)) {
            case 0 -> TestActivities.personalMessage(OUTSIDER, text(random)).node();
            case 1 -> TestActivities.personalSubmit(OUTSIDER, cardData(random)).node();
            case 2 -> execute(TestActivities.personalSubmit(OUTSIDER, cardData(random)));
            case 3 -> TestActivities.personalSubmit(OUTSIDER, cardData(random))
                .asDialog(pick(random, "task/fetch", "task/submit"))
                .node();
            case 4 -> inOtherTeam(TestActivities.personalSubmit(OUTSIDER, cardData(random)),
                    pick(random, "task/fetch", "task/submit", "adaptiveCard/action"));
            case 5 -> inOtherTeam(TestActivities.personalMessage(OUTSIDER, text(random)), null);
            default -> invoke(pick(random, "fileConsent/invoke", "composeExtension/fetchTask", "signin/verifyState",
                    "adaptiveCard/unknown", "", "task/fetch"), cardData(random));
        };
        mutateEnvelope(random, activity);
        return activity;
    }

    private static ObjectNode forgedTeamPress(Random random) {
        String verb = pick(random, "case.advise", "case.ask", "case.assign", "case.close", "case.assignForm",
                "case.answer", "case.closeOwn", "case.outcome");
        JsonNode id = switch (random.nextInt(3)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(pick(random, -1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 987654321L));
            default -> jsonValue(random, 0);
        };
        // Forged: never the real case, also not as text ("1") or by its reference.
        if (id.asText().strip().equals(String.valueOf(caseId)) || id.asText().startsWith("K-")
                || (id.isNumber() && id.asLong() == caseId)) {
            id = NODES.numberNode(caseId + 1_000_000);
        }
        ObjectNode data = cardData(random);
        data.put("verb", verb);
        data.set("caseId", id);
        TestActivities press = TestActivities.personalSubmit(MEMBER, data);
        inChannel(press);
        return switch (random.nextInt(3)) {
            case 0 -> press.node();
            case 1 -> execute(press);
            default -> press.asDialog("task/submit").node();
        };
    }

    private static ObjectNode brokenCaseForm(Random random) {
        ObjectNode form = caseForm();
        if (random.nextInt(7) == 0) {
            // Gender may be left out; a value the form does not offer is refused.
            form.put("gender", "x" + word(random));
        }
        else {
            String field = pick(random, "kommun", "ownAgency", "agencies", "ageBand", "categories", "situation",
                    "question");
            boolean freeText = field.equals("situation") || field.equals("question");
            switch (random.nextInt(freeText ? 7 : 6)) {
                case 0 -> form.remove(field);
                case 1 -> form.set(field, NODES.nullNode());
                case 2 -> form.set(field, NODES.arrayNode());
                case 3 -> form.set(field, NODES.objectNode());
                case 4 -> form.put(field, pick(random, "", " ", "\u200B\u200B", "\u00A0\t\n", "\u202E"));
                case 5 -> form.put(field, freeText ? "" : "x" + word(random));
                default -> {
                    int length = 3_001 + random.nextInt(57_000);
                    form.put(field, "Ett ärende om samordning. ".repeat(length / 26 + 1).substring(0, length));
                }
            }
        }
        TestActivities submit = TestActivities.personalSubmit(CASEWORKER, form);
        return random.nextBoolean() ? submit.node() : execute(submit);
    }

    /**
     * No server error. 501 is the Bot Framework's answer to an invoke the bot does not
     * implement (Teams treats it so), not a failure.
     */
    private static void assertAnswered(String what, ObjectNode activity, BotClient.Response response) {
        if (response.status() == 501) {
            assertThat(activity.path("type").asText()).as("501 for %s", what).isEqualTo("invoke");
            return;
        }
        assertThat(response.status()).as("answer to %s", what).isLessThan(500);
    }

    private static String text(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> randomString(random, "abcdefghijklmnopqrstuvwxyzåäö ABCÅÄÖ0123456789.,-:;!?@#/\\\"'", 200);
            case 1 -> randomString(random, "åäöÅÄÖ\u0301\u200B\u202E\uFEFF\uD83D\uDE00\u0000\t\n ", 50);
            case 2 -> random.ints(random.nextInt(80), 0, 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
            case 3 -> pick(random, "nytt ärende", "hjälp", "mina ärenden", "ärenden", "ärende K-1", "statistik",
                    "leveranser", "granskning", "konsultationsteam Osby", "konsultationsteam", "kontakt", "kontakt ny",
                    "uppföljning", "uppföljningar", "möten", "mötesrytm", "protokoll", "nästa möte", "mina uppgifter",
                    "kontakter avvecklade", "avveckla", "ta bort allt");
            default -> "ä".repeat(10_000 + random.nextInt(190_000));
        };
    }

    private static String randomString(Random random, String alphabet, int longest) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(longest + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String word(Random random) {
        return randomString(random, "abcdefghijklmnopqrstuvwxyz", 19) + "q";
    }

    private static ObjectNode cardData(Random random) {
        ObjectNode data = NODES.objectNode();
        int shape = random.nextInt(4);
        if (shape > 0) {
            data.put("verb", VERBS.get(random.nextInt(VERBS.size())));
        }
        for (int i = random.nextInt(9); i > 0; i--) {
            data.set(FIELDS.get(random.nextInt(FIELDS.size())), jsonValue(random, 0));
        }
        if (shape == 3) {
            data.put("caseId", caseId);
        }
        return data;
    }

    private static JsonNode jsonValue(Random random, int depth) {
        int kind = random.nextInt(depth < 2 ? 8 : 6);
        return switch (kind) {
            case 0 -> NODES.textNode(text(random));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode(pick(random, "1", "-1", "1e400", "0x10", "NaN", "K-2026-0001", "../../etc/passwd",
                    "<script>", "[länk](https://evil.example)", "%s%n"));
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(jsonValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(FIELDS.get(random.nextInt(FIELDS.size())), jsonValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    /**
     * Removes, retypes or garbles one part of the envelope, or leaves it whole.
     */
    private static void mutateEnvelope(Random random, ObjectNode activity) {
        String part = pick(random, "type", "id", "from", "recipient", "conversation", "channelData", "locale",
                "timestamp", "channelId", "text", "value", "name", "replyToId", "entities", "attachments");
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                // left whole
            }
            case 2 -> activity.remove(part);
            case 3 -> activity.set(part, jsonValue(random, 0));
            case 4 -> ((ObjectNode) activity.get("from")).set("aadObjectId", jsonValue(random, 0));
            case 5 -> ((ObjectNode) activity.get("conversation")).set("conversationType", jsonValue(random, 0));
            default -> ((ObjectNode) activity.get("channelData")).set("team", jsonValue(random, 0));
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
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
