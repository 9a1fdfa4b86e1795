package se.finsam.samverkansbot.teams.devchat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message as the page shows it: the activity as the bot or the page sent it, and
 * where it belongs.
 *
 * @param id the activity id the local connector gave it (the page's own id for what a
 * user wrote)
 * @param conversationId the personal chat or channel, without a thread suffix
 * @param threadId in a channel, the id of the thread's first message; null in a personal
 * chat
 * @param fromBot whether the bot sent it
 * @param activity the activity itself
 */
record ChatEntry(String id, String conversationId, String threadId, boolean fromBot, ObjectNode activity) {

    ChatEntry withActivity(ObjectNode replacement) {
        return new ChatEntry(id, conversationId, threadId, fromBot, replacement);
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("conversationId", conversationId);
        json.put("threadId", threadId);
        json.put("fromBot", fromBot);
        json.set("activity", activity);
        return json;
    }

}
