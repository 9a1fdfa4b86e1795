package se.finsam.samverkansbot.teams.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.schema.Serialization;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import se.finsam.samverkansbot.teams.edge.BotCredentials;
import se.finsam.samverkansbot.teams.edge.OutboundCredentials;

/**
 * Calls the Bot Connector over HTTP with the bot's own token (none in the {@code dev}
 * profile without credentials), so that the outbox sees every status and
 * {@code Retry-After} as Teams sent them.
 */
@Component
class HttpBotConnector implements BotConnector {

    private final HttpClient http;

    private final Duration timeout;

    private final Clock clock;

    private final AppCredentials credentials;

    HttpBotConnector(BotCredentials botCredentials, OutboundCredentials outboundCredentials,
            OutboxProperties properties, Clock clock) {
        this.timeout = properties.requestTimeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.requestTimeout()).build();
        this.credentials = botCredentials.isBlank() ? null : outboundCredentials.create(botCredentials.appId(),
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    }

    @Override
    public Response send(String serviceUrl, String conversationId, String activityJson) throws IOException {
        return call("POST", activities(serviceUrl, conversationId), activityJson);
    }

    @Override
    public Response update(String serviceUrl, String conversationId, String activityId, String activityJson)
            throws IOException {
        return call("PUT", activities(serviceUrl, conversationId) + "/" + encode(activityId), activityJson);
    }

    private Response call(String method, String uri, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", "Bearer " + token());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling the Bot Connector", e);
        }
        Duration retryAfter = response.headers()
            .firstValue("Retry-After")
            .map((value) -> retryAfter(value, clock))
            .orElse(null);
        return new Response(response.statusCode(), activityId(response.body()), retryAfter);
    }

    private String token() throws IOException {
        try {
            return credentials.getToken().join();
        }
        catch (CompletionException e) {
            throw new IOException("No token for the Bot Connector", e.getCause());
        }
    }

    private static String activities(String serviceUrl, String conversationId) {
        String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
        return base + "v3/conversations/" + encode(conversationId) + "/activities";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String activityId(String body) {
        if (!StringUtils.hasText(body)) {
            return null;
        }
        try {
            JsonNode id = Serialization.jsonToTree(body).get("id");
            return id == null || id.isNull() ? null : id.asText();
        }
        catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when it is neither. */
    static Duration retryAfter(String value, Clock clock) {
        String trimmed = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            }
            catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

}
