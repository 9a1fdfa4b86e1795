package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.ConnectorTokens;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * The Bot Connector's tokens through the real endpoint, beyond the refusals of
 * {@link BotEndpointSecurityTests}: a clock a few minutes off still gets through, a token
 * without a serviceUrl does not.
 */
class IncomingTokenTests extends BotIntegrationTest {

    @Test
    void tokenThatExpiredWithinTheClockSkewGetsThrough() {
        TestUser user = TestUsers.fresh("Skev Klocka");
        TestActivities message = TestActivities.personalMessage(user, "hjälp");

        BotClient.Response response = bot().post(message.json(),
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, message.serviceUrl())
                    .expiredAt(Instant.now().minus(Duration.ofMinutes(4)))
                    .header());

        assertThat(response.status()).isEqualTo(202);
        assertThat(connector().awaitSentTo(user.personalConversationId()).hasAdaptiveCard()).isTrue();
    }

    @Test
    void tokenWithoutServiceUrlIsRefused() {
        TestUser user = TestUsers.fresh("Utan Adress");
        TestActivities message = TestActivities.personalMessage(user, "hjälp");

        BotClient.Response response = bot().post(message.json(),
                ConnectorTokens.valid(TestUsers.BOT_APP_ID, null).header());

        assertThat(response.status()).isEqualTo(401);
        assertThat(connector().attemptsAt(user.personalConversationId())).isEmpty();
    }

}
