package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * A bot with a förbund of three kommuner and a coordinator, on H2 files so that it can be
 * restarted, for the case tests.
 */
final class CaseTestBot {

    static final Map<String, Object> ORGANISATION = Map.of("samverkansbot.organisation.kommuner",
            "Osby,Hässleholm,Kristianstad", "samverkansbot.organisation.coordinators[0].user-id",
            TestUsers.COORDINATOR.aadObjectId(), "samverkansbot.organisation.coordinators[0].name", "Sven Koordinator",
            "samverkansbot.outbox.initial-backoff", "300ms", "samverkansbot.outbox.jitter", "50ms",
            "samverkansbot.outbox.poll-interval", "100ms");

    private CaseTestBot() {
    }

    static RunningBot start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(ORGANISATION);
        properties.putAll(extra);
        return RunningBot.onH2Files(dataDir, properties);
    }

    /** The same bot on a new database of the test JVM's embedded PostgreSQL. */
    static RunningBot startOnPostgres(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(ORGANISATION);
        properties.putAll(extra);
        return RunningBot.onPostgres(se.finsam.samverkansbot.testing.TestPostgres.newDatabase(), properties);
    }

    /**
     * Waits for the {@code index}th message to the conversation or a thread in it (from
     * 0).
     */
    static SentActivity awaitNth(String conversationId, int index) {
        FakeConnector connector = FakeConnector.get();
        connector.awaitSent(sent -> sentTo(conversationId).size() > index, Duration.ofSeconds(15));
        return sentTo(conversationId).get(index);
    }

    static SentActivity awaitMatching(String conversationId, Predicate<SentActivity> matching) {
        FakeConnector connector = FakeConnector.get();
        return connector.awaitSent(sent -> sent.conversationId().startsWith(conversationId) && matching.test(sent),
                Duration.ofSeconds(15));
    }

    /** Everything sent to the conversation or a thread in it. */
    static List<SentActivity> sentTo(String conversationId) {
        return FakeConnector.get()
            .sent()
            .stream()
            .filter((sent) -> sent.conversationId().startsWith(conversationId))
            .toList();
    }

    /** The input of a card's body (or a show-card below a button) with this id. */
    static JsonNode input(JsonNode card, String id) {
        for (JsonNode node : card.findParents("id")) {
            if (id.equals(node.path("id").asText())) {
                return node;
            }
        }
        return null;
    }

}
