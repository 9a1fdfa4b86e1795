package se.finsam.samverkansbot.meetings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.meetings.schedule.Occurrence;
import se.finsam.samverkansbot.meetings.schedule.Rhythm;
import se.finsam.samverkansbot.meetings.schedule.Schedule;

/**
 * Benchmark of the meeting computations: the occurrences of 50 teams' series over three
 * years (mixed rhythms, a summer and a Christmas break each year, Swedish holidays), and
 * an agenda built from 1,000 queued cases (the meetings' deadlines and capacity, each
 * case's meeting, position and slot). Goal: each at most 100 ms. Prints the median and
 * the worst of 30 timed runs after 10 warm-up runs; not a test.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.meetings.MeetingBenchmark
 * </pre>
 */
public final class MeetingBenchmark {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final int TEAMS = 50;

    private static final int CASES = 1_000;

    private static final int WARM_UP = 10;

    private static final int RUNS = 30;

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    private static final LocalDate TO = LocalDate.of(2029, 12, 31);

    private MeetingBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("Meeting benchmark: %d teams × 3 years of occurrences; an agenda from %,d queued cases%n",
                TEAMS, CASES);
        System.out.printf("Machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        // A fresh calendar per run would time jollyday's XML loading, which happens once
        // per process: one calendar, warmed up with the other runs.
        WorkingDays workingDays = new WorkingDays();
        List<Schedule> series = series();

        long[] occurrences = new long[1];
        report("occurrences, 50 teams × 3 years", () -> {
            long count = 0;
            for (Schedule schedule : series) {
                count += schedule.between(FROM, TO, workingDays::isWorkingDay).size();
            }
            occurrences[0] = count;
        });
        System.out.printf("  (%,d occurrences)%n", occurrences[0]);

        int[] meetingsUsed = new int[1];
        report("agenda from 1,000 queued cases", () -> meetingsUsed[0] = agenda(workingDays));
        System.out.printf("  (%d meetings filled)%n", meetingsUsed[0]);
    }

    /**
     * One team's weekly meetings over three years, 8 cases each: the deadlines, then each
     * case's meeting, position and slot.
     */
    private static int agenda(WorkingDays workingDays) {
        Schedule weekly = new Schedule(new Rhythm.EveryWeeks(1, DayOfWeek.TUESDAY), FROM, LocalTime.of(13, 0),
                Duration.ofMinutes(160), breaks(), HolidayPolicy.NEXT_WORKING_DAY, STOCKHOLM);
        List<Occurrence> meetings = weekly.between(FROM, TO, workingDays::isWorkingDay);
        List<AgendaAllocator.Slot> slots = new ArrayList<>(meetings.size());
        for (int i = 0; i < meetings.size(); i++) {
            Occurrence meeting = meetings.get(i);
            Instant deadline = workingDays.minus(meeting.date(), 3).atTime(12, 0).atZone(STOCKHOLM).toInstant();
            slots.add(new AgendaAllocator.Slot(i, deadline, true, 8, 0));
        }
        AgendaAllocator allocator = new AgendaAllocator(slots);
        Instant now = FROM.atStartOfDay(STOCKHOLM).toInstant();
        LocalTime[] slotStarts = new LocalTime[CASES];
        int last = 0;
        for (int c = 0; c < CASES; c++) {
            AgendaAllocator.Placement placement = allocator.place(now).orElseThrow();
            Occurrence meeting = meetings.get((int) placement.meetingId());
            slotStarts[c] = meeting.start().toLocalTime().plusMinutes(20L * placement.index());
            last = (int) placement.meetingId();
        }
        if (slotStarts[CASES - 1] == null) {
            throw new IllegalStateException("unplaced");
        }
        return last + 1;
    }

    private static List<Schedule> series() {
        List<Schedule> series = new ArrayList<>();
        DayOfWeek[] days = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY };
        for (int team = 0; team < TEAMS; team++) {
            DayOfWeek day = days[team % days.length];
            Rhythm rhythm = team % 5 == 4 ? new Rhythm.MonthlyWeekday(team % 2 == 0 ? 2 : -1, day)
                    : new Rhythm.EveryWeeks(1 + team % 4, day);
            series.add(new Schedule(rhythm, FROM.plusDays(team), LocalTime.of(9 + team % 6, 0), Duration.ofMinutes(120),
                    breaks(), team % 3 == 0 ? HolidayPolicy.CANCEL : HolidayPolicy.NEXT_WORKING_DAY, STOCKHOLM));
        }
        return series;
    }

    private static List<DateRange> breaks() {
        List<DateRange> breaks = new ArrayList<>();
        for (int year = 2027; year <= 2029; year++) {
            breaks.add(new DateRange(LocalDate.of(year, 6, 21), LocalDate.of(year, 8, 15)));
            breaks.add(new DateRange(LocalDate.of(year, 12, 22), LocalDate.of(year + 1, 1, 6)));
        }
        return breaks;
    }

    private static void report(String name, Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-36s median %7.2f ms, worst %7.2f ms (goal ≤ 100 ms)%n", name, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6);
    }

}
