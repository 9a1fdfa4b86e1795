package se.finsam.samverkansbot.meetings;

/**
 * Someone asked for something they may not do or see (a series or protocol edited by
 * someone who is not a samverkanskoordinator or admin, another team's meeting, another
 * handläggare's case, a tampered card). The message carries ids only.
 */
public class MeetingAccessDenied extends RuntimeException {

    public MeetingAccessDenied(String message) {
        super(message);
    }

}
