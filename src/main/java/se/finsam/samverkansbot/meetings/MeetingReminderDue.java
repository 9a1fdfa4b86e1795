package se.finsam.samverkansbot.meetings;

/**
 * The morning of a meeting: the team's channel and the attending handläggare are
 * reminded. Published once per meeting, in the transaction that records it.
 */
public record MeetingReminderDue(MeetingView meeting) {
}
