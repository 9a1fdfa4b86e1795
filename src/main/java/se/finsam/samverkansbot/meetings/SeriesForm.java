package se.finsam.samverkansbot.meetings;

import java.util.Set;

/**
 * A filled-in series form, as the samverkanskoordinator submitted it; checked by
 * {@link MeetingPlanning#saveSeries}.
 *
 * @param rhythm {@code WEEKLY} or {@code MONTHLY}
 * @param intervalWeeks for a weekly rhythm: every this many weeks (1–52)
 * @param weekOfMonth for a monthly rhythm: {@code 1}–{@code 4}, or {@code -1} for the
 * last
 * @param weekday {@code MONDAY} … {@code FRIDAY}
 * @param startTime {@code HH:mm}
 * @param lengthMinutes how long a meeting lasts
 * @param minutesPerCase the time each case gets
 * @param maxCases most cases per meeting
 * @param place the room (free text, checked by the privacy guard)
 * @param onlineLink an https link to join online
 * @param deadlineWorkingDays the agenda closes this many working days before (0–15)
 * @param firstDate {@code yyyy-MM-dd}
 * @param breaks {@code yyyy-MM-dd/yyyy-MM-dd}, several separated by commas or lines
 * @param holidayPolicy {@code NEXT_WORKING_DAY} or {@code CANCEL}
 * @param confirmedNotNames words the user confirmed are not names of persons
 */
public record SeriesForm(String rhythm, String intervalWeeks, String weekOfMonth, String weekday, String startTime,
        String lengthMinutes, String minutesPerCase, String maxCases, String place, String onlineLink,
        String deadlineWorkingDays, String firstDate, String breaks, String holidayPolicy,
        Set<String> confirmedNotNames) {

    public SeriesForm {
        confirmedNotNames = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
    }

}
