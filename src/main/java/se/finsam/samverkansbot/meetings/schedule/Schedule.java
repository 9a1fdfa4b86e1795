package se.finsam.samverkansbot.meetings.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import se.finsam.samverkansbot.meetings.DateRange;
import se.finsam.samverkansbot.meetings.HolidayPolicy;

/**
 * When the meetings of a series take place: its rhythm from the first date on, at the
 * start time in the series' zone (a {@link ZonedDateTime}, so 13:00 stays 13:00 on either
 * side of a daylight-saving change), without the meetings in a break, and with those on a
 * public holiday moved to the next working day or cancelled.
 *
 * @param rhythm how often
 * @param firstDate no meeting before this day
 * @param startTime local start time
 * @param length how long a meeting lasts
 * @param breaks no meeting on these days
 * @param holidayPolicy what a holiday does to a meeting
 * @param zone the time zone (Europe/Stockholm)
 */
public record Schedule(Rhythm rhythm, LocalDate firstDate, LocalTime startTime, Duration length, List<DateRange> breaks,
        HolidayPolicy holidayPolicy, ZoneId zone) {

    public Schedule {
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(holidayPolicy, "holidayPolicy");
        Objects.requireNonNull(zone, "zone");
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A meeting lasts some time");
        }
        breaks = List.copyOf(breaks);
    }

    /**
     * The occurrences held (or cancelled for a holiday) from {@code from} to {@code to},
     * both inclusive, by the day they are held.
     * @param workingDay whether a day is a working day (Monday to Friday, not a holiday)
     */
    public List<Occurrence> between(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        // A holiday can move a meeting some days later, into the range: start a little
        // earlier and filter by the day it is held.
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate nominal : rhythm.dates(firstDate, from.minusDays(7), to)) {
            if (inBreak(nominal)) {
                continue;
            }
            Occurrence occurrence = occurrence(nominal, workingDay);
            if (occurrence != null && !occurrence.date().isBefore(from) && !occurrence.date().isAfter(to)) {
                occurrences.add(occurrence);
            }
        }
        return occurrences;
    }

    /**
     * The occurrence of a nominal date of the rhythm, or null when the moved day would be
     * in a break or more than a week later.
     */
    Occurrence occurrence(LocalDate nominal, Predicate<LocalDate> workingDay) {
        if (workingDay.test(nominal)) {
            return at(nominal, nominal, false);
        }
        if (holidayPolicy == HolidayPolicy.CANCEL) {
            return at(nominal, nominal, true);
        }
        LocalDate date = nominal.plusDays(1);
        while (!workingDay.test(date)) {
            date = date.plusDays(1);
        }
        if (inBreak(date) || date.isAfter(nominal.plusDays(7))) {
            return null;
        }
        return at(nominal, date, false);
    }

    /** When a meeting on that day at that time starts, DST-correct. */
    public ZonedDateTime startOn(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone);
    }

    private Occurrence at(LocalDate nominal, LocalDate date, boolean cancelled) {
        ZonedDateTime start = startOn(date, startTime);
        return new Occurrence(nominal, date, start, start.plus(length), cancelled);
    }

    private boolean inBreak(LocalDate date) {
        for (DateRange range : breaks) {
            if (range.contains(date)) {
                return true;
            }
        }
        return false;
    }

}
