package se.finsam.samverkansbot.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.DueRowSweep;

/**
 * Sends the meetings' notices that are due: finds the meetings whose next notice is due
 * (an indexed range query on {@code next_notice_at}, page by page) and handles each in a
 * transaction of its own that first locks the meeting's row with
 * {@code FOR UPDATE SKIP LOCKED} and checks it is still due, so two instances never send
 * one notice twice. The notice is recorded on the meeting and its outbox messages written
 * (by the listeners of the event) in that same transaction. A notice whose meeting is
 * already over when the sweep finds it (the application was down) is recorded, not sent.
 * Before that, series whose plan runs short are planned further ahead.
 */
@Component
class MeetingSweeper {

    private static final Logger log = LoggerFactory.getLogger(MeetingSweeper.class);

    private final DueRowSweep due;

    private final TransactionTemplate transactions;

    private final Meetings meetings;

    private final MeetingSeriesStore seriesStore;

    private final SeriesPlanner planner;

    private final MeetingViews views;

    private final MeetingRules rules;

    private final MeetingProperties properties;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MeetingSweeper(JdbcClient jdbc, TransactionTemplate transactions, Meetings meetings, MeetingSeriesStore seriesStore,
            SeriesPlanner planner, MeetingViews views, MeetingRules rules, MeetingProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.due = new DueRowSweep(jdbc, transactions, "meeting", "next_notice_at", properties.sweepPageSize());
        this.transactions = transactions;
        this.meetings = meetings;
        this.seriesStore = seriesStore;
        this.planner = planner;
        this.views = views;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sends every notice due now; returns how many were sent. */
    int sweep() {
        Instant now = clock.instant();
        planAhead(now);
        int sent = due.run(now, (id) -> send(id, now));
        if (sent > 0) {
            log.info("Meetings: {} notices sent", sent);
        }
        return sent;
    }

    /**
     * Plans further ahead the series whose plan ends within a week of the horizon, each
     * in its own transaction with its row locked.
     */
    private void planAhead(Instant now) {
        LocalDate until = rules.today(now).plus(properties.horizon());
        for (MeetingSeries stale : seriesStore.findByPlannedUntilBefore(until.minusDays(7))) {
            transactions.executeWithoutResult((status) -> seriesStore.lockByTeamId(stale.teamId())
                .filter((series) -> series.plannedUntil().isBefore(until.minusDays(7)))
                .ifPresent((series) -> {
                    planner.plan(series, until, now);
                    seriesStore.save(series);
                }));
        }
    }

    private int send(long id, Instant now) {
        Meeting meeting = meetings.findById(id).orElse(null);
        if (meeting == null) {
            return 0;
        }
        boolean over = !meeting.end(rules).toInstant().isAfter(now);
        int sent = 0;
        if (meeting.agendaDue(now)) {
            meeting.agendaPublished(now);
            meeting = meetings.save(meeting);
            if (over) {
                log.info("Meeting {} is over: its agenda is not posted any more", id);
            }
            else {
                log.info("Agenda of meeting {} posted", id);
                events.publishEvent(new AgendaPublished(views.of(meeting)));
                sent++;
            }
        }
        if (meeting.reminderDue(now)) {
            meeting.reminded(now);
            meeting = meetings.save(meeting);
            if (!over) {
                log.info("Reminder of meeting {} sent", id);
                events.publishEvent(new MeetingReminderDue(views.of(meeting)));
                sent++;
            }
        }
        return sent;
    }

}
