package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Upserts;

/**
 * Keeps the monthly count tables in step with the fact tables, in the transaction that
 * changes a fact: what a changed fact counted before is taken away and what it counts now
 * is added. Reports read these counts ({@link CountQueries}); the same counts can be
 * worked out again from the facts ({@link #recount()}).
 */
@Component
class StatCounts {

    /** The ended month of a plan still active. */
    static final LocalDate ACTIVE = LocalDate.of(9999, 12, 1);

    private static final String N = "n";

    /**
     * Additions are made in one order, so two transactions adding to the same rows wait
     * for each other instead of deadlocking.
     */
    private static final Comparator<CaseCount> CASE_ORDER = Comparator.comparing(CaseCount::dimension)
        .thenComparing(CaseCount::month)
        .thenComparing(CaseCount::kommun)
        .thenComparing(CaseCount::row)
        .thenComparing(CaseCount::figure);

    private static final Comparator<AdviceDays> DAYS_ORDER = Comparator.comparing(AdviceDays::dimension)
        .thenComparing(AdviceDays::month)
        .thenComparing(AdviceDays::kommun)
        .thenComparing(AdviceDays::row)
        .thenComparingInt(AdviceDays::days);

    private final Upserts upserts;

    private final JdbcClient jdbc;

    StatCounts(Upserts upserts, JdbcClient jdbc) {
        this.upserts = upserts;
        this.jdbc = jdbc;
    }

    /**
     * A case's facts changed.
     * @param before its facts before, or null when new
     * @param after its facts now, or null when no longer counted
     */
    void caseChanged(StatCase before, StatCase after) {
        Map<CaseCount, Long> counts = new HashMap<>();
        Map<AdviceDays, Long> days = new HashMap<>();
        if (before != null) {
            contribute(before, -1, counts, days);
        }
        if (after != null) {
            contribute(after, 1, counts, days);
        }
        counts.entrySet()
            .stream()
            .filter((entry) -> entry.getValue() != 0)
            .sorted(Map.Entry.comparingByKey(CASE_ORDER))
            .forEach((entry) -> {
                CaseCount key = entry.getKey();
                upserts.add(
                        "stat_case_count", Upserts.row("dimension", key.dimension(), "month_start", key.month(),
                                "kommun", key.kommun(), "row_value", key.row(), "figure", key.figure()),
                        N, entry.getValue());
            });
        days.entrySet()
            .stream()
            .filter((entry) -> entry.getValue() != 0)
            .sorted(Map.Entry.comparingByKey(DAYS_ORDER))
            .forEach((entry) -> {
                AdviceDays key = entry.getKey();
                upserts.add(
                        "stat_advice_days", Upserts.row("dimension", key.dimension(), "month_start", key.month(),
                                "kommun", key.kommun(), "row_value", key.row(), "working_days", key.days()),
                        N, entry.getValue());
            });
    }

    /**
     * What a case counts: each of its figures in each of its rows, in the figure's month.
     */
    private static void contribute(StatCase fact, long sign, Map<CaseCount, Long> counts, Map<AdviceDays, Long> days) {
        List<StatCase.Row> rows = fact.rows();
        Map<String, LocalDate> figures = new HashMap<>();
        figures.put("RAISED", month(fact.raisedOn()));
        if (fact.advisedOn() != null) {
            LocalDate advised = month(fact.advisedOn());
            figures.put("ADVISED", advised);
            int working = fact.adviceDays() == null ? 0 : fact.adviceDays();
            rows.forEach((row) -> days
                .merge(new AdviceDays(row.dimension(), advised, fact.kommun(), row.value(), working), sign, Long::sum));
        }
        if (fact.closedOn() != null) {
            LocalDate closed = month(fact.closedOn());
            figures.put("CLOSED", closed);
            figures.put(fact.outcome() == null ? "OUTCOME_UNKNOWN" : fact.outcome(), closed);
            figures.put(Boolean.TRUE.equals(fact.nextStepTaken()) ? "NEXT_STEP_TAKEN" : "NEXT_STEP_OTHER", closed);
        }
        figures.forEach((figure, month) -> rows.forEach((row) -> counts
            .merge(new CaseCount(row.dimension(), month, fact.kommun(), row.value(), figure), sign, Long::sum)));
    }

    /** A follow-up event happened: a reminder, an escalation or a held follow-up. */
    void followUpEvent(LocalDate on, String kommun, String kind, Boolean onTime) {
        List<String> figures = switch (kind) {
            case "REMINDER" -> List.of("REMINDERS_SENT");
            case "ESCALATION" -> List.of("ESCALATIONS");
            default -> List.of("HELD", Boolean.TRUE.equals(onTime) ? "HELD_ON_TIME" : "HELD_LATE");
        };
        for (String figure : figures) {
            upserts.add("stat_follow_up_count",
                    Upserts.row("month_start", month(on), "kommun", kommun, "figure", figure), N, 1);
        }
    }

    /**
     * A plan moved from one span to another.
     * @param endedBefore the day it ended before, or null when it was active (or new:
     * then {@code countedBefore} is false)
     * @param endedNow the day it ends now, or null when active
     */
    void planChanged(String kommun, LocalDate registeredOn, boolean countedBefore, LocalDate endedBefore,
            LocalDate endedNow) {
        LocalDate from = endedBefore == null ? ACTIVE : month(endedBefore);
        LocalDate to = endedNow == null ? ACTIVE : month(endedNow);
        if (countedBefore && from.equals(to)) {
            return;
        }
        if (countedBefore) {
            plan(kommun, registeredOn, from, -1);
        }
        plan(kommun, registeredOn, to, 1);
    }

    private void plan(String kommun, LocalDate registeredOn, LocalDate endedMonth, long delta) {
        upserts.add("stat_follow_up_plan_count",
                Upserts.row("kommun", kommun, "registered_month", month(registeredOn), "ended_month", endedMonth), N,
                delta);
    }

    /** A contact search was made. */
    void contactSearched(LocalDate on, String kommun, String topic) {
        upserts.add("stat_contact_search_count",
                Upserts.row("month_start", month(on), "kommun", kommun == null ? "-" : kommun, "topic", topic), N, 1);
    }

    /**
     * Counts every fact again, from scratch (the benchmark, after loading facts in bulk).
     */
    void recount() {
        StatisticsCountsMigration.RECOUNT.forEach((sql) -> jdbc.sql(sql).update());
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    private record CaseCount(String dimension, LocalDate month, String kommun, String row, String figure) {
    }

    private record AdviceDays(String dimension, LocalDate month, String kommun, String row, int days) {
    }

}
