package se.finsam.samverkansbot.teams.delivery;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.finsam.samverkansbot.teams.conversations.Conversation;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.conversations.Conversations;
import se.finsam.samverkansbot.teams.edge.TeamsProperties;

/**
 * Everything the bot says on its own goes through here: the message is written in the
 * caller's transaction (so it exists exactly when the change that causes it does) and
 * delivered afterwards by the {@link DeliveryWorker}, with rate limits and retries.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private static final String UNINSTALLED = "uninstalled";

    private final OutboxStore store;

    private final Conversations conversations;

    private final ApplicationEventPublisher events;

    private final TeamsProperties teams;

    private final Clock clock;

    private final DeliverySignal signal;

    private final DeliveryRateLimits limits;

    Outbox(OutboxStore store, Conversations conversations, ApplicationEventPublisher events, TeamsProperties teams,
            Clock clock, DeliverySignal signal, DeliveryRateLimits limits) {
        this.store = store;
        this.conversations = conversations;
        this.events = events;
        this.teams = teams;
        this.clock = clock;
        this.signal = signal;
        this.limits = limits;
    }

    /**
     * Writes a message for delivery, in the caller's transaction. A recipient the bot
     * cannot reach (never installed, or removed) is recorded at once and reported in a
     * {@link DeliveryFailed}, never silently dropped.
     * @return the message's id in the outbox
     */
    @Transactional
    public long enqueue(OutboundMessage message) {
        Resolved target = resolve(message.recipient());
        String payload = toJson(message.activity());
        OutboxStatus status = target.unreachable() == null ? OutboxStatus.PENDING : OutboxStatus.STOPPED;
        long id = store.insert(target.lane(), target.tenantId(), target.kind(), target.conversationId(),
                target.serviceUrl(), target.targetCardKey(), message.cardKey(), message.origin(), payload, status,
                target.unreachable(), clock.instant(), limits.now());
        if (status == OutboxStatus.STOPPED) {
            log.info("Outbox message {} ({}) cannot be delivered: {}", id, message.origin(), target.unreachable());
            String user = message.recipient() instanceof Recipient.PersonalChat chat ? chat.userAadObjectId() : null;
            // A team the bot was removed from, or one it was never added to (e.g. set up
            // in
            // the configuration only): its owner gives it up either way.
            String team = message.recipient() instanceof Recipient.NewThread thread ? thread.teamId() : null;
            if (message.origin() != null) {
                events
                    .publishEvent(new DeliveryFailed(message.origin(), DeliveryFailed.Reason.UNREACHABLE, user, team));
            }
        }
        else {
            wakeDeliveryAfterCommit();
        }
        return id;
    }

    private record Resolved(String lane, String tenantId, OutboxStore.Target kind, String conversationId,
            String serviceUrl, String targetCardKey, String unreachable) {

        Resolved(String lane, String tenantId, OutboxStore.Target kind, String conversationId, String serviceUrl,
                String unreachable) {
            this(lane, tenantId, kind, conversationId, serviceUrl, null, unreachable);
        }

    }

    private Resolved resolve(Recipient recipient) {
        if (recipient instanceof Recipient.PersonalChat chat) {
            Optional<Conversation> found = conversations
                .findByKindAndTenantIdAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, chat.tenantId(),
                        chat.userAadObjectId())
                .stream()
                .findFirst();
            return found
                .map((conversation) -> new Resolved(conversation.conversationId(), chat.tenantId(),
                        OutboxStore.Target.PERSONAL, conversation.conversationId(), conversation.serviceUrl(),
                        conversation.installed() ? null : UNINSTALLED))
                .orElseGet(() -> new Resolved("user:" + chat.tenantId() + ":" + chat.userAadObjectId(), chat.tenantId(),
                        OutboxStore.Target.PERSONAL, null, null, "no-conversation"));
        }
        if (recipient instanceof Recipient.NewThread thread) {
            Optional<Conversation> team = conversations.findByTeamIdOrderByUpdatedAtDesc(thread.teamId())
                .stream()
                .findFirst();
            return team
                .map((conversation) -> new Resolved(thread.channelId(), conversation.tenantId(),
                        OutboxStore.Target.NEW_THREAD, thread.channelId(), conversation.serviceUrl(),
                        conversation.installed() ? null : UNINSTALLED))
                .orElseGet(() -> new Resolved(thread.channelId(), null, OutboxStore.Target.NEW_THREAD,
                        thread.channelId(), null, "no-conversation"));
        }
        if (recipient instanceof Recipient.ThreadReply reply) {
            return underCard(reply.cardKey(), OutboxStore.Target.THREAD_REPLY);
        }
        Recipient.CardUpdate update = (Recipient.CardUpdate) recipient;
        return underCard(update.cardKey(), OutboxStore.Target.UPDATE);
    }

    /**
     * A reply or update under a card: in the card's lane, so that it follows the card
     * even when the card is still waiting for delivery. Where exactly is looked up when
     * it is delivered.
     */
    private Resolved underCard(String cardKey, OutboxStore.Target kind) {
        String lane = store.postedCard(cardKey)
            .map(OutboxStore.PostedCard::conversationKey)
            .or(() -> store.laneOfCard(cardKey))
            .orElseThrow(() -> new IllegalArgumentException("No card was posted under key " + cardKey));
        return new Resolved(lane, null, kind, null, null, cardKey, null);
    }

    /**
     * The personal chat of a person known only by their Entra object id: in the tenant of
     * their latest personal chat with the bot or, if the bot was never installed for
     * them, the first allowed tenant (the message is then recorded as undeliverable).
     */
    public Recipient.PersonalChat personalChatOf(String userAadObjectId) {
        String tenant = conversations
            .findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, userAadObjectId)
            .stream()
            .findFirst()
            .map(Conversation::tenantId)
            .orElseGet(() -> teams.allowedTenants().isEmpty() ? "" : teams.allowedTenants().get(0));
        return new Recipient.PersonalChat(tenant, userAadObjectId);
    }

    /**
     * Whether a card was posted under this key, or is waiting in the outbox to be posted:
     * then replies and updates to it can be written.
     */
    public boolean knowsCard(String cardKey) {
        return store.postedCard(cardKey).isPresent() || store.laneOfCard(cardKey).isPresent();
    }

    /**
     * Forgets where a card was posted, so that replies and updates written from now on
     * follow the card next written under the key (a case posted again in another team's
     * channel) instead of the old one.
     */
    @Transactional
    public void forgetPostedCard(String cardKey) {
        store.forgetCard(cardKey);
    }

    /**
     * Remembers a card the bot posted in a conversation as a direct answer, so that it
     * can be updated from the outbox later.
     */
    @Transactional
    public void rememberPostedCard(String cardKey, Activity answered, String activityId) {
        String conversationId = answered.getConversation().getId();
        store.rememberCard(new OutboxStore.PostedCard(cardKey, ConversationRegistry.baseConversationId(answered),
                conversationId, activityId, answered.getServiceUrl()), clock.instant());
    }

    private void wakeDeliveryAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        }
        else {
            signal.wake();
        }
    }

    private static String toJson(Activity activity) {
        try {
            return Serialization.toString(activity);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("An outgoing activity could not be serialised", e);
        }
    }

}
