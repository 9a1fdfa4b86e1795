package se.finsam.samverkansbot.teams.devchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The local connector answers the bot as the Bot Connector would and files each message
 * where Teams would show it: personal chat, new channel thread, or reply in a thread.
 */
class LocalConnectorTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CHANNEL = "19:cases@thread.tacv2";

    private static final String CHAT = "a:devchat-aad-anna";

    private final Transcript transcript = new Transcript();

    private final LocalConnector connector = new LocalConnector(transcript,
            new DevChatProperties("tenant", "28:bot", "Boten",
                    List.of(new DevChatProperties.User("29:anna", "aad-anna", "Anna", "handläggare", false)),
                    new DevChatProperties.Team("Teamet", List.of(new DevChatProperties.Channel(CHANNEL, "Ärenden")))));

    @Test
    void messageToAChannelStartsAThreadAndRepliesJoinIt() throws Exception {
        String root = id(call("POST", conversation(CHANNEL) + "/activities", "{\"type\":\"message\",\"text\":\"a\"}"));
        String reply = id(call("POST", conversation(CHANNEL + ";messageid=" + root) + "/activities/" + root,
                "{\"type\":\"message\",\"text\":\"b\"}"));

        assertThat(transcript.find(root).orElseThrow().threadId()).isEqualTo(root);
        ChatEntry answer = transcript.find(reply).orElseThrow();
        assertThat(answer.conversationId()).isEqualTo(CHANNEL);
        assertThat(answer.threadId()).isEqualTo(root);
        assertThat(answer.activity().path("replyToId").asText()).isEqualTo(root);
        assertThat(answer.fromBot()).isTrue();
    }

    @Test
    void messageToAPersonalChatHasNoThread() throws Exception {
        String id = id(call("POST", conversation(CHAT) + "/activities", "{\"type\":\"message\",\"text\":\"hej\"}"));

        ChatEntry entry = transcript.find(id).orElseThrow();
        assertThat(entry.conversationId()).isEqualTo(CHAT);
        assertThat(entry.threadId()).isNull();
        assertThat(entry.activity().path("from").path("id").asText()).isEqualTo("28:bot");
    }

    @Test
    void updateReplacesTheMessageInPlaceAndAnUnknownOneIsNotFound() throws Exception {
        String id = id(call("POST", conversation(CHAT) + "/activities", "{\"type\":\"message\",\"text\":\"före\"}"));

        ResponseEntity<String> updated = call("PUT", conversation(CHAT) + "/activities/" + id,
                "{\"type\":\"message\",\"text\":\"efter\"}");
        ResponseEntity<String> unknown = call("PUT", conversation(CHAT) + "/activities/4711",
                "{\"type\":\"message\",\"text\":\"efter\"}");

        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(transcript.find(id).orElseThrow().activity().path("text").asText()).isEqualTo("efter");
        assertThat(transcript.find(id).orElseThrow().activity().path("from").path("id").asText()).isEqualTo("28:bot");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void newConversationInAChannelIsANewThread() throws Exception {
        ResponseEntity<String> created = connector.createConversation("""
                {"isGroup": true, "channelData": {"channel": {"id": "%s"}},
                 "activity": {"type": "message", "text": "nytt ärende"}}
                """.formatted(CHANNEL));

        JsonNode body = JSON.readTree(created.getBody());
        String activityId = body.path("activityId").asText();
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(body.path("id").asText()).isEqualTo(CHANNEL + ";messageid=" + activityId);
        assertThat(transcript.find(activityId).orElseThrow().threadId()).isEqualTo(activityId);
    }

    @Test
    void membersAreTheFakeUsers() throws Exception {
        ResponseEntity<String> known = call("GET", conversation(CHAT) + "/members/" + encode("29:anna"), null);
        ResponseEntity<String> unknown = call("GET", conversation(CHAT) + "/members/" + encode("29:nobody"), null);

        assertThat(JSON.readTree(known.getBody()).path("aadObjectId").asText()).isEqualTo("aad-anna");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<String> call(String method, String path, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return connector.conversation(request, body);
    }

    private static String conversation(String id) {
        return LocalConnector.BASE + "/" + encode(id);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String id(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        return JSON.readTree(response.getBody()).path("id").asText();
    }

}
