package se.finsam.samverkansbot.teams.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * The search-based messaging extension, with the invoke exactly as Teams sends it
 * ({@code composeExtension/query}); the answer comes back in the HTTP response.
 */
class ContactMessagingExtensionTests extends BotIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void contactProperties(DynamicPropertyRegistry registry) {
        ContactTestSettings.register(registry, "contact-extension-tests");
    }

    static TestActivities query(TestUser user, String commandId, String parameter, String value) {
        TestActivities invoke = TestActivities.personalMessage(user, "");
        ObjectNode activity = invoke.node();
        activity.remove("text");
        activity.remove("textFormat");
        activity.put("type", "invoke");
        activity.put("name", "composeExtension/query");
        ObjectNode query = activity.putObject("value");
        query.put("commandId", commandId);
        query.putArray("parameters").addObject().put("name", parameter).put("value", value);
        query.putObject("queryOptions").put("skip", 0).put("count", 25);
        return invoke;
    }

    JsonNode answer(TestActivities invoke) throws Exception {
        BotClient.Response response = bot().send(invoke);
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static List<String> titles(JsonNode answer) {
        List<String> titles = new ArrayList<>();
        answer.path("composeExtension")
            .path("attachments")
            .forEach(a -> titles.add(a.path("preview").path("content").path("title").asText()));
        return titles;
    }

    @Test
    void searchAnswersWithAdaptiveCardsAndThumbnailPreviews() throws Exception {
        JsonNode answer = answer(query(TestUsers.fresh("Anna"), "searchContacts", "query", "fk sjukpenning osby"));

        JsonNode result = answer.path("composeExtension");
        assertThat(result.path("type").asText()).isEqualTo("result");
        assertThat(result.path("attachmentLayout").asText()).isEqualTo("list");
        JsonNode first = result.path("attachments").path(0);
        assertThat(first.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(first.path("content").path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(first.path("content").toString()).contains("Försäkringskassan");
        assertThat(first.path("preview").path("contentType").asText())
            .isEqualTo("application/vnd.microsoft.card.thumbnail");
        assertThat(first.path("preview").path("content").path("title").asText()).contains("Lokal samverkan");
    }

    @Test
    void everyCardIsUnderTheTeamsLimitAndCarriesNoCoordinatorButtons() throws Exception {
        JsonNode answer = answer(query(TestUsers.COORDINATOR, "searchContacts", "query", "samverkan"));

        JsonNode attachments = answer.path("composeExtension").path("attachments");
        assertThat(attachments.size()).isGreaterThan(1);
        for (JsonNode attachment : attachments) {
            String card = attachment.path("content").toString();
            assertThat(card.getBytes(StandardCharsets.UTF_8).length).isLessThan(ContactSearchExtension.MAX_CARD_BYTES);
            assertThat(card).doesNotContain(ContactCards.EDIT, ContactCards.VERIFY, ContactCards.RETIRE);
        }
    }

    @Test
    void initialRunOffersThePathsOfTheCoordinatorsKommunFirst() throws Exception {
        JsonNode answer = answer(query(TestUsers.COORDINATOR, "searchContacts", "initialRun", "true"));

        List<String> titles = titles(answer);
        assertThat(titles).isNotEmpty();
        assertThat(answer.path("composeExtension")
            .path("attachments")
            .path(0)
            .path("preview")
            .path("content")
            .path("text")
            .asText()).containsAnyOf("Osby", "alla kommuner");
    }

    @Test
    void anEmptyQueryOffersPathsInsteadOfNothing() throws Exception {
        assertThat(titles(answer(query(TestUsers.fresh("Anna"), "searchContacts", "query", "")))).isNotEmpty();
    }

    @Test
    void aQueryWithNoHitAnswersWithAnEmptyResult() throws Exception {
        JsonNode answer = answer(query(TestUsers.fresh("Anna"), "searchContacts", "query", "xyzzy"));

        assertThat(answer.path("composeExtension").path("type").asText()).isEqualTo("result");
        assertThat(answer.path("composeExtension").path("attachments")).isEmpty();
    }

    @Test
    void anUnknownCommandIdIsAnsweredWithAMessage() throws Exception {
        JsonNode answer = answer(query(TestUsers.fresh("Anna"), "deleteEverything", "query", "fk"));

        assertThat(answer.path("composeExtension").path("type").asText()).isEqualTo("message");
    }

}
