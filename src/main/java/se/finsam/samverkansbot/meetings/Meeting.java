package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.meetings.schedule.Occurrence;

/**
 * One meeting of a series: when and how long, how many items it takes, and when its
 * agenda and its morning reminder go out. Identified within its series by the date the
 * rhythm gives ({@code nominalDate}), so it keeps its calendar UID when it is moved.
 */
class Meeting {

    @Id
    private Long id;

    @Version
    private Integer rowVersion;

    private long seriesId;

    private String teamId;

    private LocalDate nominalDate;

    private LocalDate meetingDate;

    private LocalTime startTime;

    private int lengthMinutes;

    private int minutesPerCase;

    private int maxCases;

    private MeetingStatus status;

    private ChangeKind changeKind;

    private String reason;

    private int sequenceNo;

    private Instant agendaDueAt;

    private Instant agendaPublishedAt;

    private Instant reminderDueAt;

    private Instant remindedAt;

    private Instant nextNoticeAt;

    private Instant createdAt;

    @PersistenceCreator
    Meeting() {
    }

    static Meeting planned(MeetingSeries series, Occurrence occurrence, MeetingRules rules, Instant now) {
        Meeting meeting = new Meeting();
        meeting.seriesId = series.id();
        meeting.teamId = series.teamId();
        meeting.nominalDate = occurrence.nominalDate();
        meeting.createdAt = now;
        meeting.status = MeetingStatus.PLANNED;
        meeting.follow(series, occurrence, rules);
        if (occurrence.cancelledForHoliday()) {
            meeting.status = MeetingStatus.CANCELLED;
        }
        return meeting;
    }

    /**
     * Takes the series' frame and the occurrence's day (for a meeting whose agenda has
     * not gone out and that nobody moved by hand).
     * @return whether its time changed
     */
    boolean follow(MeetingSeries series, Occurrence occurrence, MeetingRules rules) {
        boolean timeChanged = !occurrence.date().equals(meetingDate)
                || !occurrence.start().toLocalTime().equals(startTime) || series.lengthMinutes() != lengthMinutes;
        this.meetingDate = occurrence.date();
        this.startTime = occurrence.start().toLocalTime();
        this.lengthMinutes = series.lengthMinutes();
        this.minutesPerCase = series.minutesPerCase();
        this.maxCases = series.maxCases();
        this.changeKind = occurrence.movedForHoliday() || occurrence.cancelledForHoliday() ? ChangeKind.HOLIDAY : null;
        this.status = occurrence.cancelledForHoliday() ? MeetingStatus.CANCELLED : MeetingStatus.PLANNED;
        this.agendaDueAt = rules.agendaDueAt(meetingDate, series.deadlineWorkingDays());
        this.reminderDueAt = rules.reminderDueAt(meetingDate, startTime);
        if (timeChanged && id != null) {
            sequenceNo++;
        }
        plan();
        return timeChanged;
    }

    /** Moved by a coordinator to another day or time. */
    void move(LocalDate date, LocalTime time, String reason, int deadlineWorkingDays, MeetingRules rules, Instant now) {
        this.meetingDate = date;
        this.startTime = time;
        this.changeKind = ChangeKind.MANUAL;
        this.reason = reason;
        this.sequenceNo++;
        if (agendaPublishedAt == null) {
            this.agendaDueAt = rules.agendaDueAt(date, deadlineWorkingDays);
        }
        this.reminderDueAt = rules.reminderDueAt(date, time);
        if (remindedAt != null && reminderDueAt.isAfter(now)) {
            this.remindedAt = null;
        }
        plan();
    }

    void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.changeKind = ChangeKind.MANUAL;
        this.reason = reason;
        this.sequenceNo++;
        this.nextNoticeAt = null;
    }

    /** The agenda went out (or was skipped because the meeting is over). */
    void agendaPublished(Instant now) {
        this.agendaPublishedAt = now;
        plan();
    }

    void reminded(Instant now) {
        this.remindedAt = now;
        plan();
    }

    /** When the next notice is due: the agenda first, then the reminder. */
    private void plan() {
        if (status != MeetingStatus.PLANNED) {
            nextNoticeAt = null;
        }
        else if (agendaPublishedAt == null) {
            nextNoticeAt = agendaDueAt;
        }
        else if (remindedAt == null) {
            nextNoticeAt = reminderDueAt;
        }
        else {
            nextNoticeAt = null;
        }
    }

    boolean agendaDue(Instant now) {
        return status == MeetingStatus.PLANNED && agendaPublishedAt == null && !agendaDueAt.isAfter(now);
    }

    boolean reminderDue(Instant now) {
        return status == MeetingStatus.PLANNED && agendaPublishedAt != null && remindedAt == null
                && !reminderDueAt.isAfter(now);
    }

    /** Whether items may still be added by a request: the agenda deadline lies ahead. */
    boolean open(Instant now) {
        return status == MeetingStatus.PLANNED && agendaPublishedAt == null && agendaDueAt.isAfter(now);
    }

    boolean changedByHand() {
        return changeKind == ChangeKind.MANUAL;
    }

    ZonedDateTime start(MeetingRules rules) {
        return rules.at(meetingDate, startTime);
    }

    ZonedDateTime end(MeetingRules rules) {
        return start(rules).plusMinutes(lengthMinutes);
    }

    Long id() {
        return id;
    }

    long seriesId() {
        return seriesId;
    }

    String teamId() {
        return teamId;
    }

    LocalDate nominalDate() {
        return nominalDate;
    }

    LocalDate date() {
        return meetingDate;
    }

    LocalTime startTime() {
        return startTime;
    }

    int lengthMinutes() {
        return lengthMinutes;
    }

    int minutesPerCase() {
        return minutesPerCase;
    }

    int maxCases() {
        return maxCases;
    }

    MeetingStatus status() {
        return status;
    }

    ChangeKind changeKind() {
        return changeKind;
    }

    String reason() {
        return reason;
    }

    int sequence() {
        return sequenceNo;
    }

    Instant agendaDueAt() {
        return agendaDueAt;
    }

    boolean isAgendaPublished() {
        return agendaPublishedAt != null;
    }

    @Override
    public String toString() {
        return "Meeting[" + id + ", " + meetingDate + ", " + status + "]";
    }

}
