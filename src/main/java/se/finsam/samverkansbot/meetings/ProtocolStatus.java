package se.finsam.samverkansbot.meetings;

/** Whether a protocol can still be changed. */
public enum ProtocolStatus {

    DRAFT,

    /** Approved by a samverkanskoordinator: locked, the advice relayed. */
    APPROVED

}
