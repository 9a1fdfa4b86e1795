package se.finsam.samverkansbot.teams;

/**
 * Where a conversation with the bot takes place, as Teams' {@code conversationType}
 * tells.
 */
enum ConversationKind {

    PERSONAL, CHANNEL, GROUP_CHAT;

    static ConversationKind of(String conversationType) {
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
