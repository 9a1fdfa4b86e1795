package se.finsam.samverkansbot.teams.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.samverkansbot.teams.conversations.Conversation;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.Conversations;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestBotConfiguration;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees when talking to the bot, through the real endpoint and the fake Bot
 * Connector.
 */
class BotConversationTests extends BotIntegrationTest {

    @Autowired
    Conversations conversations;

    @Test
    void hjalpInPersonalChatAnswersWithHelpCard() {
        TestUser anna = TestUsers.fresh("Anna");

        var response = bot().send(TestActivities.personalMessage(anna, "hjälp"));

        assertThat(response.status()).isEqualTo(202);
        SentActivity reply = connector().awaitSentTo(anna.personalConversationId());
        assertThat(reply.hasAdaptiveCard()).isTrue();
        assertThat(reply.adaptiveCards().get(0).path("version").asText()).isEqualTo("1.5");
        assertThat(reply.cardText()).contains("Samverkansboten", "avidentifierade", "hjälp", "personuppgifter")
            .contains("Så hanteras personuppgifter");
        assertThat(reply.authorization()).isEqualTo("Bearer " + TestBotConfiguration.OUTBOUND_TOKEN);
    }

    @Test
    void helpIsUnderstoodWithCapitalsMentionPunctuationAndInEnglish() {
        TestUser erik = TestUsers.fresh("Erik");

        bot().send(TestActivities.personalMessage(erik, "  Hjälp! "));
        bot().send(TestActivities.personalMessage(erik, "help").locale("en-GB"));

        var replies = connector().sentTo(erik.personalConversationId());
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).cardText()).contains("Det här kan du skriva till mig");
        assertThat(replies.get(1).cardText()).contains("This is what you can write to me")
            .doesNotContain("Det här kan du skriva");
    }

    @Test
    void unknownTextGetsFriendlyPointerToHelp() {
        TestUser lena = TestUsers.fresh("Lena");

        bot().send(TestActivities.personalMessage(lena, "vad gäller för sjukpenning?"));

        SentActivity reply = connector().awaitSentTo(lena.personalConversationId());
        assertThat(reply.text()).contains("Det där känner jag inte igen", "hjälp");
    }

    @Test
    void identifyingDataTypedIntoTheChatIsWarnedAboutByKindWithoutEchoingOrStoringIt() {
        TestUser lena = TestUsers.fresh("Lena");

        bot().send(TestActivities.personalMessage(lena, "vad gäller för Kalle Andersson 19850101-1234?"));
        bot().send(TestActivities.personalMessage(lena, "Ring 070-123 45 67. Fråga efter Kalle."));

        connector().awaitSent((sent) -> connector().sentTo(lena.personalConversationId()).size() == 2,
                java.time.Duration.ofSeconds(10));
        var replies = connector().sentTo(lena.personalConversationId());
        assertThat(replies.get(0).text()).contains("kan identifiera en person", "får inte skickas", "personnummer")
            .doesNotContain("Det där känner jag inte igen", "Kalle", "19850101", "vad gäller");
        assertThat(replies.get(1).text()).contains("telefonnummer i första meningen")
            .doesNotContain("070-123", "Ring", "Fråga efter");
        Conversation stored = conversations.findByConversationId(lena.personalConversationId()).orElseThrow();
        assertThat(stored.referenceJson()).doesNotContain("19850101", "070-123", "Kalle");
    }

    @Test
    void everydayWordingsAreUnderstoodAndANewCaseInAChannelPointsToPersonalChat() {
        TestUser nils = TestUsers.fresh("Nils");

        bot().send(TestActivities.personalMessage(nils, "hej"));
        connector().awaitSent((sent) -> connector().sentTo(nils.personalConversationId()).size() == 1,
                java.time.Duration.ofSeconds(10));
        bot().send(TestActivities.personalMessage(nils, "nytt arende"));
        connector().awaitSent((sent) -> connector().sentTo(nils.personalConversationId()).size() == 2,
                java.time.Duration.ofSeconds(10));
        bot().send(TestActivities.personalMessage(nils, "mina uppföljningar"));
        connector().awaitSent((sent) -> connector().sentTo(nils.personalConversationId()).size() == 3,
                java.time.Duration.ofSeconds(10));
        var replies = connector().sentTo(nils.personalConversationId());
        assertThat(replies.get(0).cardText()).contains("Det här kan du skriva till mig");
        assertThat(replies.get(1).cardText()).contains("Nytt ärende till konsultationsteamet");
        assertThat(replies).extracting((sent) -> sent.text() == null ? "" : sent.text())
            .noneMatch((text) -> text.contains("känner jag inte igen"));

        String teamId = "19:team-" + nils.aadObjectId() + "@thread.tacv2";
        var inChannel = TestActivities.personalMessage(nils, "nytt ärende");
        ((com.fasterxml.jackson.databind.node.ObjectNode) inChannel.node().get("conversation")).put("id", teamId)
            .put("conversationType", "channel");
        ((com.fasterxml.jackson.databind.node.ObjectNode) inChannel.node().get("channelData")).putObject("team")
            .put("id", teamId);
        bot().send(inChannel);
        SentActivity pointer = connector().awaitSentTo(teamId);
        assertThat(pointer.text()).contains("personliga chatt", "nytt ärende");
    }

    @Test
    void helpCardButtonShowsPrivacyRules() {
        TestUser omar = TestUsers.fresh("Omar");
        var data = new ObjectMapper().createObjectNode().put("verb", PrivacyRulesCommand.VERB);

        bot().send(TestActivities.personalSubmit(omar, data));

        SentActivity reply = connector().awaitSentTo(omar.personalConversationId());
        assertThat(reply.cardText()).contains("Skriv aldrig", "personnummer", "27 kap. 46 § SFB");
    }

    @Test
    void cardSubmitWithUnknownVerbIsAnsweredAndChangesNothing() {
        TestUser omar = TestUsers.fresh("Omar");
        var data = new ObjectMapper().createObjectNode().put("verb", "deleteEverything");

        bot().send(TestActivities.personalSubmit(omar, data));

        SentActivity reply = connector().awaitSentTo(omar.personalConversationId());
        assertThat(reply.text()).contains("hjälp");
    }

    @Test
    void installingInPersonalChatStoresReferenceAndGreets() {
        TestUser maria = TestUsers.fresh("Maria");

        var response = bot().send(TestActivities.botInstalledPersonally(maria));

        assertThat(response.status()).isEqualTo(202);
        SentActivity greeting = connector().awaitSentTo(maria.personalConversationId());
        assertThat(greeting.cardText()).contains("Hej! Jag är Samverkansboten");
        Conversation stored = conversations.findByConversationId(maria.personalConversationId()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(ConversationKind.PERSONAL);
        assertThat(stored.userAadObjectId()).isEqualTo(maria.aadObjectId());
        assertThat(stored.tenantId()).isEqualTo(TestUsers.TENANT);
        assertThat(stored.serviceUrl()).isEqualTo(connector().serviceUrl());
        assertThat(stored.installed()).isTrue();
        assertThat(stored.referenceJson()).contains(maria.personalConversationId());
    }

    @Test
    void addingToTeamStoresChannelReferenceAndGreetsTheChannel() {
        TestUser sven = TestUsers.fresh("Sven");
        String teamId = "19:team-" + sven.aadObjectId() + "@thread.tacv2";

        bot().send(TestActivities.botAddedToTeam(sven, teamId, "Konsultationsteam Skåne Nordost"));

        SentActivity greeting = connector().awaitSentTo(teamId);
        assertThat(greeting.cardText()).contains("i kanalen");
        Conversation stored = conversations.findByConversationId(teamId).orElseThrow();
        assertThat(stored.kind()).isEqualTo(ConversationKind.CHANNEL);
        assertThat(stored.teamId()).isEqualTo(teamId);
        assertThat(stored.userAadObjectId()).isNull();
    }

    @Test
    void removingTheBotMarksTheConversationUninstalled() {
        TestUser karin = TestUsers.fresh("Karin");
        bot().send(TestActivities.botInstalledPersonally(karin));

        bot().send(TestActivities.botRemovedPersonally(karin));

        Conversation stored = conversations.findByConversationId(karin.personalConversationId()).orElseThrow();
        assertThat(stored.installed()).isFalse();
    }

    @Test
    void sameActivityDeliveredTwiceIsHandledOnce() {
        TestUser per = TestUsers.fresh("Per");
        TestActivities message = TestActivities.personalMessage(per, "hjälp");

        var first = bot().send(message);
        var second = bot().send(message);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(200);
        connector().awaitSentTo(per.personalConversationId());
        assertThat(connector().sentTo(per.personalConversationId())).hasSize(1);
    }

}
