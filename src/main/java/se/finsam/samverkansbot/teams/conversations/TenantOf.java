package se.finsam.samverkansbot.teams.conversations;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** Finds the Microsoft Entra tenant an activity comes from. */
public final class TenantOf {

    private TenantOf() {
    }

    public static String activity(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        try {
            TeamsChannelData channelData = activity.getChannelData(TeamsChannelData.class);
            return channelData != null && channelData.getTenant() != null ? channelData.getTenant().getId() : null;
        }
        catch (Exception malformed) {
            return null;
        }
    }

}
