package se.finsam.samverkansbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.core.WorkingDays;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestPostgres;

/**
 * Agendas across instances and restarts, on the real clock and real Quartz: two instances
 * on one PostgreSQL post each agenda once, and an agenda that fell due while the bot was
 * down goes out once, right after it starts.
 */
class MeetingSchedulingReliabilityTests {

    private static final UserId COORDINATOR = UserId.of("aad-reliability-coordinator");

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /**
     * The agenda closes at midnight one working day before: the next working day's
     * meeting has its agenda due now, its reminder not yet. Only the sweep at start and
     * the sweeps the tests run.
     */
    private static final Map<String, Object> SETTINGS = Map.of("samverkansbot.meetings.agenda-time", "00:00",
            "samverkansbot.meetings.sweep-interval", "1h", "samverkansbot.organisation.coordinators[0].user-id",
            COORDINATOR.value(), "samverkansbot.organisation.coordinators[0].name", "Sven Koordinator");

    @Test
    void twoInstancesOnOnePostgresPostEachAgendaOnce() {
        String database = TestPostgres.newDatabase();
        try (RunningBot first = RunningBot.onPostgres(database, SETTINGS);
                RunningBot second = RunningBot.onPostgres(database, SETTINGS)) {
            awaitSweepAtStart(first);
            awaitSweepAtStart(second);
            int teams = 10;
            for (int i = 0; i < teams; i++) {
                setUpTeamDueNow(first, "cluster-" + i);
            }
            List<AgendaPublished> published = new CopyOnWriteArrayList<>();
            record(first, published);
            record(second, published);

            List<CompletableFuture<Integer>> sweeps = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (RunningBot instance : List.of(first, second)) {
                    MeetingPlanning planning = instance.bean(MeetingPlanning.class);
                    sweeps.add(CompletableFuture.supplyAsync(planning::sendDueNotices));
                }
            }
            int sent = sweeps.stream().mapToInt(CompletableFuture::join).sum();
            // A meeting locked by one sweep is skipped by the others: what is left goes
            // out next time.
            for (int more = first.bean(MeetingPlanning.class).sendDueNotices(); more > 0; more = first
                .bean(MeetingPlanning.class)
                .sendDueNotices()) {
                sent += more;
            }

            assertThat(sent).isEqualTo(teams);
            assertThat(published).hasSize(teams);
            assertThat(published.stream().map((event) -> event.meeting().id()).distinct()).hasSize(teams);
            assertThat(first.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM meeting WHERE agenda_published_at IS NOT NULL")
                .query(Integer.class)
                .single()).isEqualTo(teams);
            first.stop();
        }
    }

    @Test
    void anAgendaDueWhileTheBotWasDownGoesOutOnceAfterItStarts(@TempDir Path dataDir) {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, SETTINGS)) {
            awaitSweepAtStart(bot);
            setUpTeamDueNow(bot, "restart");
            assertThat(publishedAgendas(bot)).as("nothing swept since the start").isZero();

            bot.restart();

            Instant deadline = Instant.now().plusSeconds(30);
            while (publishedAgendas(bot) == 0) {
                assertThat(Instant.now()).as("the sweep at start posts the agenda").isBefore(deadline);
                sleep(Duration.ofMillis(100));
            }
            awaitSweepAtStart(bot);
            assertThat(bot.bean(MeetingPlanning.class).sendDueNotices()).as("posted once").isZero();
            assertThat(publishedAgendas(bot)).isEqualTo(1);
        }
    }

    private static void setUpTeamDueNow(RunningBot bot, String name) {
        String teamId = "19:" + name + "@thread.tacv2";
        bot.bean(CaseManagement.class)
            .setUpTeam(teamId, "19:" + name + "-channel@thread.tacv2", name, List.of(new Kommun("Osby-" + name)), null);
        LocalDate next = bot.bean(WorkingDays.class).plus(LocalDate.now(STOCKHOLM), 1);
        bot.bean(MeetingPlanning.class)
            .saveSeries(teamId, new SeriesForm("WEEKLY", "1", null, next.getDayOfWeek().name(), "15:00", "60", "20",
                    "3", "Kommunhuset", null, "1", next.toString(), "", "NEXT_WORKING_DAY", Set.of()), COORDINATOR);
    }

    private static void record(RunningBot bot, List<AgendaPublished> published) {
        bot.bean(ApplicationEventMulticaster.class).addApplicationListener((PayloadApplicationEvent<?> event) -> {
            if (event.getPayload() instanceof AgendaPublished agenda) {
                published.add(agenda);
            }
        });
    }

    private static int publishedAgendas(RunningBot bot) {
        return bot.bean(JdbcClient.class)
            .sql("SELECT COUNT(*) FROM meeting WHERE agenda_published_at IS NOT NULL")
            .query(Integer.class)
            .single();
    }

    /** The sweep at start has run (its one-off trigger is gone once it fired). */
    private static void awaitSweepAtStart(RunningBot bot) {
        Scheduler scheduler = bot.bean(Scheduler.class);
        Instant deadline = Instant.now().plusSeconds(30);
        try {
            while (scheduler.getTrigger(TriggerKey.triggerKey("meeting-sweep-at-start", "meetings")) != null) {
                assertThat(Instant.now()).as("the sweep at start runs").isBefore(deadline);
                sleep(Duration.ofMillis(50));
            }
        }
        catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        // The trigger is gone when the job starts; let it finish.
        sleep(Duration.ofMillis(500));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
