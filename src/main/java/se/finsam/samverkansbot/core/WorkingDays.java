package se.finsam.samverkansbot.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Swedish working days: Monday to Friday except public holidays, from the jollyday
 * library's Swedish calendar. That calendar also has midsommarafton, julafton and
 * nyårsafton, which are not holidays by law but are days off in practice ("de facto"
 * holidays); {@code WorkingDaysTests} checks they stay there.
 */
@Component
public class WorkingDays {

    private final HolidayManager holidays = HolidayManager
        .getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidaysOf(date.getYear()).contains(date);
    }

    /** The date itself if it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The working day {@code days} working days before the date. */
    public LocalDate minus(LocalDate date, int days) {
        LocalDate day = date;
        int left = days;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working day {@code days} working days after the date. */
    public LocalDate plus(LocalDate date, int days) {
        LocalDate day = date;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 if not
     * after.
     */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Set<LocalDate> holidaysOf(int year) {
        return byYear.computeIfAbsent(year,
                (y) -> holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY)
                    .stream()
                    .map(Holiday::getDate)
                    .collect(Collectors.toUnmodifiableSet()));
    }

}
