package se.finsam.samverkansbot.stats;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestClock;
import se.finsam.samverkansbot.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled reports on two instances sharing one PostgreSQL database: on the first
 * working day of a month each coordinator's report of the month before is announced once
 * (and of the half year in July, of the year in January), however often and wherever the
 * check runs; on other days nothing.
 */
class ScheduledReportsTests {

    private static final UserId OSBY = UserId.of("aad-coord-osby");

    private static final UserId ALL = UserId.of("aad-coord-all");

    @Test
    void eachCoordinatorGetsEachPeriodOnceOnTwoInstances() throws Exception {
        String database = TestPostgres.newDatabase();
        try (RunningBot first = RunningBot.onPostgres(database, settings(), TestClock.Configuration.class);
                RunningBot second = RunningBot.onPostgres(database, settings(), TestClock.Configuration.class)) {
            List<ReportDue> announced = new ArrayList<>();

            // Thursday 1 January 2026 is a holiday, Friday 2 January the first working
            // day.
            at(first, second, LocalDateTime.of(2026, 1, 1, 7, 0));
            announced.addAll(onBoth(first, second));
            assertThat(announced).isEmpty();
            at(first, second, LocalDateTime.of(2026, 1, 2, 7, 0));
            announced.addAll(onBoth(first, second));
            announced.addAll(onBoth(first, second));
            at(first, second, LocalDateTime.of(2026, 1, 5, 7, 0));
            announced.addAll(onBoth(first, second));

            assertThat(announced).extracting((due) -> due.coordinator().value() + " " + due.period().key())
                .containsExactlyInAnyOrder("aad-coord-osby 2025-12", "aad-coord-all 2025-12", "aad-coord-osby 2025-H2",
                        "aad-coord-all 2025-H2", "aad-coord-osby 2025", "aad-coord-all 2025");

            announced.clear();
            at(first, second, LocalDateTime.of(2026, 2, 2, 7, 0));
            announced.addAll(onBoth(first, second));
            assertThat(announced).extracting((due) -> due.coordinator().value() + " " + due.period().key())
                .containsExactlyInAnyOrder("aad-coord-osby 2026-01", "aad-coord-all 2026-01");
        }
    }

    private static void at(RunningBot first, RunningBot second, LocalDateTime local) {
        first.bean(TestClock.class).setLocal(local);
        second.bean(TestClock.class).setLocal(local);
    }

    /**
     * The check on both instances at once; a run that loses the race announces nothing.
     */
    private static List<ReportDue> onBoth(RunningBot first, RunningBot second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<ReportDue>>> runs = new ArrayList<>();
            for (RunningBot bot : List.of(first, second)) {
                runs.add(() -> {
                    try {
                        return bot.bean(ScheduledReports.class).announceDue();
                    }
                    catch (RuntimeException lostTheRace) {
                        return List.of();
                    }
                });
            }
            List<ReportDue> all = new ArrayList<>();
            for (Future<List<ReportDue>> run : pool.invokeAll(runs)) {
                all.addAll(run.get());
            }
            return all;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("samverkansbot.organisation.kommuner[0]", "Osby");
        settings.put("samverkansbot.organisation.kommuner[1]", "Hässleholm");
        settings.put("samverkansbot.organisation.coordinators[0].user-id", OSBY.value());
        settings.put("samverkansbot.organisation.coordinators[0].name", "Karin");
        settings.put("samverkansbot.organisation.coordinators[0].kommuner[0]", "Osby");
        settings.put("samverkansbot.organisation.coordinators[1].user-id", ALL.value());
        settings.put("samverkansbot.organisation.coordinators[1].name", "Per");
        return settings;
    }

}
