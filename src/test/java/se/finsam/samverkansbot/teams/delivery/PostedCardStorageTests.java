package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.testing.ConcurrentTransactions;
import se.finsam.samverkansbot.testing.TestDatabases;

/**
 * The index of posted cards (which activity a card became, so that it can be updated in
 * place) takes two writes of one new card at once: the later one wins and its transaction
 * commits, on H2 and on PostgreSQL.
 */
class PostedCardStorageTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aCardRememberedInTwoTransactionsAtOnceKeepsTheLaterActivity(String vendor) throws Exception {
        DataSource dataSource = TestDatabases.migrated(vendor);
        OutboxStore store = new OutboxStore(JdbcClient.create(dataSource), new Upserts(dataSource));

        ConcurrentTransactions
            .secondWaitsForFirst(dataSource, (tx) -> store.rememberCard(card("activity-1"), NOW),
                    (tx) -> store.rememberCard(card("activity-2"), NOW.plusSeconds(1)))
            .get(20, TimeUnit.SECONDS);

        assertThat(store.postedCard("case-7")).contains(card("activity-2"));
    }

    private static OutboxStore.PostedCard card(String activityId) {
        return new OutboxStore.PostedCard("case-7", "lane-1", "19:channel@thread.tacv2", activityId,
                "https://smba.trafficmanager.net/emea/");
    }

}
