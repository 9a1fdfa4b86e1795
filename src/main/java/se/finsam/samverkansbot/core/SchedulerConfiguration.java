package se.finsam.samverkansbot.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz runs on the JDBC job store, clustered, so several instances on one database fire
 * each job once. The driver delegate depends on the database: PostgreSQL needs its own
 * (the standard one fails reading its BYTEA and BIGINT columns), H2 works with the
 * standard one.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    private static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    @Bean
    SchedulerFactoryBeanCustomizer driverDelegateByDatabase(DataSource dataSource, QuartzProperties quartz) {
        return factory -> {
            // Boot has set the configured properties already; setting them again replaces
            // them, so the
            // delegate goes in together with the configured ones.
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.putIfAbsent(DELEGATE, delegateFor(dataSource).getName());
            factory.setQuartzProperties(properties);
        };
    }

    @Bean
    SchedulerHealthIndicator schedulerHealthIndicator(org.quartz.Scheduler scheduler) {
        return new SchedulerHealthIndicator(scheduler);
    }

    static Class<?> delegateFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? PostgreSQLDelegate.class : StdJDBCDelegate.class;
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the scheduler runs on", e);
        }
    }

}
