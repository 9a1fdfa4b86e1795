package se.finsam.samverkansbot.teams.devchat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * The fake Teams world the local chat page plays: one tenant, a few people and one team.
 * Ids look like Teams' own, so that the bot stores and resolves them as it would in
 * Teams.
 *
 * @param tenantId the Entra tenant every fake activity comes from; must be in
 * {@code samverkansbot.teams.allowed-tenants}
 * @param botId the bot's channel account id in activities ({@code 28:} and the app id in
 * Teams)
 * @param botName the bot's display name, also the text of an @mention of it in a channel
 * @param users the people one can be on the page
 * @param team the team the bot is installed in, with its channels
 */
@Profile("dev")
@ConfigurationProperties("samverkansbot.devchat")
public record DevChatProperties(@DefaultValue("00000000-0000-0000-0000-00000000dev1") String tenantId,
        @DefaultValue("28:samverkansboten-dev") String botId, @DefaultValue("Samverkansboten") String botName,
        @DefaultValue List<User> users, Team team) {

    /**
     * A person on the page.
     *
     * @param id the Teams user id ({@code 29:...})
     * @param aadObjectId the Entra object id, which the bot's roles are configured by
     * @param name display name
     * @param role what the person is, shown on the page (handläggare, coordinator, ...)
     * @param teamMember whether the person is in the team and sees its channels
     */
    public record User(String id, String aadObjectId, String name, String role, boolean teamMember) {

        /** The id of this person's personal chat with the bot, as stable as Teams'. */
        @JsonProperty
        public String personalConversationId() {
            return "a:devchat-" + aadObjectId;
        }

    }

    /**
     * The team. Its first channel is the General channel, whose id is the team's id, as
     * in Teams.
     *
     * @param name display name
     * @param channels the channels, General first
     */
    public record Team(String name, List<Channel> channels) {

        @JsonProperty
        public String id() {
            return channels.get(0).id();
        }

    }

    /**
     * A channel of the team.
     *
     * @param id the channel id ({@code 19:...@thread.tacv2})
     * @param name display name
     */
    public record Channel(String id, String name) {
    }

    User user(String idOrObjectId) {
        return users.stream()
            .filter(user -> user.id().equals(idOrObjectId) || user.aadObjectId().equals(idOrObjectId))
            .findFirst()
            .orElse(null);
    }

    boolean isChannel(String conversationId) {
        return team != null && team.channels().stream().anyMatch(channel -> channel.id().equals(conversationId));
    }

}
