package se.finsam.samverkansbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.testing.TestDatabases;

/**
 * Claiming locks only what it claims: while one instance delivers the head of one
 * conversation, another instance can claim the heads of the others, on H2 as on
 * PostgreSQL.
 */
class OutboxClaimTests {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aClaimInProgressLeavesOtherConversationsClaimable(String vendor) throws Exception {
        DataSource dataSource = TestDatabases.migrated(vendor);
        OutboxStore store = new OutboxStore(JdbcClient.create(dataSource), new Upserts(dataSource));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        long first = insert(store, "lane-a");
        long secondOfA = insert(store, "lane-a");
        long headOfB = insert(store, "lane-b");
        long headOfC = insert(store, "lane-c");

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Long>> holding = CompletableFuture.supplyAsync(() -> transactions.execute((tx) -> {
            List<Long> ids = ids(store.claim(NOW, 1, NOW.plusSeconds(60)));
            claimed.countDown();
            await(release);
            return ids;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

        List<Long> meanwhile = transactions.execute((tx) -> ids(store.claim(NOW, 10, NOW.plusSeconds(60))));
        release.countDown();

        assertThat(holding.get(10, TimeUnit.SECONDS)).containsExactly(first);
        assertThat(meanwhile).containsExactly(headOfB, headOfC).doesNotContain(secondOfA);
    }

    /**
     * A claim that waited past its lease and was claimed again meanwhile cannot renew it:
     * only the newer claim sends the message.
     */
    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aClaimWhoseLeaseEndedAndWasTakenOverCannotSend(String vendor) {
        DataSource dataSource = TestDatabases.migrated(vendor);
        OutboxStore store = new OutboxStore(JdbcClient.create(dataSource), new Upserts(dataSource));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        insert(store, "lane-lease");
        Instant later = NOW.plusSeconds(61);

        OutboxStore.Row first = transactions.execute((tx) -> store.claim(NOW, 1, NOW.plusSeconds(60))).get(0);
        OutboxStore.Row second = transactions.execute((tx) -> store.claim(later, 1, later.plusSeconds(60))).get(0);

        Boolean firstRenews = transactions.execute((tx) -> store.renewLease(first, later.plusSeconds(60)));
        Boolean secondRenews = transactions.execute((tx) -> store.renewLease(second, later.plusSeconds(60)));
        List<OutboxStore.Row> meanwhile = transactions
            .execute((tx) -> store.claim(later.plusSeconds(1), 1, later.plusSeconds(120)));

        assertThat(second.id()).as("claimed again after the lease ended").isEqualTo(first.id());
        assertThat(firstRenews).as("the older claim").isFalse();
        assertThat(secondRenews).as("the newer claim").isTrue();
        assertThat(meanwhile).as("a renewed lease keeps others off").isEmpty();
    }

    private static long insert(OutboxStore store, String lane) {
        return store.insert(lane, "tenant", OutboxStore.Target.PERSONAL, lane, "http://connector.test/", null, null,
                MessageOrigin.of("test", "claim"), "{}", OutboxStatus.PENDING, null, NOW.minus(Duration.ofSeconds(1)),
                NOW.minus(Duration.ofSeconds(1)));
    }

    private static List<Long> ids(List<OutboxStore.Row> rows) {
        return rows.stream().map(OutboxStore.Row::id).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
