package se.finsam.samverkansbot.teams.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpDue;
import se.finsam.samverkansbot.followups.FollowUpFlagged;
import se.finsam.samverkansbot.followups.FollowUpManagement;
import se.finsam.samverkansbot.followups.FollowUpOverdue;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.ReminderStage;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.delivery.DeliveryFailed;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * Turns follow-up events into outbox messages to personal chats, in the transaction that
 * recorded them. Messages carry their plan as origin, so that a message that cannot reach
 * its recipient (no personal chat, 403 or 404) or became a dead letter flags the plan and
 * its coordinator is told, once.
 */
@Component
class FollowUpNotifier {

    /** The {@link MessageOrigin#kind()} of follow-up messages; the id is the plan's. */
    static final String ORIGIN = "followup";

    private final Outbox outbox;

    private final FollowUpCards cards;

    private final Clock clock;

    private final CoreProperties core;

    private final FollowUpManagement followUps;

    private final ConversationRegistry registry;

    FollowUpNotifier(Outbox outbox, FollowUpCards cards, Clock clock, CoreProperties core, FollowUpManagement followUps,
            ConversationRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
        this.followUps = followUps;
        this.cards = cards;
        this.clock = clock;
        this.core = core;
    }

    @EventListener
    void on(FollowUpDue due) {
        due.recipients()
            .forEach((user) -> send(due.plan(), user, cards.reminder(localeOf(user), due.plan(),
                    due.stage() == ReminderStage.ON_DAY, due.workingDaysLeft(), today(), user)));
    }

    @EventListener
    void on(FollowUpOverdue overdue) {
        overdue.coordinators()
            .forEach(
                    (user) -> send(overdue.plan(), user, cards.overdue(localeOf(user), overdue.plan(), today(), user)));
    }

    @EventListener
    void on(FollowUpFlagged flagged) {
        flagged.coordinators()
            .forEach((user) -> send(flagged.plan(), user, cards.unreachable(localeOf(user), flagged.plan())));
    }

    /** The language of the person's Teams client: Swedish unless it is English. */
    private Locale localeOf(UserId user) {
        return Texts.localeOf(registry.localeOf(user.value()).orElse(null));
    }

    private void send(FollowUpView plan, UserId user, AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        Activity activity = MessageFactory.attachment(attachment);
        outbox.enqueue(OutboundMessage.of(new Recipient.PersonalChat(plan.tenantId(), user.value()), activity)
            .withOrigin(MessageOrigin.of(ORIGIN, plan.id())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(core.zone()));
    }

    @EventListener
    void on(DeliveryFailed failed) {
        if (failed.origin().is(ORIGIN) && failed.origin().id() != null) {
            followUps.undeliverable(failed.origin().id(),
                    failed.reason() == DeliveryFailed.Reason.DEAD ? "dead-letter" : "unreachable");
        }
    }

}
