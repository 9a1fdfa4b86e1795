package se.finsam.samverkansbot.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server for the test JVM (embedded binaries from Maven, no Docker),
 * started once; each caller gets a fresh database on it.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;

    private static final AtomicInteger databases = new AtomicInteger();

    private TestPostgres() {
    }

    private static synchronized void stop() {
        try {
            server.close();
        }
        catch (IOException ignored) {
            // The JVM is ending anyway.
        }
    }

    /** A JDBC URL of a new, empty database. */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                // Stopped only after Spring Boot has closed every application context at
                // JVM
                // exit: a plain shutdown hook runs beside Boot's, and a scheduler still
                // releasing a trigger against a stopped server would retry forever and
                // hang the context's close.
                SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
            }
            String name = "samverkansbot_" + databases.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        }
        catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

}
