package se.finsam.samverkansbot.stats;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Fills the monthly count tables (migration 12) from the facts stored before them. The
 * same statements recount the tables from the facts at any time ({@link #RECOUNT}), so
 * the counts {@link StatCounts} keeps change by change can be checked against them.
 */
@Component
class StatisticsCountsMigration implements JavaMigration {

    /** Each case's rows: the total, and its row of every breakdown. */
    private static final String CASE_ROWS = """
            SELECT case_id, 'NONE' AS dimension, '*' AS row_value FROM stat_case
            UNION ALL SELECT case_id, 'RAISER_AGENCY', raiser_agency FROM stat_case
            UNION ALL SELECT case_id, 'AGE_BAND', age_band FROM stat_case
            UNION ALL SELECT case_id, 'GENDER', gender FROM stat_case
            UNION ALL SELECT case_id, 'OUTCOME', COALESCE(outcome, 'UNKNOWN') FROM stat_case
            UNION ALL SELECT case_id, 'CATEGORY', category FROM stat_case_category
            UNION ALL SELECT case_id, 'AGENCIES_INVOLVED', agency FROM stat_case_agency
            """;

    /** Each case's figures, on the date that counts for each. */
    private static final String CASE_FIGURES = """
            SELECT case_id, kommun, raised_on AS on_date, 'RAISED' AS figure FROM stat_case
            UNION ALL SELECT case_id, kommun, first_advice_on, 'ADVISED' FROM stat_case
                WHERE first_advice_on IS NOT NULL
            UNION ALL SELECT case_id, kommun, closed_on, 'CLOSED' FROM stat_case WHERE closed_on IS NOT NULL
            UNION ALL SELECT case_id, kommun, closed_on, COALESCE(outcome, 'OUTCOME_UNKNOWN') FROM stat_case
                WHERE closed_on IS NOT NULL
            UNION ALL SELECT case_id, kommun, closed_on,
                    CASE WHEN next_step_taken THEN 'NEXT_STEP_TAKEN' ELSE 'NEXT_STEP_OTHER' END
                FROM stat_case WHERE closed_on IS NOT NULL
            """;

    private static final String MONTH = "CAST(DATE_TRUNC('MONTH', %s) AS DATE)";

    /** Empties the count tables and counts every fact again. */
    static final List<String> RECOUNT = List.of("DELETE FROM stat_case_count", "DELETE FROM stat_advice_days",
            "DELETE FROM stat_follow_up_count", "DELETE FROM stat_follow_up_plan_count",
            "DELETE FROM stat_contact_search_count", """
                    INSERT INTO stat_case_count (dimension, month_start, kommun, row_value, figure, n)
                    SELECT dimension, month_start, kommun, row_value, figure, COUNT(*) FROM (
                        SELECT r.dimension, %s AS month_start, f.kommun, r.row_value, f.figure
                        FROM (%s) f JOIN (%s) r ON r.case_id = f.case_id) t
                    GROUP BY dimension, month_start, kommun, row_value, figure
                    """.formatted(MONTH.formatted("f.on_date"), CASE_FIGURES, CASE_ROWS), """
                    INSERT INTO stat_advice_days (dimension, month_start, kommun, row_value, working_days, n)
                    SELECT dimension, month_start, kommun, row_value, working_days, COUNT(*) FROM (
                        SELECT r.dimension, %s AS month_start, c.kommun, r.row_value,
                            COALESCE(c.advice_working_days, 0) AS working_days
                        FROM stat_case c JOIN (%s) r ON r.case_id = c.case_id
                        WHERE c.first_advice_on IS NOT NULL) t
                    GROUP BY dimension, month_start, kommun, row_value, working_days
                    """.formatted(MONTH.formatted("c.first_advice_on"), CASE_ROWS), """
                    INSERT INTO stat_follow_up_count (month_start, kommun, figure, n)
                    SELECT month_start, kommun, figure, COUNT(*) FROM (
                        SELECT %1$s AS month_start, kommun,
                            CASE kind WHEN 'REMINDER' THEN 'REMINDERS_SENT' WHEN 'ESCALATION' THEN 'ESCALATIONS'
                                ELSE 'HELD' END AS figure
                        FROM stat_follow_up_event
                        UNION ALL SELECT %1$s, kommun, CASE WHEN on_time THEN 'HELD_ON_TIME' ELSE 'HELD_LATE' END
                        FROM stat_follow_up_event WHERE kind NOT IN ('REMINDER', 'ESCALATION')) t
                    GROUP BY month_start, kommun, figure
                    """.formatted(MONTH.formatted("on_date")), """
                    INSERT INTO stat_follow_up_plan_count (kommun, registered_month, ended_month, n)
                    SELECT kommun, registered_month, ended_month, COUNT(*) FROM (
                        SELECT kommun, %s AS registered_month, COALESCE(%s, DATE '9999-12-01') AS ended_month
                        FROM stat_follow_up_plan) t
                    GROUP BY kommun, registered_month, ended_month
                    """.formatted(MONTH.formatted("registered_on"), MONTH.formatted("ended_on")), """
                    INSERT INTO stat_contact_search_count (month_start, kommun, topic, n)
                    SELECT month_start, kommun, topic, COUNT(*) FROM (
                        SELECT %s AS month_start, COALESCE(kommun, '-') AS kommun, topic
                        FROM stat_contact_search) t
                    GROUP BY month_start, kommun, topic
                    """.formatted(MONTH.formatted("searched_on")));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12.1");
    }

    @Override
    public String getDescription() {
        return "statistics counts from the facts";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : RECOUNT) {
                statement.execute(sql);
            }
        }
    }

}
