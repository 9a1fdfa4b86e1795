package se.finsam.samverkansbot.meetings.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.meetings.DateRange;
import se.finsam.samverkansbot.meetings.HolidayPolicy;

/**
 * A series over the year 2027: Fridays (2027 has five Friday holidays: nyårsdagen,
 * långfredagen, midsommarafton, julafton and nyårsafton), a summer break and both
 * daylight-saving changes.
 */
class ScheduleTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final WorkingDays WORKING_DAYS = new WorkingDays();

    private static final DateRange SUMMER = new DateRange(LocalDate.of(2027, 6, 21), LocalDate.of(2027, 8, 15));

    private static Schedule fridays(HolidayPolicy policy, List<DateRange> breaks) {
        return new Schedule(new Rhythm.EveryWeeks(1, DayOfWeek.FRIDAY), LocalDate.of(2027, 1, 1), LocalTime.of(13, 0),
                Duration.ofMinutes(90), breaks, policy, STOCKHOLM);
    }

    private static List<Occurrence> year2027(Schedule schedule) {
        return schedule.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), WORKING_DAYS::isWorkingDay);
    }

    @Test
    void aMeetingOnAHolidayMovesToTheNextWorkingDay() {
        List<Occurrence> year = year2027(fridays(HolidayPolicy.NEXT_WORKING_DAY, List.of(SUMMER)));

        assertThat(year).filteredOn(Occurrence::movedForHoliday)
            .extracting(Occurrence::nominalDate, Occurrence::date)
            .containsExactly(
                    // Nyårsdagen → Monday 4 January.
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)),
                    // Långfredagen; annandag påsk is a holiday too → Tuesday 30 March.
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 30)),
                    // Julafton → Monday 27 December.
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 27)));
        assertThat(year).extracting(Occurrence::date)
            .as("nyårsafton moves into 2028")
            .doesNotContain(LocalDate.of(2027, 12, 31))
            .allMatch(WORKING_DAYS::isWorkingDay);
        // 53 Fridays, 8 in the summer break, nyårsafton's meeting held on 3 January 2028.
        assertThat(year).hasSize(53 - 8 - 1);
        assertThat(fridays(HolidayPolicy.NEXT_WORKING_DAY, List.of(SUMMER)).between(LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 7), WORKING_DAYS::isWorkingDay))
            .extracting(Occurrence::date)
            .containsExactly(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 7));
    }

    @Test
    void aSeriesThatCancelsOnHolidaysKeepsTheDateAndMarksItCancelled() {
        List<Occurrence> year = year2027(fridays(HolidayPolicy.CANCEL, List.of(SUMMER)));

        assertThat(year).filteredOn(Occurrence::cancelledForHoliday)
            .extracting(Occurrence::date)
            .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 12, 24),
                    LocalDate.of(2027, 12, 31));
        assertThat(year).noneMatch(Occurrence::movedForHoliday);
    }

    @Test
    void noMeetingFallsInABreak() {
        List<Occurrence> year = year2027(fridays(HolidayPolicy.NEXT_WORKING_DAY, List.of(SUMMER)));

        assertThat(year).extracting(Occurrence::date).noneMatch(SUMMER::contains);
        assertThat(year).extracting(Occurrence::date)
            .contains(LocalDate.of(2027, 6, 18), LocalDate.of(2027, 8, 20))
            .as("midsommarafton is in the break")
            .doesNotContain(LocalDate.of(2027, 6, 28));
        assertThat(year2027(fridays(HolidayPolicy.NEXT_WORKING_DAY, List.of()))).extracting(Occurrence::date)
            .as("without the break, midsommarafton's meeting moves to Monday")
            .contains(LocalDate.of(2027, 6, 28));
    }

    @Test
    void theLocalStartTimeHoldsAcrossBothDaylightSavingChanges() {
        List<Occurrence> year = year2027(fridays(HolidayPolicy.NEXT_WORKING_DAY, List.of(SUMMER)));

        assertThat(startOn(year, LocalDate.of(2027, 3, 19))).isEqualTo(Instant.parse("2027-03-19T12:00:00Z"));
        // Summer time from 28 March: 13:00 is 11:00 UTC.
        assertThat(startOn(year, LocalDate.of(2027, 3, 30))).isEqualTo(Instant.parse("2027-03-30T11:00:00Z"));
        assertThat(startOn(year, LocalDate.of(2027, 10, 29))).isEqualTo(Instant.parse("2027-10-29T11:00:00Z"));
        // Winter time from 31 October.
        assertThat(startOn(year, LocalDate.of(2027, 11, 5))).isEqualTo(Instant.parse("2027-11-05T12:00:00Z"));
        assertThat(year).allMatch((o) -> o.start().toLocalTime().equals(LocalTime.of(13, 0)))
            .allMatch((o) -> Duration.between(o.start(), o.end()).equals(Duration.ofMinutes(90)));
    }

    @Test
    void everyThirdWeekCountsFromTheFirstDate() {
        Schedule schedule = new Schedule(new Rhythm.EveryWeeks(3, DayOfWeek.TUESDAY), LocalDate.of(2027, 1, 7),
                LocalTime.of(9, 0), Duration.ofHours(2), List.of(), HolidayPolicy.NEXT_WORKING_DAY, STOCKHOLM);

        assertThat(schedule.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), WORKING_DAYS::isWorkingDay))
            .extracting(Occurrence::date)
            .containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 23));
        assertThat(schedule.between(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 20), WORKING_DAYS::isWorkingDay))
            .as("a range that starts between two meetings")
            .extracting(Occurrence::date)
            .containsExactly(LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 16));
    }

    @Test
    void monthlyRhythmsTakeTheNthOrLastWeekday() {
        Schedule second = new Schedule(new Rhythm.MonthlyWeekday(2, DayOfWeek.THURSDAY), LocalDate.of(2027, 1, 1),
                LocalTime.of(9, 0), Duration.ofHours(2), List.of(), HolidayPolicy.NEXT_WORKING_DAY, STOCKHOLM);
        Schedule last = new Schedule(new Rhythm.MonthlyWeekday(-1, DayOfWeek.FRIDAY), LocalDate.of(2027, 1, 1),
                LocalTime.of(9, 0), Duration.ofHours(2), List.of(), HolidayPolicy.NEXT_WORKING_DAY, STOCKHOLM);

        assertThat(second.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 30), WORKING_DAYS::isWorkingDay))
            .extracting(Occurrence::date)
            .containsExactly(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 11),
                    LocalDate.of(2027, 4, 8));
        assertThat(last.between(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 31), WORKING_DAYS::isWorkingDay))
            .as("the last Friday of December 2027 is nyårsafton")
            .extracting(Occurrence::nominalDate, Occurrence::date)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 3)),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 1, 28), LocalDate.of(2028, 1, 28)));
    }

    @Test
    void breaksAreReadAsTheFormWritesThem() {
        assertThat(DateRange.parseAll("2027-06-21/2027-08-15, 2027-12-20–2028-01-07\n2028-02-21..2028-02-25"))
            .containsExactly(SUMMER, new DateRange(LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 7)),
                    new DateRange(LocalDate.of(2028, 2, 21), LocalDate.of(2028, 2, 25)));
        assertThat(DateRange.parseAll("2027-06-21-2027-08-15")).containsExactly(SUMMER);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> DateRange.parseAll("2027-08-15/2027-06-21"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> DateRange.parseAll("sommaren"));
    }

    private static Instant startOn(List<Occurrence> year, LocalDate date) {
        return year.stream().filter((o) -> o.date().equals(date)).findFirst().orElseThrow().start().toInstant();
    }

}
