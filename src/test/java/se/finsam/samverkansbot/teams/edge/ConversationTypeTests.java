package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.samverkansbot.teams.conversations.Conversations;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * An activity whose conversation type is missing or one Teams does not use is refused and
 * changes nothing: it is never taken for a personal chat (where a caseworker's cases and
 * follow-ups are shown).
 */
class ConversationTypeTests extends BotIntegrationTest {

    @Autowired
    Conversations conversations;

    @Test
    void anActivityWithoutConversationTypeIsRefused() {
        TestUser user = TestUsers.fresh("Utan Typ");
        TestActivities message = TestActivities.personalMessage(user, "mina ärenden");
        ((com.fasterxml.jackson.databind.node.ObjectNode) message.node().get("conversation"))
            .remove("conversationType");

        assertRefusedAndNothingChanged(user, message);
    }

    @Test
    void anActivityOfAnUnknownConversationTypeIsRefused() {
        TestUser user = TestUsers.fresh("Okänd Typ");
        TestActivities message = TestActivities.personalMessage(user, "mina ärenden");
        ((com.fasterxml.jackson.databind.node.ObjectNode) message.node().get("conversation")).put("conversationType",
                "meeting");

        assertRefusedAndNothingChanged(user, message);
    }

    private void assertRefusedAndNothingChanged(TestUser user, TestActivities message) {
        assertThat(bot().send(message).status()).isEqualTo(400);
        assertThat(connector().attemptsAt(user.personalConversationId())).as("nothing posted").isEmpty();
        assertThat(conversations.findByConversationId(user.personalConversationId())).as("nothing stored").isEmpty();
    }

}
