package se.finsam.samverkansbot.teams.followups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.finsam.samverkansbot.testing.FakeConnector;
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
        Instant deadline = Instant.now().plusSeconds(15);
        while (connector.sentTo(user.personalConversationId()).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user.name() + " got " + connector.sentTo(user.personalConversationId()).size()
                        + " of " + count + " messages: " + texts(connector.sentTo(user.personalConversationId())));
            }
            sleep(Duration.ofMillis(25));
        }
        return connector.sentTo(user.personalConversationId());
    }

    /** Waits a little, so that a message that should not come would have arrived. */
    static List<SentActivity> settle(TestUser user) {
        sleep(Duration.ofMillis(400));
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

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
