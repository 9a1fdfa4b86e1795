package se.finsam.samverkansbot.meetings.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a series meets: every N weeks on a weekday ("var tredje vecka, tisdagar"), or
 * on the nth weekday of each month ("andra torsdagen i månaden", or the last one).
 */
public sealed interface Rhythm {

    /**
     * The dates of the rhythm from {@code first} on that fall within {@code from} and
     * {@code to} (both inclusive), before holidays and breaks are applied.
     */
    List<LocalDate> dates(LocalDate first, LocalDate from, LocalDate to);

    /** Every {@code weeks} weeks on {@code day}, counted from the first such day. */
    record EveryWeeks(int weeks, DayOfWeek day) implements Rhythm {

        public EveryWeeks {
            if (weeks < 1 || weeks > 52 || day == null) {
                throw new IllegalArgumentException("Every 1 to 52 weeks on a weekday");
            }
        }

        @Override
        public List<LocalDate> dates(LocalDate first, LocalDate from, LocalDate to) {
            LocalDate start = first.with(TemporalAdjusters.nextOrSame(day));
            long step = 7L * weeks;
            LocalDate date = start;
            if (from.isAfter(start)) {
                long periods = (ChronoUnit.DAYS.between(start, from) + step - 1) / step;
                date = start.plusDays(periods * step);
            }
            List<LocalDate> dates = new ArrayList<>();
            for (; !date.isAfter(to); date = date.plusDays(step)) {
                dates.add(date);
            }
            return dates;
        }

    }

    /**
     * On the {@code ordinal}th {@code day} of each month: 1 to 4, or -1 for the last.
     */
    record MonthlyWeekday(int ordinal, DayOfWeek day) implements Rhythm {

        public MonthlyWeekday {
            if (!(ordinal == -1 || (ordinal >= 1 && ordinal <= 4)) || day == null) {
                throw new IllegalArgumentException("The 1st to 4th or the last weekday of the month");
            }
        }

        @Override
        public List<LocalDate> dates(LocalDate first, LocalDate from, LocalDate to) {
            LocalDate lower = from.isAfter(first) ? from : first;
            List<LocalDate> dates = new ArrayList<>();
            for (YearMonth month = YearMonth.from(lower); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
                LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
                if (!date.isBefore(lower) && !date.isAfter(to)) {
                    dates.add(date);
                }
            }
            return dates;
        }

    }

}
