package se.finsam.samverkansbot.testing;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database with the application's migrations, without an application around it:
 * for storage tests that run the same SQL on H2 and on PostgreSQL.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * @param vendor {@code h2} or {@code postgresql}, as in db/migration/{vendor}
     */
    public static DataSource migrated(String vendor) {
        DriverManagerDataSource dataSource;
        if (vendor.equals("h2")) {
            dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }
        else {
            dataSource = new DriverManagerDataSource(TestPostgres.newDatabase(), "postgres", "postgres");
        }
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load()
            .migrate();
        return dataSource;
    }

}
