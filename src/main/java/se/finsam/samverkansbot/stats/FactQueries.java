package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the fact tables: counts grouped by month, kommun and the breakdowns' columns,
 * over the indexed date columns, one year at a time.
 */
@Component
class FactQueries {

    private static final List<String> CASE_DATES = List.of("raised_on", "first_advice_on", "closed_on");

    private final JdbcClient jdbc;

    FactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case counts of a year: always by the single-valued breakdowns, and by agencies
     * involved or category when asked for.
     */
    FigureCube cases(int year, Breakdown breakdown) {
        FigureCube cube = new FigureCube(year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        for (String column : CASE_DATES) {
            jdbc.sql("""
                    SELECT m, kommun, raiser_agency, age_band, gender, outcome, next_step_taken, COUNT(*) AS n FROM (
                        SELECT EXTRACT(MONTH FROM %1$s) AS m, kommun, raiser_agency, age_band, gender,
                            COALESCE(outcome, 'UNKNOWN') AS outcome, next_step_taken
                        FROM stat_case WHERE %1$s BETWEEN :from AND :to) t
                    GROUP BY m, kommun, raiser_agency, age_band, gender, outcome, next_step_taken
                    """.formatted(column)).param("from", from).param("to", to).query((rs) -> {
                int month = rs.getInt("m");
                String kommun = rs.getString("kommun");
                long n = rs.getLong("n");
                Map<String, String> rows = Map.of(FigureCube.NONE, FigureCube.TOTAL, "RAISER_AGENCY",
                        rs.getString("raiser_agency"), "AGE_BAND", rs.getString("age_band"), "GENDER",
                        rs.getString("gender"), "OUTCOME", rs.getString("outcome"));
                boolean nextStep = rs.getBoolean("next_step_taken");
                for (String figure : figures(column, rs.getString("outcome"), nextStep)) {
                    rows.forEach((dimension, row) -> cube.add(figure, dimension, row, month, kommun, n));
                }
            });
            if (breakdown == Breakdown.AGENCIES_INVOLVED || breakdown == Breakdown.CATEGORY) {
                String table = breakdown == Breakdown.CATEGORY ? "stat_case_category" : "stat_case_agency";
                String value = breakdown == Breakdown.CATEGORY ? "category" : "agency";
                jdbc.sql("""
                        SELECT m, kommun, v, outcome, next_step_taken, COUNT(*) AS n FROM (
                            SELECT EXTRACT(MONTH FROM c.%1$s) AS m, c.kommun, x.%3$s AS v,
                                COALESCE(c.outcome, 'UNKNOWN') AS outcome, c.next_step_taken
                            FROM stat_case c JOIN %2$s x ON x.case_id = c.case_id
                            WHERE c.%1$s BETWEEN :from AND :to) t
                        GROUP BY m, kommun, v, outcome, next_step_taken
                        """.formatted(column, table, value)).param("from", from).param("to", to).query((rs) -> {
                    for (String figure : figures(column, rs.getString("outcome"), rs.getBoolean("next_step_taken"))) {
                        cube.add(figure, breakdown.name(), rs.getString("v"), rs.getInt("m"), rs.getString("kommun"),
                                rs.getLong("n"));
                    }
                });
            }
        }
        return cube;
    }

    private static List<String> figures(String column, String outcome, boolean nextStep) {
        return switch (column) {
            case "raised_on" -> List.of("RAISED");
            case "first_advice_on" -> List.of("ADVISED");
            default -> List.of("CLOSED", outcome.equals(Rows.UNKNOWN) ? "OUTCOME_UNKNOWN" : outcome,
                    nextStep ? "NEXT_STEP_TAKEN" : "NEXT_STEP_OTHER");
        };
    }

    /**
     * The follow-up counts of a year: events by month and kommun, plans by their span.
     */
    FigureCube followUps(int year) {
        FigureCube cube = new FigureCube(year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        jdbc.sql("""
                SELECT m, kommun, kind, on_time, COUNT(*) AS n FROM (
                    SELECT EXTRACT(MONTH FROM on_date) AS m, kommun, kind, on_time
                    FROM stat_follow_up_event WHERE on_date BETWEEN :from AND :to) t
                GROUP BY m, kommun, kind, on_time
                """).param("from", from).param("to", to).query((rs) -> {
            int month = rs.getInt("m");
            String kommun = rs.getString("kommun");
            long n = rs.getLong("n");
            switch (rs.getString("kind")) {
                case "REMINDER" -> cube.add("REMINDERS_SENT", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
                case "ESCALATION" -> cube.add("ESCALATIONS", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
                default -> {
                    cube.add("HELD", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
                    cube.add(rs.getBoolean("on_time") ? "HELD_ON_TIME" : "HELD_LATE", FigureCube.NONE, FigureCube.TOTAL,
                            month, kommun, n);
                }
            }
        });
        jdbc.sql("""
                SELECT kommun, sm, em, COUNT(*) AS n FROM (
                    SELECT kommun,
                        CASE WHEN registered_on < :from THEN 0 ELSE EXTRACT(MONTH FROM registered_on) END AS sm,
                        CASE WHEN ended_on IS NULL OR ended_on > :to THEN 13 ELSE EXTRACT(MONTH FROM ended_on) END AS em
                    FROM stat_follow_up_plan
                    WHERE registered_on <= :to AND (ended_on IS NULL OR ended_on >= :from)) t
                GROUP BY kommun, sm, em
                """).param("from", from).param("to", to).query((rs) -> {
            cube.addSpan(rs.getString("kommun"), rs.getInt("sm"), rs.getInt("em"), rs.getLong("n"));
        });
        return cube;
    }

    /** The contact searches of a year by month, kommun (or "-") and topic. */
    FigureCube contactSearches(int year) {
        FigureCube cube = new FigureCube(year);
        jdbc.sql("""
                SELECT m, kommun, topic, COUNT(*) AS n FROM (
                    SELECT EXTRACT(MONTH FROM searched_on) AS m, COALESCE(kommun, '-') AS kommun, topic
                    FROM stat_contact_search WHERE searched_on BETWEEN :from AND :to) t
                GROUP BY m, kommun, topic
                """).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).query((rs) -> {
            int month = rs.getInt("m");
            String kommun = rs.getString("kommun");
            long n = rs.getLong("n");
            cube.add("SEARCHES", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
            cube.add("SEARCHES", Rows.TOPIC, rs.getString("topic"), month, kommun, n);
        });
        return cube;
    }

    /**
     * Working days to first advice of the cases first advised in the period in these
     * kommuner: per row of the breakdown, how many cases took how many days.
     */
    Map<String, TreeMap<Integer, Long>> daysToAdvice(LocalDate from, LocalDate to, List<String> kommuner,
            Breakdown breakdown) {
        String rowColumn = switch (breakdown) {
            case KOMMUN -> "c.kommun";
            case RAISER_AGENCY -> "c.raiser_agency";
            case AGE_BAND -> "c.age_band";
            case GENDER -> "c.gender";
            case OUTCOME -> "COALESCE(c.outcome, 'UNKNOWN')";
            case CATEGORY -> "x.category";
            case AGENCIES_INVOLVED -> "x.agency";
            case NONE -> "'*'";
        };
        String join = switch (breakdown) {
            case CATEGORY -> "JOIN stat_case_category x ON x.case_id = c.case_id";
            case AGENCIES_INVOLVED -> "JOIN stat_case_agency x ON x.case_id = c.case_id";
            default -> "";
        };
        Map<String, TreeMap<Integer, Long>> days = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT r, d, COUNT(*) AS n FROM (
                    SELECT %s AS r, c.advice_working_days AS d FROM stat_case c %s
                    WHERE c.first_advice_on BETWEEN :from AND :to AND c.kommun IN (:kommuner)) t
                GROUP BY r, d
                """.formatted(rowColumn, join))
            .param("from", from)
            .param("to", to)
            .param("kommuner", kommuner)
            .query((rs) -> {
                days.computeIfAbsent(rs.getString("r"), (r) -> new TreeMap<>())
                    .merge(rs.getInt("d"), rs.getLong("n"), Long::sum);
            });
        return days;
    }

}
