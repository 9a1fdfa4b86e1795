package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the monthly count tables ({@link StatCounts}): counts by month, kommun and the
 * rows of the breakdown asked for, one year at a time, a few thousand rows at most.
 * Columns are read by position (in the order selected): looking them up by name is a
 * measurable part of a report on H2.
 */
@Component
class CountQueries {

    private final JdbcClient jdbc;

    CountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case counts of the months {@code first} to {@code last} of a year, in total and
     * by the rows of the breakdown asked for (a kommun's counts are its area's, so by
     * kommun needs no more).
     */
    FigureCube cases(int year, int first, int last, Breakdown breakdown) {
        FigureCube cube = new FigureCube(year);
        String dimension = breakdown == Breakdown.KOMMUN ? FigureCube.NONE : breakdown.name();
        jdbc.sql("""
                SELECT month_start, kommun, dimension, row_value, figure, n FROM stat_case_count
                WHERE dimension IN (:dimensions) AND month_start BETWEEN :from AND :to AND n > 0
                """)
            .param("dimensions", List.of(FigureCube.NONE, dimension))
            .param("from", LocalDate.of(year, first, 1))
            .param("to", LocalDate.of(year, last, 1))
            .query((rs) -> {
                cube.add(rs.getString(5), rs.getString(3), rs.getString(4),
                        rs.getObject(1, LocalDate.class).getMonthValue(), rs.getString(2), rs.getLong(6));
            });
        return cube;
    }

    /**
     * The follow-up counts of a year: events by month and kommun, plans by their span.
     */
    FigureCube followUps(int year, int first, int last) {
        FigureCube cube = new FigureCube(year);
        LocalDate from = LocalDate.of(year, first, 1);
        LocalDate to = LocalDate.of(year, last, 1);
        jdbc.sql("""
                SELECT month_start, kommun, figure, n FROM stat_follow_up_count
                WHERE month_start BETWEEN :from AND :to AND n > 0
                """).param("from", from).param("to", to).query((rs) -> {
            cube.add(rs.getString(3), FigureCube.NONE, FigureCube.TOTAL,
                    rs.getObject(1, LocalDate.class).getMonthValue(), rs.getString(2), rs.getLong(4));
        });
        jdbc.sql("""
                SELECT kommun, registered_month, ended_month, n FROM stat_follow_up_plan_count
                WHERE registered_month <= :to AND ended_month >= :from AND n > 0
                """).param("from", from).param("to", to).query((rs) -> {
            LocalDate registered = rs.getObject(2, LocalDate.class);
            LocalDate ended = rs.getObject(3, LocalDate.class);
            cube.addSpan(rs.getString(1), registered.isBefore(from) ? 0 : registered.getMonthValue(),
                    ended.isAfter(to) ? 13 : ended.getMonthValue(), rs.getLong(4));
        });
        return cube;
    }

    /** The contact searches of a year by month, kommun (or "-") and topic. */
    FigureCube contactSearches(int year, int first, int last) {
        FigureCube cube = new FigureCube(year);
        jdbc.sql("""
                SELECT month_start, kommun, topic, n FROM stat_contact_search_count
                WHERE month_start BETWEEN :from AND :to AND n > 0
                """).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1)).query((rs) -> {
            int month = rs.getObject(1, LocalDate.class).getMonthValue();
            String kommun = rs.getString(2);
            long n = rs.getLong(4);
            cube.add("SEARCHES", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
            cube.add("SEARCHES", Rows.TOPIC, rs.getString(3), month, kommun, n);
        });
        return cube;
    }

    /**
     * Working days to first advice of the cases first advised in the period in these
     * kommuner: per row of the breakdown, how many cases took how many days.
     */
    Map<String, TreeMap<Integer, Long>> daysToAdvice(LocalDate from, LocalDate to, List<String> kommuner,
            Breakdown breakdown) {
        boolean byKommun = breakdown == Breakdown.KOMMUN;
        String dimension = byKommun || breakdown == Breakdown.NONE ? FigureCube.NONE : breakdown.name();
        Map<String, TreeMap<Integer, Long>> days = new HashMap<>();
        jdbc.sql("""
                SELECT kommun, row_value, working_days, n FROM stat_advice_days
                WHERE dimension = :dimension AND month_start BETWEEN :from AND :to AND kommun IN (:kommuner) AND n > 0
                """)
            .param("dimension", dimension)
            .param("from", StatCounts.month(from))
            .param("to", to)
            .param("kommuner", kommuner)
            .query((rs) -> {
                days.computeIfAbsent(rs.getString(byKommun ? 1 : 2), (r) -> new TreeMap<>())
                    .merge(rs.getInt(3), rs.getLong(4), Long::sum);
            });
        return days;
    }

}
