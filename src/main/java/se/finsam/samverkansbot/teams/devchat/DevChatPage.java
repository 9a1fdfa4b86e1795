package se.finsam.samverkansbot.teams.devchat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The local chat page and what it asks the application for: the fake Teams world, the
 * stream of messages, a place to record what the user wrote (so that other users in the
 * channel see it too), and which installations are still to be announced. The page then
 * posts its activities to {@code /api/messages} itself, as Teams would.
 */
@RestController
@Profile("dev")
class DevChatPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevChatProperties world;

    private final Transcript transcript;

    private final Installations installations;

    DevChatPage(DevChatProperties world, Transcript transcript, Installations installations) {
        this.world = world;
        this.transcript = transcript;
        this.installations = installations;
    }

    @GetMapping(path = "/dev/chat", produces = MediaType.TEXT_HTML_VALUE)
    Resource page() {
        return new ClassPathResource("devchat/chat.html");
    }

    @GetMapping(path = "/dev/chat/world", produces = MediaType.APPLICATION_JSON_VALUE)
    String world() {
        return JSON.valueToTree(world).toString();
    }

    @GetMapping(path = "/dev/chat/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return transcript.watch();
    }

    /** What a user wrote or clicked, before the page posts it to the bot. */
    @PostMapping(path = "/dev/chat/written", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> written(@RequestBody String body) throws IOException {
        JsonNode activity = JSON.readTree(body);
        if (!(activity instanceof ObjectNode message) || !message.hasNonNull("id")) {
            return ResponseEntity.badRequest().build();
        }
        String conversationId = message.path("conversation").path("id").asText("");
        String base = ChatEntry.baseOf(conversationId);
        String threadId = ChatEntry.threadOf(conversationId);
        if (world.isChannel(base) && threadId == null) {
            threadId = message.get("id").asText();
        }
        transcript.add(new ChatEntry(message.get("id").asText(), base, threadId, false, message));
        return ResponseEntity.noContent().build();
    }

    /**
     * Of the conversations the page would announce the bot's installation in, those not
     * announced since the application started: the bot greets once, not on every reload.
     */
    @PostMapping(path = "/dev/chat/installations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    String installations(@RequestBody String body) throws IOException {
        List<String> asked = JSON.readerForListOf(String.class).readValue(body);
        ArrayNode fresh = JSON.createArrayNode();
        installations.claim(asked).forEach(fresh::add);
        return fresh.toString();
    }

}
