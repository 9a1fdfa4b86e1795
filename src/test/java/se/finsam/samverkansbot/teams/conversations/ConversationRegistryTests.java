package se.finsam.samverkansbot.teams.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.testing.ConcurrentTransactions;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestDatabases;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

/**
 * Two activities of a new conversation handled at once store the conversation once, and
 * both transactions commit (on PostgreSQL a caught duplicate-key error would have aborted
 * the later one, and with it everything else its turn wrote).
 */
class ConversationRegistryTests {

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void twoActivitiesOfANewConversationAtOnceStoreItOnce(String vendor) throws Exception {
        DataSource dataSource = TestDatabases.migrated(vendor);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TestUser user = TestUsers.fresh("Samtidig Användare");
        ConversationRegistry registry = new ConversationRegistry(null, new Upserts(dataSource), jdbc,
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        Activity install = activity(TestActivities.botInstalledPersonally(user));
        Activity message = activity(
                TestActivities.personalMessage(user, "hjälp").serviceUrl("https://elsewhere.test/"));

        ConcurrentTransactions
            .secondWaitsForFirst(dataSource, (tx) -> registry.remember(install), (tx) -> registry.remember(message))
            .get(20, TimeUnit.SECONDS);

        assertThat(jdbc.sql("SELECT service_url FROM conversation WHERE conversation_id = ?")
            .param(user.personalConversationId())
            .query(String.class)
            .list()).as("one row, refreshed by the later activity").containsExactly("https://elsewhere.test/");
    }

    private static Activity activity(TestActivities activity) throws Exception {
        return Serialization.treeToValue(Serialization.jsonToTree(activity.json()), Activity.class);
    }

}
