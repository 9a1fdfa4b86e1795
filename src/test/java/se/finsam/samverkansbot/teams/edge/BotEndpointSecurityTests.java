package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.ConnectorTokens;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Only the Bot Connector, for an allowed tenant, gets through to the bot; everything
 * refused changes nothing: no reply, no stored conversation, no remembered activity.
 */
class BotEndpointSecurityTests extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void missingTokenIsRefused() {
        assertRefusedWithNothingChanged(401, (activity) -> bot().post(activity.json(), null));
    }

    @Test
    void tokenSignedWithUnpublishedKeyIsRefused() {
        assertRefusedWithNothingChanged(401, activity -> bot().post(activity.json(),
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, activity.serviceUrl()).forged().header()));
    }

    @Test
    void expiredTokenIsRefused() {
        assertRefusedWithNothingChanged(401,
                activity -> bot().post(activity.json(),
                        ConnectorTokens.valid(TestUsers.BOT_APP_ID, activity.serviceUrl())
                            .expiredAt(Instant.now().minus(Duration.ofMinutes(30)))
                            .header()));
    }

    @Test
    void tokenForAnotherBotIsRefused() {
        assertRefusedWithNothingChanged(401, activity -> bot().post(activity.json(),
                ConnectorTokens.valid("another-bot-app-id", activity.serviceUrl()).header()));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertRefusedWithNothingChanged(401,
                activity -> bot().post(activity.json(),
                        ConnectorTokens.valid(TestUsers.BOT_APP_ID, activity.serviceUrl())
                            .issuer("https://sts.windows.net/not-the-bot-framework/")
                            .header()));
    }

    @Test
    void tokenIssuedForAnotherServiceUrlIsRefused() {
        assertRefusedWithNothingChanged(401, activity -> bot().post(activity.json(),
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, "https://smba.example.invalid/emea/").header()));
    }

    @Test
    void tokenSignedWithKeyEndorsedForAnotherChannelIsRefused() {
        assertRefusedWithNothingChanged(401, activity -> bot().post(activity.json(),
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, activity.serviceUrl()).endorsedForWebchatOnly().header()));
    }

    @Test
    void activityFromTenantOutsideAllowListIsForbidden() {
        assertRefusedWithNothingChanged(403, activity -> bot().send(activity.tenant(TestUsers.OTHER_TENANT)));
    }

    @Test
    void activityWithoutTenantIsForbidden() {
        assertRefusedWithNothingChanged(403, activity -> {
            activity.node().withObject("conversation").remove("tenantId");
            activity.node().remove("channelData");
            return bot().send(activity);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "{", "not json", "[]", "42", "{\"type\":\"message\"}",
            "{\"type\":\"message\",\"serviceUrl\":\"http://x/\",\"conversation\":{\"id\":\"c\"},\"from\":[1,2]}" })
    void malformedBodyIsBadRequest(String body) {
        int before = storedRows();
        BotClient.Response response = bot().post(body,
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, connector().serviceUrl()).header());
        assertThat(response.status()).isEqualTo(400);
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void bodyOverTheLimitIsRefusedUnread() {
        TestUser user = TestUsers.fresh("Stor");
        TestActivities huge = TestActivities.personalMessage(user, "x".repeat(300 * 1024));
        int before = storedRows();

        BotClient.Response response = bot().send(huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(storedRows()).isEqualTo(before);
        assertThat(connector().sentTo(user.personalConversationId())).isEmpty();
    }

    @Test
    void validTokenGetsThrough() {
        TestUser user = TestUsers.fresh("Godkänd");
        BotClient.Response response = bot().send(TestActivities.personalMessage(user, "hjälp"));
        assertThat(response.status()).isEqualTo(202);
        assertThat(connector().awaitSentTo(user.personalConversationId()).hasAdaptiveCard()).isTrue();
    }

    private void assertRefusedWithNothingChanged(int status,
            java.util.function.Function<TestActivities, BotClient.Response> post) {
        TestUser user = TestUsers.fresh("Obehörig");
        TestActivities install = TestActivities.botInstalledPersonally(user);
        int before = storedRows();

        BotClient.Response response = post.apply(install);

        assertThat(response.status()).isEqualTo(status);
        assertThat(storedRows()).isEqualTo(before);
        assertThat(connector().sentTo(user.personalConversationId())).isEmpty();
    }

    private int storedRows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM conversation) + (SELECT COUNT(*) FROM processed_activity)")
            .query(Integer.class)
            .single();
    }

}
