package se.finsam.samverkansbot.teams.conversations;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;

/**
 * The display name Teams last gave a user, from the reference of their personal chat with
 * the bot, for views that name someone other than the reader (a coordinator's view of a
 * caseworker's plan).
 */
@Component
public class PeopleNames {

    private final Conversations conversations;

    public PeopleNames(Conversations conversations) {
        this.conversations = conversations;
    }

    /** The user's name, or empty when the bot has never chatted with them personally. */
    public Optional<String> nameOf(UserId user) {
        if (user == null) {
            return Optional.empty();
        }
        return conversations.findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, user.value())
            .stream()
            .map(Conversation::referenceJson)
            .map(PeopleNames::userName)
            .flatMap(Optional::stream)
            .findFirst();
    }

    private static Optional<String> userName(String referenceJson) {
        if (referenceJson == null) {
            return Optional.empty();
        }
        try {
            JsonNode name = Serialization.jsonToTree(referenceJson).path("user").path("name");
            return name.isTextual() && !name.asText().isBlank() ? Optional.of(name.asText()) : Optional.empty();
        }
        catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

}
