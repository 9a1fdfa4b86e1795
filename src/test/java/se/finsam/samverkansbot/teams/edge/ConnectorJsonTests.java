package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ResourceResponse;
import org.junit.jupiter.api.Test;

/**
 * What the bot sends the Bot Connector is the same JSON the SDK's own serializer writes,
 * for a reply with a card (nested containers, actions with data, a map key with a dot)
 * and for a text; the connector's answers read the same.
 */
class ConnectorJsonTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final java.time.OffsetDateTime SENT = java.time.OffsetDateTime.parse("2026-12-03T10:15:30Z");

    @Test
    void repliesAreWrittenAsTheSdkWritesThem() throws Exception {
        assertThat(JSON.readTree(new ConnectorJson().serialize(reply())))
            .isEqualTo(JSON.readTree(new JacksonAdapter().serialize(reply())));
        assertThat(JSON.readTree(new ConnectorJson().serialize(text())))
            .isEqualTo(JSON.readTree(new JacksonAdapter().serialize(text())));
    }

    @Test
    void answersAreReadAsTheSdkReadsThem() throws Exception {
        ResourceResponse read = new ConnectorJson().deserialize("{\"id\":\"1:abc\",\"unknown\":1}",
                ResourceResponse.class);
        assertThat(read.getId()).isEqualTo("1:abc");
    }

    private static Activity text() {
        Activity text = MessageFactory.text("Hej **där**, se [länken](https://example.org).");
        text.setTextFormat(com.microsoft.bot.schema.TextFormatTypes.MARKDOWN);
        text.setTimestamp(SENT);
        return text;
    }

    private static Activity reply() throws Exception {
        ObjectNode card = (ObjectNode) JSON.readTree("""
                {"type":"AdaptiveCard","version":"1.5","body":[
                  {"type":"Container","items":[{"type":"TextBlock","text":"Ärende K-2026-0001","wrap":true},
                    {"type":"Input.Date","id":"followup.held.5","value":"2026-12-03"}]},
                  {"type":"ActionSet","actions":[{"type":"Action.Execute","title":"Öppna","verb":"case.show",
                    "data":{"verb":"case.show","caseId":5,"nested":{"list":[1,2,{"deep":true}]}}}]}],
                 "refresh":{"userIds":["29:a"],"action":{"type":"Action.Execute","verb":"case.refresh"}}}
                """);
        Attachment attachment = new Attachment();
        attachment.setContentType("application/vnd.microsoft.card.adaptive");
        attachment.setContent(card);
        Activity reply = MessageFactory.attachment(attachment);
        reply.setFrom(new ChannelAccount("28:bot", "Samverkansboten"));
        reply.setRecipient(new ChannelAccount("29:a", "Anna"));
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId("a:personal");
        conversation.setConversationType("personal");
        reply.setConversation(conversation);
        reply.setReplyToId("act-1");
        reply.setTimestamp(SENT);
        reply.setProperties("dotted.key", JSON.readTree("{\"a.b\":1}"));
        reply.setSuggestedActions(null);
        reply.setAttachments(List.of(attachment));
        return reply;
    }

}
