package se.finsam.samverkansbot.meetings;

/** Whether a meeting takes place. */
public enum MeetingStatus {

    PLANNED,

    CANCELLED

}
