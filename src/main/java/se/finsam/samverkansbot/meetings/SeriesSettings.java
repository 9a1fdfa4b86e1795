package se.finsam.samverkansbot.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The checked values of a series form. */
record SeriesSettings(RhythmKind rhythm, int intervalWeeks, int weekOfMonth, DayOfWeek weekday, LocalTime startTime,
        int lengthMinutes, int minutesPerCase, int maxCases, String place, String onlineLink, int deadlineWorkingDays,
        LocalDate firstDate, List<DateRange> breaks, HolidayPolicy holidayPolicy) {
}
