package se.finsam.samverkansbot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.core.Upserts;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.ConcurrentTransactions;
import se.finsam.samverkansbot.testing.TestDatabases;

/**
 * A member seen in two transactions at once (two activities of a new member) is stored
 * once, with the name of the later one, and the later transaction still commits: on
 * PostgreSQL a caught duplicate-key error would have aborted it.
 */
class TeamMemberStorageTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aMemberSeenInTwoTransactionsAtOnceIsStoredOnceWithTheLaterName(String vendor) throws Exception {
        DataSource dataSource = TestDatabases.migrated(vendor);
        TeamMembers members = new TeamMembers(JdbcClient.create(dataSource), new Upserts(dataSource));
        UserId fatima = UserId.of("aad-fatima");

        ConcurrentTransactions
            .secondWaitsForFirst(dataSource, (tx) -> members.seen("team-1", Person.of(fatima, "Fatima"), NOW),
                    (tx) -> members.seen("team-1", Person.of(fatima, "Fatima Teammedlem"), NOW.plusSeconds(1)))
            .get(20, TimeUnit.SECONDS);

        assertThat(members.of("team-1")).containsExactly(Person.of(fatima, "Fatima Teammedlem"));
    }

}
