package se.finsam.samverkansbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The Swedish working-day calendar, without Spring. */
class WorkingDaysTests {

    private final WorkingDays days = new WorkingDays();

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void publicHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 1))).as("nyårsdagen").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 6))).as("trettondedag jul").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 3))).as("långfredagen").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).as("annandag påsk").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 1))).as("första maj").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärdsdag").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 6, 4))).as("nationaldagen 2027 is a Friday").isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).as("juldagen").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 28))).as("an ordinary Monday").isTrue();
    }

    @Test
    void theDeFactoHolidaysMidsommaraftonJulaftonAndNyarsaftonAreNotWorkingDays() {
        // Not holidays by law, but days off in practice; the library's Swedish calendar
        // has them.
        for (int year = 2026; year <= 2030; year++) {
            assertThat(days.isWorkingDay(LocalDate.of(year, 12, 24))).as("julafton " + year).isFalse();
            assertThat(days.isWorkingDay(LocalDate.of(year, 12, 31))).as("nyårsafton " + year).isFalse();
        }
        assertThat(days.isWorkingDay(LocalDate.of(2026, 6, 19))).as("midsommarafton 2026").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 6, 25))).as("midsommarafton 2027").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 6, 18))).as("the day before midsommarafton").isTrue();
    }

    @Test
    void dateOnANonWorkingDayMovesToThePreviousWorkingDay() {
        assertThat(days.onOrBefore(LocalDate.of(2026, 6, 19))).as("midsommarafton")
            .isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(days.onOrBefore(LocalDate.of(2026, 12, 24))).as("julafton").isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(days.onOrBefore(LocalDate.of(2026, 12, 31))).as("nyårsafton").isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(days.onOrBefore(LocalDate.of(2026, 4, 6))).as("annandag påsk, back over Easter")
            .isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(days.onOrBefore(LocalDate.of(2026, 11, 29))).as("Sunday").isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(days.onOrBefore(LocalDate.of(2026, 11, 30))).as("a working day stays")
            .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void workingDaysBeforeAndAfterSkipWeekendsAndHolidays() {
        assertThat(days.minus(LocalDate.of(2026, 4, 10), 5)).as("over Easter").isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(days.minus(LocalDate.of(2026, 12, 30), 5)).as("over Christmas")
            .isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(days.plus(LocalDate.of(2026, 12, 23), 3)).as("after Christmas")
            .isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(days.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10))).isEqualTo(5);
    }

}
