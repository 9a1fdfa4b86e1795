package se.finsam.samverkansbot.teams.delivery;

/** Where a message in the outbox stands. */
enum OutboxStatus {

    /** Waiting for delivery (or for its next attempt). */
    PENDING,

    /** Delivered to the Bot Connector. */
    SENT,

    /**
     * Not deliverable to this conversation: the bot was blocked or removed (403), the
     * conversation is gone (404), or there never was one. Not retried.
     */
    STOPPED,

    /**
     * Attempts ran out or Teams refused the message: waits for an admin to re-send it.
     */
    DEAD

}
