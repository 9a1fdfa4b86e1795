package se.finsam.samverkansbot.meetings;

/**
 * A case whose handläggare asked on the case form for it to be taken up at a meeting went
 * on an agenda once its team was known.
 *
 * @param meeting the meeting, with only this case's item on it
 */
public record MeetingWishGranted(MeetingView meeting) {

    public AgendaItemView item() {
        return meeting.items().get(0);
    }

}
