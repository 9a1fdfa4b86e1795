package se.finsam.samverkansbot.teams.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.finsam.samverkansbot.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages written before origins got their own columns keep what they were about, so a
 * pending advice that fails after the upgrade still reaches the case, on H2 and on
 * PostgreSQL.
 */
class OutboxOriginMigrationTests {

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void originsWrittenBeforeTheUpgradeAreKept(String vendor) {
        DataSource dataSource = dataSource(vendor);
        migrate(dataSource, vendor, "7");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String origin : List.of("case:42:caseworker", "case:7:caseworker-card", "followup:17",
                "contacts:stale:00000000-0000-0000-0000-0000000000c1")) {
            jdbc.sql("""
                    INSERT INTO outbox_message (conversation_key, target, origin, payload, status, attempts,
                        next_attempt_at, created_at)
                    VALUES ('lane', 'PERSONAL', :origin, '{}', 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                    """).param("origin", origin).update();
        }
        jdbc.sql("""
                INSERT INTO outbox_message (conversation_key, target, payload, status, attempts, next_attempt_at,
                    created_at)
                VALUES ('lane', 'PERSONAL', '{}', 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                """).update();

        migrate(dataSource, vendor, "latest");

        List<Map<String, Object>> rows = jdbc
            .sql("SELECT origin_kind, origin_id, origin_part FROM outbox_message ORDER BY id")
            .query()
            .listOfRows();
        assertThat(rows).extracting((row) -> new MessageOriginRow(row))
            .containsExactly(new MessageOriginRow("case", 42L, "caseworker"),
                    new MessageOriginRow("case", 7L, "caseworker-card"), new MessageOriginRow("followup", 17L, null),
                    new MessageOriginRow("contacts", null, "stale"), new MessageOriginRow(null, null, null));
    }

    private record MessageOriginRow(String kind, Long id, String part) {

        MessageOriginRow(Map<String, Object> row) {
            this((String) value(row, "origin_kind"),
                    value(row, "origin_id") == null ? null : ((Number) value(row, "origin_id")).longValue(),
                    (String) value(row, "origin_part"));
        }

        private static Object value(Map<String, Object> row, String column) {
            return row.entrySet()
                .stream()
                .filter((entry) -> entry.getKey().equalsIgnoreCase(column))
                .findFirst()
                .map(Map.Entry::getValue)
                .orElse(null);
        }

    }

    private static void migrate(DataSource dataSource, String vendor, String target) {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .target(target)
            .load()
            .migrate();
    }

    private static DataSource dataSource(String vendor) {
        if (vendor.equals("h2")) {
            return new DriverManagerDataSource(
                    "jdbc:h2:mem:origin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }
        return new DriverManagerDataSource(TestPostgres.newDatabase(), "postgres", "postgres");
    }

}
