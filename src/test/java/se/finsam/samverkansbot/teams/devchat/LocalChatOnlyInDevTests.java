package se.finsam.samverkansbot.teams.devchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.finsam.samverkansbot.testing.BotIntegrationTest;

/**
 * The local chat page plays Teams and the Bot Connector without authentication: in
 * production mode neither the page, its files nor the fake connector exist.
 */
class LocalChatOnlyInDevTests extends BotIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @CsvSource({ "GET, /dev/chat", "GET, /dev/chat/world", "GET, /dev/chat/events", "GET, /dev/chat/assets/chat.js",
            "GET, /dev/chat/assets/chat.css", "GET, /dev/chat/assets/vendor/adaptivecards/adaptivecards.min.js",
            "POST, /dev/chat/written", "POST, /dev/chat/installations", "POST, /dev/connector/v3/conversations",
            "POST, /dev/connector/v3/conversations/a%3Adevchat-1/activities",
            "PUT, /dev/connector/v3/conversations/a%3Adevchat-1/activities/1",
            "GET, /dev/connector/v3/conversations/a%3Adevchat-1/members/29%3Adevchat-karin" })
    void localChatDoesNotExistInProductionMode(String method, String path) throws Exception {
        assertThat(status(method, path)).isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void noLocalChatBeanExistsInProductionMode() {
        assertThat(context.getBeanNamesForType(LocalConnector.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevChatPage.class)).isEmpty();
        assertThat(context.getBeanNamesForType(Transcript.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevChatProperties.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevChatResources.class)).isEmpty();
    }

    private int status(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
            .header("Content-Type", "application/json")
            .method(method,
                    "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
