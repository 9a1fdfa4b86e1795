package se.finsam.samverkansbot.meetings;

/**
 * A meeting's agenda deadline passed: the agenda goes to the team's channel, and each
 * attending handläggare gets their slot and the join link. Published once per meeting, in
 * the transaction that records it.
 */
public record AgendaPublished(MeetingView meeting) {
}
