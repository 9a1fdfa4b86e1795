package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.teams.FileUploadInfo;

/**
 * Finishes a Teams file consent flow the bot started (a file card the user accepts or
 * declines), dispatched by the {@code kind} in the card's context. The context comes back
 * from the client: handlers re-authorise.
 */
public interface FileConsentHandler {

    /** Context key naming the handler. */
    String KIND = "kind";

    String kind();

    CompletableFuture<Void> accepted(TurnContext turn, JsonNode context, FileUploadInfo upload, Locale locale);

    CompletableFuture<Void> declined(TurnContext turn, JsonNode context, Locale locale);

}
