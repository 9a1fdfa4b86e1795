package se.finsam.samverkansbot.teams.devchat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Plays the file store Teams gives a bot and its users (OneDrive and SharePoint): the
 * page asks for a place when a user accepts a file the bot offers (the bot then uploads
 * there, as to a OneDrive upload session) or attaches a file to a message (the bot then
 * downloads it), and shows the file as a download link. Kept in memory, the newest
 * {@link #KEPT} files of at most {@link #MAX_BYTES} each.
 */
@RestController
@Profile("dev")
class DevChatFiles {

    static final int KEPT = 50;

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Stored> files = new LinkedHashMap<>();

    private record Stored(String name, byte[] bytes) {
    }

    /** A new place for a file: where to put it and where it can be read. */
    @PostMapping(path = "/dev/chat/files", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> place(@RequestBody String body) throws java.io.IOException {
        JsonNode request = JSON.readTree(body);
        String name = request.path("name").asText("").strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("/") || name.contains("\\")) {
            return ResponseEntity.badRequest().build();
        }
        String id = UUID.randomUUID().toString();
        synchronized (files) {
            files.put(id, new Stored(name, null));
            Iterator<String> oldest = files.keySet().iterator();
            while (files.size() > KEPT) {
                oldest.next();
                oldest.remove();
            }
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/dev/chat/files/{id}")
            .buildAndExpand(id)
            .toUriString();
        ObjectNode answer = JSON.createObjectNode().put("id", id).put("uploadUrl", url).put("contentUrl", url);
        return ResponseEntity.ok(answer.toString());
    }

    /** The bot's upload (or the page's, for a file a user attaches). */
    @PutMapping(path = "/dev/chat/files/{id}")
    ResponseEntity<Void> put(@PathVariable String id, @RequestBody byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        synchronized (files) {
            Stored place = files.get(id);
            if (place == null) {
                return ResponseEntity.notFound().build();
            }
            files.put(id, new Stored(place.name(), bytes));
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @GetMapping(path = "/dev/chat/files/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id) {
        Stored stored;
        synchronized (files) {
            stored = files.get(id);
        }
        if (stored == null || stored.bytes() == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename(stored.name(), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .body(stored.bytes());
    }

}
