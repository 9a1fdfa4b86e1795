package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * What users write never reaches the log: not when it is understood, not when it is not,
 * not when it is refused, and not when handling it fails.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTests extends BotIntegrationTest {

    private static final String SECRET_TEXT = "Kalle Svensson 19850101-1234 bor på Storgatan 5";

    @Test
    void textOfMessagesNeverAppearsInLogs(CapturedOutput output) {
        TestUser user = TestUsers.fresh("Loggtest");

        bot().send(TestActivities.personalMessage(user, SECRET_TEXT));
        bot().send(TestActivities.personalMessage(user, "hjälp " + SECRET_TEXT));
        bot().send(TestActivities.personalMessage(user, SECRET_TEXT).tenant(TestUsers.OTHER_TENANT));
        bot().post(TestActivities.personalMessage(user, SECRET_TEXT).json(), null);
        // A reply that cannot be delivered makes the turn fail: the error is logged, the
        // text must not be.
        bot().send(TestActivities.personalMessage(user, SECRET_TEXT).serviceUrl("http://127.0.0.1:9/"));

        connector().awaitSentTo(user.personalConversationId());
        assertThat(output.getAll()).as("the failing turn was logged").contains("Handling activity");
        assertThat(output.getAll()).doesNotContain("Kalle", "19850101", "Storgatan");
    }

}
