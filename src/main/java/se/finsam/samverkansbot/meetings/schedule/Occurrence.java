package se.finsam.samverkansbot.meetings.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One meeting of a series as its rhythm places it.
 *
 * @param nominalDate the date the rhythm gives, which identifies the occurrence even when
 * a holiday moves it
 * @param date the day it is held
 * @param start when it starts, in the series' time zone
 * @param end when it ends
 * @param cancelledForHoliday whether it falls on a holiday and the series cancels such
 * meetings
 */
public record Occurrence(LocalDate nominalDate, LocalDate date, ZonedDateTime start, ZonedDateTime end,
        boolean cancelledForHoliday) {

    public boolean movedForHoliday() {
        return !date.equals(nominalDate);
    }

}
