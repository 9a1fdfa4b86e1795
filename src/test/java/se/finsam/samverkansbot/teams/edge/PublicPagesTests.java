package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Period;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the Teams app manifest links to ({@code /integritet}, {@code /villkor}) are
 * served by the bot on its HTTP port to anyone, in Swedish, while {@code /api/messages}
 * still refuses a request without a Bot Framework token.
 */
class PublicPagesTests extends BotIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void privacyPageSaysWhatIsStoredWhyAndForHowLongWithoutAToken() throws Exception {
        HttpResponse<String> page = get("/integritet");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                (type) -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(page.body()).contains("<html lang=\"sv\">", "så hanteras personuppgifter", "avidentifierat")
            // The retention periods in force (the defaults here), never a placeholder.
            .contains("Tills 6 månader efter att ärendet stängdes", "Tills 3 månader efter att uppföljningen",
                    "<td>24 månader</td>", "töms 30 dagar efter", "12 månader efter att medlemmen")
            .contains("mina uppgifter", "Integritetsskyddsmyndigheten", "href=\"/villkor\"")
            .doesNotContain("{closedCaseTexts}", "{auditTrail}");
    }

    @Test
    void termsPageIsServedInSwedishWithoutAToken() throws Exception {
        HttpResponse<String> page = get("/villkor");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"sv\">", "användarvillkor", "avidentifierat", "ring 112",
                "href=\"/integritet\"");
    }

    @Test
    void theBotEndpointStillRequiresAToken() {
        var refused = bot().post(TestActivities.personalMessage(TestUsers.fresh("Utan Token"), "hjälp").json(), null);

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void periodsReadAsSwedishWords() {
        assertThat(PublicPages.swedish(Period.parse("P6M"))).isEqualTo("6 månader");
        assertThat(PublicPages.swedish(Period.parse("P1M"))).isEqualTo("1 månad");
        assertThat(PublicPages.swedish(Period.parse("P30D"))).isEqualTo("30 dagar");
        assertThat(PublicPages.swedish(Period.parse("P1Y6M"))).isEqualTo("1 år och 6 månader");
        assertThat(PublicPages.swedish(Period.parse("P2Y1M1D"))).isEqualTo("2 år, 1 månad och 1 dag");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
