package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;

/**
 * Handles a card button by its exact {@code verb}. Card data comes from the client and
 * can be tampered with: every handler re-authorises what it is asked to do.
 */
public interface CardActionHandler {

    String verb();

    CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale);

}
