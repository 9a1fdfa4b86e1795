package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.time.YearMonth;
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
     * The case counts of the months {@code first} to {@code last} of a year, in total and
     * by the rows of the breakdown asked for (a kommun's counts are its area's, so by
     * kommun needs no more).
     */
    FigureCube cases(int year, int first, int last, Breakdown breakdown) {
        FigureCube cube = new FigureCube(year);
        LocalDate from = LocalDate.of(year, first, 1);
        LocalDate to = YearMonth.of(year, last).atEndOfMonth();
        String dimension = breakdown == Breakdown.KOMMUN ? Breakdown.NONE.name() : breakdown.name();
        String value = switch (breakdown) {
            case RAISER_AGENCY -> "c.raiser_agency";
            case AGE_BAND -> "c.age_band";
            case GENDER -> "c.gender";
            case OUTCOME -> "COALESCE(c.outcome, 'UNKNOWN')";
            case CATEGORY -> "x.category";
            case AGENCIES_INVOLVED -> "x.agency";
            default -> "'*'";
        };
        String join = switch (breakdown) {
            case CATEGORY -> "JOIN stat_case_category x ON x.case_id = c.case_id";
            case AGENCIES_INVOLVED -> "JOIN stat_case_agency x ON x.case_id = c.case_id";
            default -> "";
        };
        boolean additive = breakdown.additive();
        for (String column : CASE_DATES) {
            if (!additive) {
                addTotals(cube, column, from, to);
            }
            String rows = dimension.equals(FigureCube.NONE) ? FigureCube.NONE : dimension;
            jdbc.sql("""
                    SELECT m, kommun, v, outcome, next_step_taken, COUNT(*) AS n FROM (
                        SELECT EXTRACT(MONTH FROM c.%1$s) AS m, c.kommun, %2$s AS v,
                            COALESCE(c.outcome, 'UNKNOWN') AS outcome, c.next_step_taken
                        FROM stat_case c %3$s
                        WHERE c.%1$s BETWEEN :from AND :to) t
                    GROUP BY m, kommun, v, outcome, next_step_taken
                    """.formatted(column, value, join)).param("from", from).param("to", to).query((rs) -> {
                int month = rs.getInt("m");
                String kommun = rs.getString("kommun");
                long n = rs.getLong("n");
                for (String figure : figures(column, rs.getString("outcome"), rs.getBoolean("next_step_taken"))) {
                    if (!rows.equals(FigureCube.NONE)) {
                        cube.add(figure, rows, rs.getString("v"), month, kommun, n);
                    }
                    if (additive) {
                        // A case is in one row: the rows add up to the total.
                        cube.add(figure, FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
                    }
                }
            });
        }
        return cube;
    }

    /** The case totals, when the breakdown's rows do not add up to them. */
    private void addTotals(FigureCube cube, String column, LocalDate from, LocalDate to) {
        jdbc.sql("""
                SELECT m, kommun, outcome, next_step_taken, COUNT(*) AS n FROM (
                    SELECT EXTRACT(MONTH FROM c.%1$s) AS m, c.kommun, COALESCE(c.outcome, 'UNKNOWN') AS outcome,
                        c.next_step_taken
                    FROM stat_case c WHERE c.%1$s BETWEEN :from AND :to) t
                GROUP BY m, kommun, outcome, next_step_taken
                """.formatted(column)).param("from", from).param("to", to).query((rs) -> {
            for (String figure : figures(column, rs.getString("outcome"), rs.getBoolean("next_step_taken"))) {
                cube.add(figure, FigureCube.NONE, FigureCube.TOTAL, rs.getInt("m"), rs.getString("kommun"),
                        rs.getLong("n"));
            }
        });
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
    FigureCube followUps(int year, int first, int last) {
        FigureCube cube = new FigureCube(year);
        LocalDate from = LocalDate.of(year, first, 1);
        LocalDate to = YearMonth.of(year, last).atEndOfMonth();
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
    FigureCube contactSearches(int year, int first, int last) {
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
