package se.finsam.samverkansbot.meetings;

/** Why a meeting is not where its rhythm puts it. */
public enum ChangeKind {

    /** A public holiday moved or cancelled it, as the series says. */
    HOLIDAY,

    /** A samverkanskoordinator moved or cancelled it, with a reason. */
    MANUAL

}
