package se.finsam.samverkansbot.teams.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.OutboxRows;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/** Small helpers for the follow-up tests: form data, waiting for messages, plan ids. */
final class FollowUpTesting {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FollowUpTesting() {
    }

    static ObjectNode form(String type, String reference, String baseDate, String interval, String remind,
            String kommun) {
        ObjectNode data = JSON.createObjectNode().put("verb", FollowUpCards.CREATE);
        put(data, "type", type);
        put(data, "reference", reference);
        put(data, "baseDate", baseDate);
        put(data, "interval", interval);
        put(data, "remind", remind);
        put(data, "kommun", kommun);
        return data;
    }

    static ObjectNode button(String verb, long planId) {
        return JSON.createObjectNode().put("verb", verb).put(FollowUpCards.PLAN_ID, planId);
    }

    static ObjectNode dated(String verb, long planId, String date) {
        return button(verb, planId).put(verb + "." + planId, date);
    }

    private static void put(ObjectNode data, String field, String value) {
        if (value != null) {
            data.put(field, value);
        }
    }

    /** Waits until the conversation has at least {@code count} messages, returns them. */
    static List<SentActivity> awaitCount(TestUser user, int count) {
        FakeConnector connector = FakeConnector.get();
        await().atMost(Duration.ofSeconds(15))
            .untilAsserted(() -> assertThat(texts(connector.sentTo(user.personalConversationId()))).as(user.name())
                .hasSizeGreaterThanOrEqualTo(count));
        return connector.sentTo(user.personalConversationId());
    }

    /**
     * What the user got once every message written to them so far is finished: a message
     * that should not have been written would be among them.
     */
    static List<SentActivity> settle(DataSource database, TestUser user) {
        OutboxRows.awaitAllFinishedIn(database, user.personalConversationId());
        return FakeConnector.get().sentTo(user.personalConversationId());
    }

    static SentActivity last(TestUser user) {
        List<SentActivity> sent = FakeConnector.get().sentTo(user.personalConversationId());
        return sent.get(sent.size() - 1);
    }

    /** The plan id a card's buttons carry. */
    static long planIdIn(SentActivity activity) {
        for (JsonNode card : activity.adaptiveCards()) {
            JsonNode id = card.findValue(FollowUpCards.PLAN_ID);
            if (id != null) {
                return id.asLong();
            }
        }
        throw new AssertionError("No plan id in " + activity.body());
    }

    static List<String> texts(List<SentActivity> sent) {
        return sent.stream()
            .map((activity) -> activity.hasAdaptiveCard() ? activity.cardText() : activity.text())
            .toList();
    }

}
