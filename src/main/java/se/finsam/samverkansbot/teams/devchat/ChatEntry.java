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

    /** How Teams names a thread of a channel in a conversation id. */
    private static final String THREAD = ";messageid=";

    /** The chat or channel of a conversation id, without a thread. */
    static String baseOf(String conversationId) {
        int thread = conversationId.indexOf(THREAD);
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }

    /** The conversation id of a thread in a channel. */
    static String inThread(String channelId, String threadId) {
        return channelId + THREAD + threadId;
    }

    /** The thread a conversation id names, or null. */
    static String threadOf(String conversationId) {
        int thread = conversationId.indexOf(THREAD);
        return thread < 0 ? null : conversationId.substring(thread + THREAD.length());
    }

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
