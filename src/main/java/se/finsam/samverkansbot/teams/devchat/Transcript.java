package se.finsam.samverkansbot.teams.devchat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Everything said on the page since the application started, in memory only (a dev tool
 * needs no history across restarts), and the browsers watching it: each new or changed
 * message is pushed to them as a server-sent event, and a browser that connects gets
 * everything so far first.
 */
@Component
@Profile("dev")
class Transcript {

    private static final Logger log = LoggerFactory.getLogger(Transcript.class);

    /** Enough for a long session; the oldest messages go first. */
    static final int MAX_ENTRIES = 5000;

    private final Map<String, ChatEntry> entries = new LinkedHashMap<>();

    private final List<SseEmitter> watchers = new CopyOnWriteArrayList<>();

    synchronized ChatEntry add(ChatEntry entry) {
        entries.put(entry.id(), entry);
        if (entries.size() > MAX_ENTRIES) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        push(entry);
        return entry;
    }

    /** Replaces a message in place, as Teams does when the bot updates a card. */
    synchronized Optional<ChatEntry> replace(String id, ObjectNode activity) {
        ChatEntry old = entries.get(id);
        if (old == null) {
            return Optional.empty();
        }
        ChatEntry updated = old.withActivity(activity);
        entries.put(id, updated);
        push(updated);
        return Optional.of(updated);
    }

    synchronized Optional<ChatEntry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** A browser starts watching: it gets what was said so far, then every change. */
    synchronized SseEmitter watch() {
        SseEmitter emitter = new SseEmitter(0L);
        try {
            for (ChatEntry entry : entries.values()) {
                send(emitter, entry);
            }
            // What follows is new: the page counts it as unread.
            emitter.send(SseEmitter.event().name("ready").data(""));
        }
        catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        emitter.onCompletion(() -> watchers.remove(emitter));
        emitter.onTimeout(() -> watchers.remove(emitter));
        emitter.onError((error) -> watchers.remove(emitter));
        watchers.add(emitter);
        return emitter;
    }

    /** Open event streams would hold up the graceful shutdown for its whole timeout. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        List<SseEmitter> open = new ArrayList<>(watchers);
        watchers.clear();
        open.forEach(SseEmitter::complete);
    }

    private void push(ChatEntry entry) {
        for (SseEmitter watcher : watchers) {
            try {
                send(watcher, entry);
            }
            catch (IOException | IllegalStateException gone) {
                log.debug("A chat page stopped watching");
                watchers.remove(watcher);
            }
        }
    }

    private static void send(SseEmitter emitter, ChatEntry entry) throws IOException {
        emitter.send(SseEmitter.event().name("activity").data(entry.toJson().toString()));
    }

}
