package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;

/**
 * Handles one card button, registered under its exact {@code verb} in a
 * {@link CardActions}. Card data comes from the client and can be tampered with: every
 * handler re-authorises what it is asked to do.
 */
@FunctionalInterface
public interface CardActionHandler {

    CompletableFuture<Void> handle(TurnContext turn, CardData data, Locale locale);

}
