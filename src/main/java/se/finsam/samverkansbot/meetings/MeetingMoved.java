package se.finsam.samverkansbot.meetings;

import java.time.ZonedDateTime;

/**
 * A samverkanskoordinator moved a meeting; its items stay on it. Everyone it touches is
 * told when the agenda had gone out ({@link MeetingView#agendaPublished()}), the team
 * always.
 *
 * @param meeting the meeting at its new time
 * @param previousStart when it was to start
 */
public record MeetingMoved(MeetingView meeting, ZonedDateTime previousStart) {
}
