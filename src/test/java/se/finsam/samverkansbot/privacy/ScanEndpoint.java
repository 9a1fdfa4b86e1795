package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts to {@code /api/privacy/scan} of a running application. */
record ScanEndpoint(int port) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, String body, String retryAfter) {

        Answer(int status, String body) {
            this(status, body, null);
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

    }

    static String jsonText(String text) {
        try {
            return new ObjectMapper().writeValueAsString(java.util.Map.of("text", text));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    Answer post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest
            .newBuilder(URI.create("http://localhost:" + port + "/api/privacy/scan"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
