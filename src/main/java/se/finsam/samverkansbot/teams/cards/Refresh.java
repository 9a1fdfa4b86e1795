package se.finsam.samverkansbot.teams.cards;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A card's {@code refresh} (Universal Actions): when a reader sees the card, Teams sends
 * its {@code Action.Execute} as an {@code adaptiveCard/action} invoke from that reader,
 * and shows them the card the bot answers with, to them only. Teams refreshes on its own
 * for the users listed (at most {@link #MAX_USERS}); in a conversation of up to 60 people
 * it refreshes for everyone, and anyone else can ask for it from the message's menu. So
 * the card as posted must be right for everyone who is not refreshed.
 *
 * @param action the invoke Teams sends
 * @param userIds the Teams user ids ({@code 29:…}) refreshed on their own
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Refresh(CardAction action, List<String> userIds) {

    /** Teams refreshes a card on its own for at most this many listed users. */
    public static final int MAX_USERS = 60;

    public Refresh {
        userIds = userIds.stream().limit(MAX_USERS).toList();
    }

    /**
     * A refresh sending this verb and data, for these users (the first {@link #MAX_USERS}
     * of them).
     */
    public static Refresh of(String verb, Map<String, Object> data, List<String> userIds) {
        return new Refresh(CardAction.refreshing(verb, data), userIds);
    }

}
