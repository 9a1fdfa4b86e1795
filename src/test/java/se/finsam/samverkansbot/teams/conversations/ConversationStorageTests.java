package se.finsam.samverkansbot.teams.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestPostgres;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Conversation references and the ids of handled activities are kept in the database, so
 * the bot can write to a user after a restart and still recognises a redelivery: on the
 * embedded H2 file database and on PostgreSQL (Flyway migrations and Spring Data JDBC
 * mapping on both).
 */
class ConversationStorageTests {

    /**
     * Quartz shares a job store's connections JVM-wide by scheduler name: a name of its
     * own keeps this application's scheduler from taking over (and, once stopped,
     * breaking) the one of the shared test context.
     */
    private static final Map<String, Object> OWN_SCHEDULER = Map.of("spring.quartz.scheduler-name",
            "samverkansbot-conversation-storage");

    @Test
    void conversationReferenceAndHandledActivitySurviveRestart_onH2Files(@TempDir Path dataDir) {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, OWN_SCHEDULER)) {
            assertThat(databaseUrlOf(bot)).as("the bot runs on the H2 file database in the test's directory")
                .startsWith("jdbc:h2:file:" + dataDir);
            conversationReferenceAndHandledActivitySurviveRestart(bot, TestUsers.fresh("Hanna H2"));
        }
    }

    @Test
    void conversationReferenceAndHandledActivitySurviveRestart_onPostgres() {
        String url = TestPostgres.newDatabase();
        try (RunningBot bot = RunningBot.onPostgres(url, OWN_SCHEDULER)) {
            assertThat(databaseUrlOf(bot)).as("the bot runs on the test's PostgreSQL database").isEqualTo(url);
            conversationReferenceAndHandledActivitySurviveRestart(bot, TestUsers.fresh("Pelle Postgres"));
        }
    }

    /**
     * The database the application really uses (a test property that lost to
     * application.yml would show).
     */
    private static String databaseUrlOf(RunningBot bot) {
        try (Connection connection = bot.bean(DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void conversationReferenceAndHandledActivitySurviveRestart(RunningBot bot, TestUser user) {
        String conversationId = user.personalConversationId();
        TestActivities install = TestActivities.botInstalledPersonally(user);

        assertThat(bot.client().send(install).status()).isEqualTo(202);
        SentActivity greeting = FakeConnector.get().awaitSentTo(conversationId);
        assertThat(greeting.cardText()).contains("Hej! Jag är Samverkansboten");
        assertThat(bot.bean(Conversations.class).findByConversationId(conversationId)).isPresent();

        bot.restart();

        Conversation stored = bot.bean(Conversations.class).findByConversationId(conversationId).orElseThrow();
        assertThat(stored.kind()).isEqualTo(ConversationKind.PERSONAL);
        assertThat(stored.tenantId()).isEqualTo(TestUsers.TENANT);
        assertThat(stored.userAadObjectId()).isEqualTo(user.aadObjectId());
        assertThat(stored.serviceUrl()).isEqualTo(FakeConnector.get().serviceUrl());
        assertThat(stored.installed()).isTrue();
        assertThat(stored.updatedAt()).isNotNull();
        assertThat(stored.referenceJson()).contains(conversationId).contains(FakeConnector.get().serviceUrl());

        var redelivered = bot.client().send(install);

        assertThat(redelivered.status()).as("a redelivery after the restart is recognised").isEqualTo(200);
        assertThat(FakeConnector.get().sentTo(conversationId)).as("greetings sent").hasSize(1);
        assertThat(bot.bean(Conversations.class)
            .findAll()
            .stream()
            .filter(conversation -> conversation.conversationId().equals(conversationId))).hasSize(1);
    }

}
