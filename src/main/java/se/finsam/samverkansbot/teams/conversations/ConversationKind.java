package se.finsam.samverkansbot.teams.conversations;

/**
 * Where a conversation with the bot takes place, as Teams' {@code conversationType}
 * tells.
 */
public enum ConversationKind {

    PERSONAL, CHANNEL, GROUP_CHAT;

    /**
     * @throws IllegalArgumentException for a missing or unknown type: the endpoint
     * refuses such activities, never taking them for a personal chat
     */
    public static ConversationKind of(String conversationType) {
        if (conversationType == null) {
            throw new IllegalArgumentException("No conversation type");
        }
        return switch (conversationType) {
            case "personal" -> PERSONAL;
            case "channel" -> CHANNEL;
            case "groupChat" -> GROUP_CHAT;
            default -> throw new IllegalArgumentException("Unknown conversation type");
        };
    }

    /** Whether Teams uses this conversation type, so that the bot can handle it. */
    public static boolean isKnown(String conversationType) {
        return "personal".equals(conversationType) || "channel".equals(conversationType)
                || "groupChat".equals(conversationType);
    }

}
