package se.finsam.samverkansbot.meetings;

/**
 * A samverkanskoordinator approved a meeting's protocol: it is locked, its advice has
 * been given on the cases (which relays it to the handläggare), and the protocol card
 * goes to the team's channel.
 */
public record ProtocolApproved(ProtocolView protocol) {
}
