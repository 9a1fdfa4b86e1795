package se.finsam.samverkansbot.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts activities to the bot's real {@code /api/messages} endpoint, signed as the Bot
 * Connector would sign them (or not, or wrongly).
 */
public final class BotClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String endpoint;

    public BotClient(int port) {
        this.endpoint = "http://127.0.0.1:" + port + "/api/messages";
    }

    /** Posts with a valid Bot Connector token. */
    public Response send(TestActivities activity) {
        return post(activity.json(), ConnectorTokens.valid(TestUsers.BOT_APP_ID, activity.serviceUrl()).header());
    }

    /**
     * Sends two presses of one button as nearly at once as a double click; the answers in
     * the order built.
     */
    public java.util.List<Response> sendTwiceAtOnce(java.util.function.Supplier<TestActivities> press) {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.CompletableFuture<Response>> presses = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            TestActivities activity = press.get();
            presses.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return send(activity);
            }));
        }
        start.countDown();
        return presses.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /** Posts the raw body with the given Authorization header (null for none). */
    public Response post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {
    }

}
