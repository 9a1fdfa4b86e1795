package se.finsam.samverkansbot.teams.chat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.TextFormatTypes;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.TenantOf;

/**
 * Answers meant for the sender only, such as what the privacy guard found in their text:
 * in personal chat as an ordinary reply; from a channel or group chat in the sender's
 * personal chat with the bot (opened if need be), and nothing in the shared conversation.
 */
public final class PrivateReplies {

    private static final Logger log = LoggerFactory.getLogger(PrivateReplies.class);

    private PrivateReplies() {
    }

    /** Whether the turn comes from the sender's personal chat with the bot. */
    public static boolean isPersonal(TurnContext turn) {
        return ConversationKind
            .of(turn.getActivity().getConversation().getConversationType()) == ConversationKind.PERSONAL;
    }

    public static CompletableFuture<Void> card(TurnContext turn, AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        return send(turn, MessageFactory.attachment(attachment));
    }

    public static CompletableFuture<Void> text(TurnContext turn, String markdown) {
        Activity reply = MessageFactory.text(markdown);
        reply.setTextFormat(TextFormatTypes.MARKDOWN);
        return send(turn, reply);
    }

    private static CompletableFuture<Void> send(TurnContext turn, Activity message) {
        if (isPersonal(turn)) {
            return turn.sendActivity(message).thenApply(sent -> null);
        }
        Activity activity = turn.getActivity();
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (connector == null) {
            log.warn("No connector to answer activity {} privately; nothing was sent", activity.getId());
            return CompletableFuture.completedFuture(null);
        }
        String tenant = TenantOf.activity(activity);
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(activity.getRecipient());
        parameters.setMembers(List.of(activity.getFrom()));
        parameters.setTenantId(tenant);
        TeamsChannelData channelData = new TeamsChannelData();
        channelData.setTenant(new TenantInfo(tenant));
        parameters.setChannelData(channelData);
        message.setFrom(activity.getRecipient());
        parameters.setActivity(message);
        return connector.getConversations().createConversation(parameters).handle((created, failure) -> {
            if (failure != null) {
                log.warn("Could not answer activity {} in the sender's personal chat ({}); nothing was sent",
                        activity.getId(), failure.getClass().getSimpleName());
            }
            return null;
        });
    }

}
