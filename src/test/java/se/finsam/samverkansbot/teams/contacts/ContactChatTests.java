package se.finsam.samverkansbot.teams.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Searching the contact directory in chat, through the real endpoint, on the example
 * directory in config/.
 */
class ContactChatTests extends BotIntegrationTest {

    static final TestUser COORDINATOR = new TestUser("29:chat-coordinator", "aad-chat-coordinator", "Carl Koordinator");

    @DynamicPropertySource
    static void contactProperties(DynamicPropertyRegistry registry) {
        ContactTestSettings.register(registry, "contact-chat-tests", COORDINATOR);
    }

    @Test
    void kontaktFindsTheBestPathsAsCards() {
        TestUser anna = TestUsers.fresh("Anna");

        bot().send(TestActivities.personalMessage(anna, "kontakt fk sjukpenning osby"));

        SentActivity reply = connector().awaitSentTo(anna.personalConversationId());
        List<?> cards = reply.adaptiveCards();
        assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(reply.adaptiveCards().get(0).toString()).contains("Försäkringskassan", "Lokal samverkan",
                "Senast kontrollerad");
        assertThat(reply.cardText()).doesNotContain("Markera verifierad");
    }

    @Test
    void definiteFormAndKommunFindPsychiatryInHassleholm() {
        TestUser anna = TestUsers.fresh("Anna");

        bot().send(TestActivities.personalMessage(anna, "kontakt psykiatrin hässleholm"));

        SentActivity reply = connector().awaitSentTo(anna.personalConversationId());
        assertThat(reply.adaptiveCards().get(0).toString()).contains("Vuxenpsykiatrisk mottagning");
        assertThat(reply.cardText()).doesNotContain("Ekonomiskt bistånd i Osby");
    }

    @Test
    void noHitSaysSoAndSuggestsTheKommunsCoordinator() {
        TestUser anna = TestUsers.fresh("Anna");

        bot().send(TestActivities.personalMessage(anna, "kontakt tandvård osby"));

        SentActivity reply = connector().awaitSentTo(anna.personalConversationId());
        assertThat(reply.hasAdaptiveCard()).isFalse();
        assertThat(reply.text()).contains("hittade ingen kontaktväg", "Osby", ContactTestSettings.COORDINATOR_NAME);
    }

    @Test
    void kontaktWithoutWordsExplainsHowToSearch() {
        TestUser anna = TestUsers.fresh("Anna");

        bot().send(TestActivities.personalMessage(anna, "kontakt"));

        assertThat(connector().awaitSentTo(anna.personalConversationId()).text()).contains("kontakt fk sjukpenning");
    }

    @Test
    void coordinatorsSeeButtonsToMaintainTheCard() {
        bot().send(TestActivities.personalMessage(COORDINATOR, "kontakt vårdcentral hässleholm"));

        SentActivity reply = connector()
            .awaitSent(sent -> sent.conversationId().equals(COORDINATOR.personalConversationId())
                    && sent.cardText().contains("rehabkoordinator"), java.time.Duration.ofSeconds(10));
        assertThat(reply.cardText()).contains("Ändra", "Markera verifierad", "Avveckla");
    }

    @Test
    void helpCardListsTheContactCommand() {
        TestUser anna = TestUsers.fresh("Anna");

        bot().send(TestActivities.personalMessage(anna, "hjälp"));

        assertThat(connector().awaitSentTo(anna.personalConversationId()).cardText()).contains("kontakt <sökord>");
    }

    @Test
    void kontaktWorksInATeamChannelWithoutCoordinatorButtons() {
        String channel = "19:contacts-channel-" + java.util.UUID.randomUUID() + "@thread.tacv2";
        TestActivities message = TestActivities.personalMessage(COORDINATOR,
                "<at>Samverkansboten</at> kontakt ekb hässleholm");
        com.fasterxml.jackson.databind.node.ObjectNode activity = message.node();
        ((com.fasterxml.jackson.databind.node.ObjectNode) activity.get("conversation")).put("id", channel)
            .put("conversationType", "channel");
        com.fasterxml.jackson.databind.node.ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Samverkansboten</at>");
        mention.putObject("mentioned").put("id", TestUsers.BOT_ID).put("name", "Samverkansboten");

        bot().send(message);

        SentActivity reply = connector().awaitSentTo(channel);
        assertThat(reply.cardText()).contains("Ekonomiskt bistånd").doesNotContain("Markera verifierad");
    }

    /**
     * The manifest offers the bot in group chats for {@code kontakt}: it answers there.
     */
    @Test
    void kontaktWorksInAGroupChat() {
        String chat = "19:group-" + java.util.UUID.randomUUID() + "@thread.v2";
        TestActivities message = TestActivities.personalMessage(COORDINATOR,
                "<at>Samverkansboten</at> kontakt ekb hässleholm");
        com.fasterxml.jackson.databind.node.ObjectNode activity = message.node();
        ((com.fasterxml.jackson.databind.node.ObjectNode) activity.get("conversation")).put("id", chat)
            .put("conversationType", "groupChat");
        com.fasterxml.jackson.databind.node.ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>Samverkansboten</at>");
        mention.putObject("mentioned").put("id", TestUsers.BOT_ID).put("name", "Samverkansboten");

        bot().send(message);

        SentActivity reply = connector().awaitSentTo(chat);
        assertThat(reply.cardText()).contains("Ekonomiskt bistånd").doesNotContain("Markera verifierad");
    }

}
