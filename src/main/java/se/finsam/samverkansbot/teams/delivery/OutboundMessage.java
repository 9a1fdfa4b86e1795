package se.finsam.samverkansbot.teams.delivery;

import java.util.Objects;

import com.microsoft.bot.schema.Activity;

/**
 * A message for the outbox.
 *
 * @param recipient where it goes
 * @param activity what it says (text or card); stored until delivered, never logged
 * @param cardKey if set, the key under which the posted message is remembered, so that it
 * can be updated or replied to later (e.g. {@code case:42:channel})
 * @param origin what the message is about, for the package that wrote it; told back in a
 * {@link DeliveryFailed} if it cannot be delivered
 */
public record OutboundMessage(Recipient recipient, Activity activity, String cardKey, MessageOrigin origin) {

    public OutboundMessage {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(activity, "activity");
    }

    public static OutboundMessage of(Recipient recipient, Activity activity) {
        return new OutboundMessage(recipient, activity, null, null);
    }

    public OutboundMessage withCardKey(String key) {
        return new OutboundMessage(this.recipient, this.activity, key, this.origin);
    }

    public OutboundMessage withOrigin(MessageOrigin about) {
        return new OutboundMessage(this.recipient, this.activity, this.cardKey, about);
    }

}
