package se.finsam.samverkansbot.teams.conversations;

import java.util.Optional;

import com.microsoft.bot.schema.Activity;
import org.springframework.util.StringUtils;

import se.finsam.samverkansbot.core.UserId;

/** Who sent an activity, as the rest of the application knows people. */
public final class UserOf {

    private UserOf() {
    }

    /**
     * The sender's Entra ID object id, which Teams always sends for users of a tenant.
     */
    public static Optional<UserId> activity(Activity activity) {
        String objectId = activity.getFrom() == null ? null : activity.getFrom().getAadObjectId();
        return StringUtils.hasText(objectId) ? Optional.of(UserId.of(objectId)) : Optional.empty();
    }

}
