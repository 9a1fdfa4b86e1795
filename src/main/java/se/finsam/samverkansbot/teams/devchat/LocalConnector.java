package se.finsam.samverkansbot.teams.devchat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Connector REST API as far as the bot uses it, for the local chat page: the
 * page's activities carry this as their {@code serviceUrl}, so the bot's replies and
 * proactive messages (outbox) come here, are kept in the {@link Transcript} and pushed to
 * the browser. Answers as Teams does: the id of a posted activity, 404 for an unknown
 * one. Needs no token: the bot sends none in the {@code dev} profile without credentials.
 */
@RestController
@Profile("dev")
@RequestMapping(path = LocalConnector.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class LocalConnector {

    static final String BASE = "/dev/connector/v3/conversations";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transcript transcript;

    private final DevChatProperties world;

    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    LocalConnector(Transcript transcript, DevChatProperties world) {
        this.transcript = transcript;
        this.world = world;
    }

    /**
     * {@code POST v3/conversations}: a new thread in a channel, or the personal chat with
     * one user.
     */
    @RequestMapping(method = RequestMethod.POST)
    ResponseEntity<String> createConversation(@RequestBody String body) throws IOException {
        JsonNode parameters = JSON.readTree(body);
        String channel = parameters.path("channelData").path("channel").path("id").asText(null);
        JsonNode activity = parameters.get("activity");
        ObjectNode created = JSON.createObjectNode();
        if (channel != null && world.isChannel(channel)) {
            String id = nextId();
            if (activity instanceof ObjectNode message) {
                post(channel, id, id, message);
            }
            created.put("id", ChatEntry.inThread(channel, id)).put("activityId", id);
            return answer(HttpStatus.CREATED, created);
        }
        String member = parameters.path("members").path(0).path("id").asText(null);
        DevChatProperties.User user = member == null ? null : world.user(member);
        if (user == null) {
            return notFound("No such user on the local chat page");
        }
        created.put("id", user.personalConversationId());
        if (activity instanceof ObjectNode message) {
            String id = nextId();
            post(user.personalConversationId(), id, null, message);
            created.put("activityId", id);
        }
        return answer(HttpStatus.CREATED, created);
    }

    /**
     * Everything under a conversation. The path is read raw, because conversation ids
     * carry {@code :}, {@code @} and {@code ;messageid=}, which the servlet container and
     * path matching would otherwise change.
     */
    @RequestMapping(path = "/**", method = { RequestMethod.POST, RequestMethod.PUT, RequestMethod.GET })
    ResponseEntity<String> conversation(HttpServletRequest request, @RequestBody(required = false) String body)
            throws IOException {
        List<String> path = segments(request);
        String method = request.getMethod();
        if (path.size() >= 2 && path.get(1).equals("activities")) {
            String activityId = path.size() > 2 ? path.get(2) : null;
            if ("PUT".equals(method) && activityId != null) {
                return update(activityId, body);
            }
            if ("POST".equals(method) && path.size() <= 3) {
                return send(path.get(0), activityId, body);
            }
        }
        if ("GET".equals(method) && path.size() >= 2 && path.get(1).equals("members")) {
            return path.size() == 2 ? members() : member(path.get(2));
        }
        return notFound("The local connector does not offer this");
    }

    /**
     * {@code POST .../activities} and {@code .../activities/{replyToId}}: a message into
     * a chat, a new thread in a channel, or a reply in a thread.
     */
    private ResponseEntity<String> send(String conversationId, String replyToId, String body) throws IOException {
        ObjectNode activity = (ObjectNode) JSON.readTree(body);
        String base = ChatEntry.baseOf(conversationId);
        String id = nextId();
        String thread = null;
        if (world.isChannel(base)) {
            thread = ChatEntry.threadOf(conversationId);
            if (thread == null && replyToId != null) {
                thread = transcript.find(replyToId).map(ChatEntry::threadId).orElse(null);
            }
            if (thread == null) {
                thread = id;
            }
        }
        if (replyToId != null) {
            activity.put("replyToId", replyToId);
        }
        post(base, id, thread, activity);
        return answer(HttpStatus.OK, JSON.createObjectNode().put("id", id));
    }

    /** {@code PUT .../activities/{id}}: the bot replaces a card it posted, in place. */
    private ResponseEntity<String> update(String activityId, String body) throws IOException {
        ObjectNode activity = (ObjectNode) JSON.readTree(body);
        activity.put("id", activityId);
        // The sender and time of the original stay, as Teams shows an edited message.
        transcript.find(activityId).ifPresent((old) -> {
            for (String kept : List.of("from", "timestamp")) {
                if (!activity.hasNonNull(kept) && old.activity().hasNonNull(kept)) {
                    activity.set(kept, old.activity().get(kept));
                }
            }
        });
        return transcript.replace(activityId, activity)
            .map((entry) -> answer(HttpStatus.OK, JSON.createObjectNode().put("id", activityId)))
            .orElseGet(() -> notFound("No such activity"));
    }

    private ResponseEntity<String> members() {
        ArrayNode all = JSON.createArrayNode();
        world.users().forEach((user) -> all.add(account(user)));
        return answer(HttpStatus.OK, all);
    }

    private ResponseEntity<String> member(String userId) {
        DevChatProperties.User user = world.user(userId);
        return user == null ? notFound("No such member") : answer(HttpStatus.OK, account(user));
    }

    private ObjectNode account(DevChatProperties.User user) {
        return JSON.createObjectNode()
            .put("id", user.id())
            .put("name", user.name())
            .put("aadObjectId", user.aadObjectId())
            .put("tenantId", world.tenantId())
            .put("userRole", "user");
    }

    private void post(String conversationId, String id, String thread, ObjectNode activity) {
        activity.put("id", id);
        if (!activity.hasNonNull("timestamp")) {
            activity.put("timestamp", Instant.now().toString());
        }
        if (!activity.hasNonNull("from")) {
            activity.putObject("from").put("id", world.botId()).put("name", world.botName());
        }
        transcript.add(new ChatEntry(id, conversationId, thread, true, activity));
    }

    private String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    private static List<String> segments(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String below = raw.length() > BASE.length() ? raw.substring(BASE.length() + 1) : "";
        return Arrays.stream(below.split("/"))
            .map((segment) -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
            .toList();
    }

    private static ResponseEntity<String> answer(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status).body(body.toString());
    }

    private static ResponseEntity<String> notFound(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("code", "NotFound").put("message", message);
        return answer(HttpStatus.NOT_FOUND, error);
    }

}
