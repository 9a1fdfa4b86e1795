package se.finsam.samverkansbot.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days are Monday to Friday. Swedish public holidays are not left out yet: the
 * holiday calendar belongs to the meetings module, which is not there yet.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date {@code days} working days after {@code from}. */
    static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

}
