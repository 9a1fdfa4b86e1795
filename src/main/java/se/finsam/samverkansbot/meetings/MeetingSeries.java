package se.finsam.samverkansbot.meetings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.meetings.schedule.Rhythm;
import se.finsam.samverkansbot.meetings.schedule.Schedule;

/**
 * A konsultationsteam's meeting series: its rhythm and frame. One per team. Its meetings
 * are planned ahead ({@link Meeting}) up to {@code plannedUntil}.
 */
class MeetingSeries {

    @Id
    private Long id;

    @Version
    private Integer rowVersion;

    private String teamId;

    private RhythmKind rhythm;

    private int intervalWeeks;

    private int weekOfMonth;

    private DayOfWeek weekday;

    private LocalTime startTime;

    private int lengthMinutes;

    private int minutesPerCase;

    private int maxCases;

    private String place;

    private String onlineLink;

    private int deadlineWorkingDays;

    private LocalDate firstDate;

    private String breaks;

    private HolidayPolicy holidayPolicy;

    private LocalDate plannedUntil;

    private String updatedBy;

    private Instant updatedAt;

    @PersistenceCreator
    MeetingSeries() {
    }

    MeetingSeries(String teamId) {
        this.teamId = teamId;
    }

    /** Takes the checked values of a series form. */
    void apply(SeriesSettings settings, String by, Instant now) {
        this.rhythm = settings.rhythm();
        this.intervalWeeks = settings.intervalWeeks();
        this.weekOfMonth = settings.weekOfMonth();
        this.weekday = settings.weekday();
        this.startTime = settings.startTime();
        this.lengthMinutes = settings.lengthMinutes();
        this.minutesPerCase = settings.minutesPerCase();
        this.maxCases = settings.maxCases();
        this.place = settings.place();
        this.onlineLink = settings.onlineLink();
        this.deadlineWorkingDays = settings.deadlineWorkingDays();
        this.firstDate = settings.firstDate();
        this.breaks = settings.breaks().stream().map(DateRange::toString).collect(Collectors.joining(","));
        this.holidayPolicy = settings.holidayPolicy();
        this.updatedBy = by;
        this.updatedAt = now;
        if (this.plannedUntil == null) {
            this.plannedUntil = settings.firstDate().minusDays(1);
        }
    }

    Schedule schedule(ZoneId zone) {
        Rhythm r = rhythm == RhythmKind.WEEKLY ? new Rhythm.EveryWeeks(intervalWeeks, weekday)
                : new Rhythm.MonthlyWeekday(weekOfMonth, weekday);
        return new Schedule(r, firstDate, startTime, Duration.ofMinutes(lengthMinutes), breaks(), holidayPolicy, zone);
    }

    List<DateRange> breaks() {
        return DateRange.parseAll(breaks);
    }

    void plannedUntil(LocalDate date) {
        this.plannedUntil = date;
    }

    Long id() {
        return id;
    }

    String teamId() {
        return teamId;
    }

    int minutesPerCase() {
        return minutesPerCase;
    }

    int maxCases() {
        return maxCases;
    }

    int lengthMinutes() {
        return lengthMinutes;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    int deadlineWorkingDays() {
        return deadlineWorkingDays;
    }

    LocalDate plannedUntil() {
        return plannedUntil;
    }

    SeriesView view() {
        return new SeriesView(id, teamId, rhythm, intervalWeeks, weekOfMonth, weekday, startTime, lengthMinutes,
                minutesPerCase, maxCases, place, onlineLink, deadlineWorkingDays, firstDate, breaks(), holidayPolicy,
                updatedAt);
    }

}
