package se.finsam.samverkansbot.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A team's meeting series as the other modules see it.
 *
 * @param id the series' id
 * @param teamId the konsultationsteam's id in Teams
 * @param rhythm weekly or monthly
 * @param intervalWeeks for a weekly rhythm: every this many weeks
 * @param weekOfMonth for a monthly rhythm: the 1st to 4th weekday, or -1 for the last
 * @param weekday the day of the week
 * @param startTime local start time (Europe/Stockholm)
 * @param lengthMinutes how long a meeting lasts
 * @param minutesPerCase the time each agenda item gets
 * @param maxCases most agenda items per meeting
 * @param place the room, or null
 * @param onlineLink the link to join online, or null
 * @param deadlineWorkingDays the agenda closes and goes out this many working days before
 * @param firstDate the day the series starts
 * @param breakRanges no meetings on these days
 * @param holidayPolicy what a holiday does to a meeting
 * @param updatedAt when it was last changed
 */
public record SeriesView(long id, String teamId, RhythmKind rhythm, int intervalWeeks, int weekOfMonth,
        DayOfWeek weekday, LocalTime startTime, int lengthMinutes, int minutesPerCase, int maxCases, String place,
        String onlineLink, int deadlineWorkingDays, LocalDate firstDate, List<DateRange> breakRanges,
        HolidayPolicy holidayPolicy, Instant updatedAt) {

    public SeriesView {
        breakRanges = List.copyOf(breakRanges);
    }

}
