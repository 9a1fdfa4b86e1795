package se.finsam.samverkansbot.teams.cases;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/** Activities of the case tests: messages and card submits in a team's channel. */
final class CaseActivities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseActivities() {
    }

    /**
     * A message in a thread of the team's General channel (whose id is the team's id);
     * the bot's answer goes to {@code teamId;messageid=<thread>}.
     */
    static TestActivities channelMessage(TestUser user, String teamId, String thread, String text) {
        TestActivities message = TestActivities.personalMessage(user, text);
        inChannel(message.node(), teamId, thread);
        return message;
    }

    /** A card submit in the team's channel, from the thread of the card. */
    static TestActivities channelSubmit(TestUser user, String teamId, String thread, ObjectNode data) {
        TestActivities submit = TestActivities.personalSubmit(user, data);
        inChannel(submit.node(), teamId, thread);
        return submit;
    }

    static ObjectNode data(Map<String, Object> values) {
        return JSON.valueToTree(values);
    }

    static String newThread() {
        return "thread-" + UUID.randomUUID();
    }

    private static void inChannel(ObjectNode activity, String teamId, String thread) {
        ((ObjectNode) activity.get("conversation")).put("id", teamId + ";messageid=" + thread)
            .put("conversationType", "channel");
        ObjectNode channelData = (ObjectNode) activity.get("channelData");
        channelData.putObject("team").put("id", teamId).put("name", "Konsultationsteam Nordost");
        channelData.putObject("channel").put("id", teamId);
    }

}
