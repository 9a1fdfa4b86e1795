package se.finsam.samverkansbot.teams.conversations;

/**
 * Where a conversation with the bot takes place, as Teams' {@code conversationType}
 * tells.
 */
public enum ConversationKind {

    PERSONAL, CHANNEL, GROUP_CHAT;

    public static ConversationKind of(String conversationType) {
        if (conversationType == null) {
            return PERSONAL;
        }
        return switch (conversationType) {
            case "channel" -> CHANNEL;
            case "groupChat" -> GROUP_CHAT;
            default -> PERSONAL;
        };
    }

}
