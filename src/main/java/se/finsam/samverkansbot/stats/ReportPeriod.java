package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's period: whole calendar months, from {@code first} to {@code last}. Months,
 * quarters, half years and years are the standard periods the förbund reports; a custom
 * period is any run of whole months.
 *
 * @param kind which kind of period
 * @param first the first month
 * @param last the last month (the same as {@code first} for a month)
 */
public record ReportPeriod(PeriodKind kind, YearMonth first, YearMonth last) {

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidReportRequest("period.order");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new InvalidReportRequest("period.tooLong");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month, month);
    }

    /**
     * @param quarter 1 to 4
     */
    public static ReportPeriod quarter(int year, int quarter) {
        requireBetween(quarter, 1, 4);
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new ReportPeriod(PeriodKind.QUARTER, first, first.plusMonths(2));
    }

    /**
     * @param half 1 (January to June) or 2 (July to December)
     */
    public static ReportPeriod halfYear(int year, int half) {
        requireBetween(half, 1, 2);
        YearMonth first = YearMonth.of(year, 6 * half - 5);
        return new ReportPeriod(PeriodKind.HALF_YEAR, first, first.plusMonths(5));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodKind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static ReportPeriod custom(YearMonth first, YearMonth last) {
        return new ReportPeriod(PeriodKind.CUSTOM, first, last);
    }

    /** The standard period of this kind that ended last before the given day. */
    public static ReportPeriod previous(PeriodKind kind, LocalDate today) {
        YearMonth before = YearMonth.from(today).minusMonths(1);
        return switch (kind) {
            case MONTH -> month(before);
            case QUARTER -> quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> halfYear(before.getYear(), (before.getMonthValue() - 1) / 6 + 1);
            case YEAR -> year(before.getYear());
            case CUSTOM -> throw new IllegalArgumentException("No previous custom period");
        };
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * A key naming the period, e.g. {@code 2026-Q1}, {@code 2026-H2}, {@code 2026-03}.
     */
    public String key() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> first.getYear() + "-H" + ((first.getMonthValue() - 1) / 6 + 1);
            case YEAR -> Integer.toString(first.getYear());
            case CUSTOM -> first + "--" + last;
        };
    }

    private static void requireBetween(int value, int low, int high) {
        if (value < low || value > high) {
            throw new InvalidReportRequest("period.invalid");
        }
    }

}
