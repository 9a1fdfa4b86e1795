package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;

/**
 * Answers a search-based messaging extension command ({@code composeExtension/query}),
 * dispatched by the exact command id of the app manifest. Teams waits at most 5 seconds
 * for the answer.
 */
public interface MessagingExtensionQueryHandler {

    String commandId();

    MessagingExtensionResponse handle(TurnContext turn, MessagingExtensionQuery query, Locale locale);

}
