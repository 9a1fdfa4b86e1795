package se.finsam.samverkansbot.teams.conversations;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.UserId;

/**
 * Records what Teams tells the bot about the teams it is installed in (channels deleted
 * or renamed, the team archived, deleted or restored, the bot or members removed) and
 * publishes it as a {@link TeamChanged}, in one transaction.
 */
@Component
public class TeamChanges {

    private static final Logger log = LoggerFactory.getLogger(TeamChanges.class);

    private final Conversations conversations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    TeamChanges(Conversations conversations, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    /** A channel was deleted: the bot can no longer write in it. */
    @Transactional
    public void channelDeleted(String teamId, String channelId) {
        if (teamId == null || channelId == null) {
            return;
        }
        conversations.findByConversationId(channelId).ifPresent((channel) -> {
            channel.uninstalled(clock.instant());
            conversations.save(channel);
        });
        log.info("Channel deleted in team {}", teamId);
        events.publishEvent(new TeamChanged.ChannelDeleted(teamId, channelId));
    }

    @Transactional
    public void channelRenamed(String teamId, String channelId, String name) {
        if (teamId != null && channelId != null) {
            events.publishEvent(new TeamChanged.ChannelRenamed(teamId, channelId, name));
        }
    }

    @Transactional
    public void teamRenamed(String teamId, String name) {
        if (teamId != null) {
            events.publishEvent(new TeamChanged.TeamRenamed(teamId, name));
        }
    }

    /** The bot was added to the team (its General channel is remembered already). */
    @Transactional
    public void botAdded(String teamId) {
        if (teamId != null) {
            log.info("Added to team {}", teamId);
            events.publishEvent(new TeamChanged.BotAdded(teamId));
        }
    }

    /** The bot was removed from the team: none of its channels can be written to. */
    @Transactional
    public void botRemoved(String teamId) {
        if (teamId == null) {
            return;
        }
        uninstallTeam(teamId);
        log.info("Removed from team {}", teamId);
        events.publishEvent(new TeamChanged.BotRemoved(teamId));
    }

    @Transactional
    public void teamDeleted(String teamId) {
        if (teamId == null) {
            return;
        }
        uninstallTeam(teamId);
        log.info("Team {} deleted", teamId);
        events.publishEvent(new TeamChanged.TeamDeleted(teamId));
    }

    @Transactional
    public void teamArchived(String teamId) {
        if (teamId != null) {
            log.info("Team {} archived", teamId);
            events.publishEvent(new TeamChanged.TeamArchived(teamId));
        }
    }

    /** Unarchived, or restored after a delete (then the bot is installed again). */
    @Transactional
    public void teamReopened(String teamId, boolean restored) {
        if (teamId == null) {
            return;
        }
        // The bot is still in the team; delivery the outbox stopped while the team was
        // archived or deleted may start again.
        conversations.findByTeamIdOrderByUpdatedAtDesc(teamId).forEach((conversation) -> {
            conversation.reinstalled(clock.instant());
            conversations.save(conversation);
        });
        log.info("Team {} {}", teamId, restored ? "restored" : "unarchived");
        events.publishEvent(new TeamChanged.TeamReopened(teamId));
    }

    /** People left the team; those without an Entra object id are not known here. */
    @Transactional
    public void membersRemoved(String teamId, List<String> aadObjectIds) {
        List<UserId> removed = aadObjectIds.stream()
            .filter(Objects::nonNull)
            .filter((id) -> !id.isBlank())
            .map(UserId::of)
            .toList();
        if (teamId != null && !removed.isEmpty()) {
            events.publishEvent(new TeamChanged.MembersRemoved(teamId, removed));
        }
    }

    private void uninstallTeam(String teamId) {
        conversations.findByTeamIdOrderByUpdatedAtDesc(teamId).forEach((conversation) -> {
            conversation.uninstalled(clock.instant());
            conversations.save(conversation);
        });
    }

}
