package se.finsam.samverkansbot.testing;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * Builds activities shaped as Teams sends them to a bot. Start from one of the factory
 * methods, adjust, and {@link #json()} it.
 */
public final class TestActivities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode activity;

    private TestActivities(ObjectNode activity) {
        this.activity = activity;
    }

    /** A message in the user's personal chat with the bot. */
    public static TestActivities personalMessage(TestUser user, String text) {
        TestActivities message = base("message", user, user.personalConversationId(), "personal");
        message.activity.put("text", text);
        message.activity.put("textFormat", "plain");
        return message;
    }

    /**
     * The user clicked an Action.Submit button in personal chat; Teams sends its data as
     * the value.
     */
    public static TestActivities personalSubmit(TestUser user, ObjectNode data) {
        TestActivities submit = base("message", user, user.personalConversationId(), "personal");
        submit.activity.set("value", data);
        return submit;
    }

    /** The user installed the bot for personal use. */
    public static TestActivities botInstalledPersonally(TestUser user) {
        TestActivities update = base("conversationUpdate", user, user.personalConversationId(), "personal");
        ArrayNode added = update.activity.putArray("membersAdded");
        added.addObject().put("id", TestUsers.BOT_ID);
        return update;
    }

    /**
     * A team member added the bot to a team; the conversation is the team's General
     * channel.
     */
    public static TestActivities botAddedToTeam(TestUser by, String teamId, String teamName) {
        TestActivities update = base("conversationUpdate", by, teamId, "channel");
        ArrayNode added = update.activity.putArray("membersAdded");
        added.addObject().put("id", TestUsers.BOT_ID);
        ObjectNode channelData = (ObjectNode) update.activity.get("channelData");
        channelData.put("eventType", "teamMemberAdded");
        channelData.putObject("team").put("id", teamId).put("name", teamName);
        channelData.putObject("channel").put("id", teamId);
        return update;
    }

    /** The bot was removed from the user's personal scope. */
    public static TestActivities botRemovedPersonally(TestUser user) {
        TestActivities update = base("conversationUpdate", user, user.personalConversationId(), "personal");
        update.activity.putArray("membersRemoved").addObject().put("id", TestUsers.BOT_ID);
        return update;
    }

    private static TestActivities base(String type, TestUser from, String conversationId, String conversationType) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type);
        activity.put("id", "act-" + UUID.randomUUID());
        activity.put("timestamp", java.time.Instant.now().toString());
        activity.put("channelId", "msteams");
        activity.put("serviceUrl", FakeConnector.get().serviceUrl());
        activity.put("locale", "sv-SE");
        activity.putObject("from").put("id", from.id()).put("name", from.name()).put("aadObjectId", from.aadObjectId());
        activity.putObject("recipient").put("id", TestUsers.BOT_ID).put("name", "Samverkansboten");
        activity.putObject("conversation")
            .put("id", conversationId)
            .put("conversationType", conversationType)
            .put("tenantId", TestUsers.TENANT);
        activity.putObject("channelData").putObject("tenant").put("id", TestUsers.TENANT);
        return new TestActivities(activity);
    }

    /**
     * Makes this submit (its {@code value} is the button's data with the inputs) the
     * press of the given card button as Teams sends it: an {@code adaptiveCard/action}
     * invoke for an {@code Action.Execute}, a message with the value for an
     * {@code Action.Submit}.
     * @param pressedMessage the id of the message whose card holds the button
     */
    public TestActivities pressing(JsonNode button, String pressedMessage) {
        if (pressedMessage != null) {
            activity.put("replyToId", pressedMessage);
        }
        if (!"Action.Execute".equals(button.path("type").asText())) {
            return this;
        }
        JsonNode data = activity.remove("value");
        activity.put("type", "invoke");
        activity.put("name", "adaptiveCard/action");
        ObjectNode action = activity.putObject("value").putObject("action");
        action.put("type", "Action.Execute");
        action.put("verb", button.path("verb").asText());
        action.set("data", data);
        return this;
    }

    /**
     * Makes this submit (its {@code value} is the button's data with the inputs) a Teams
     * dialog invoke: {@code task/fetch} when a button opens a dialog, {@code task/submit}
     * when the dialog's form is sent.
     */
    public TestActivities asDialog(String invokeName) {
        JsonNode data = activity.remove("value");
        activity.put("type", "invoke");
        activity.put("name", invokeName);
        ObjectNode value = activity.putObject("value");
        value.set("data", data);
        value.putObject("context").put("theme", "default");
        return this;
    }

    /** The button (anywhere in the card) whose data opens or sends this dialog. */
    public static JsonNode dialogButton(JsonNode card, String dialog) {
        for (JsonNode parent : card.findParents("data")) {
            if (parent.get("data").isObject() && dialog.equals(parent.get("data").path("dialog").asText())) {
                return parent;
            }
        }
        throw new AssertionError("No dialog button " + dialog + " in " + card);
    }

    /**
     * The button (anywhere in the card, show-cards included) whose data has this verb.
     */
    public static JsonNode button(JsonNode card, String verb) {
        for (JsonNode data : card.findValues("data")) {
            if (verb.equals(data.path("verb").asText())) {
                for (JsonNode parent : card.findParents("data")) {
                    if (parent.get("data") == data) {
                        return parent;
                    }
                }
            }
        }
        throw new AssertionError("No button " + verb + " in " + card);
    }

    /** The button's data with the given inputs, as the client sends it. */
    public static ObjectNode pressed(JsonNode button, java.util.Map<String, Object> inputs) {
        ObjectNode data = ((ObjectNode) button.get("data")).deepCopy();
        data.setAll((ObjectNode) JSON.valueToTree(inputs));
        return data;
    }

    public TestActivities id(String id) {
        activity.put("id", id);
        return this;
    }

    public TestActivities locale(String locale) {
        activity.put("locale", locale);
        return this;
    }

    public TestActivities tenant(String tenantId) {
        ((ObjectNode) activity.get("conversation")).put("tenantId", tenantId);
        ((ObjectNode) activity.get("channelData")).putObject("tenant").put("id", tenantId);
        return this;
    }

    public TestActivities serviceUrl(String serviceUrl) {
        activity.put("serviceUrl", serviceUrl);
        return this;
    }

    public String id() {
        return activity.get("id").asText();
    }

    public String serviceUrl() {
        return activity.get("serviceUrl").asText();
    }

    public String conversationId() {
        return activity.get("conversation").get("id").asText();
    }

    public ObjectNode node() {
        return activity;
    }

    public String json() {
        return activity.toString();
    }

}
