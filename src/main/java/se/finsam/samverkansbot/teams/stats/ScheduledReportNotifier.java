package se.finsam.samverkansbot.teams.stats;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.stats.Breakdown;
import se.finsam.samverkansbot.stats.Report;
import se.finsam.samverkansbot.stats.ReportDue;
import se.finsam.samverkansbot.stats.Statistics;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.Conversations;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * A coordinator's scheduled report, written to the outbox in the transaction that
 * announced it: their kommuner, by kommun when they have several. Delivered like every
 * message the bot sends on its own.
 */
@Component
class ScheduledReportNotifier {

    static final String ORIGIN = "stats";

    private final Statistics statistics;

    private final Organisation organisation;

    private final StatisticsCards cards;

    private final Conversations conversations;

    private final Outbox outbox;

    ScheduledReportNotifier(Statistics statistics, Organisation organisation, StatisticsCards cards,
            Conversations conversations, Outbox outbox) {
        this.statistics = statistics;
        this.organisation = organisation;
        this.cards = cards;
        this.conversations = conversations;
        this.outbox = outbox;
    }

    @EventListener
    void on(ReportDue due) {
        java.util.List<Kommun> kommuner = organisation.coordinatedBy(due.coordinator());
        Report report = statistics.report(kommuner, due.period(),
                kommuner.size() > 1 ? Breakdown.KOMMUN : Breakdown.NONE);
        AdaptiveCard card = cards.report(Texts.localeOf(conversations
            .findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, due.coordinator().value())
            .stream()
            .map((conversation) -> conversation.locale())
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null)), report);
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        Activity activity = MessageFactory.attachment(attachment);
        String tenant = conversations
            .findByKindAndUserAadObjectIdOrderByUpdatedAtDesc(ConversationKind.PERSONAL, due.coordinator().value())
            .stream()
            .findFirst()
            .map((conversation) -> conversation.tenantId())
            .orElse(null);
        outbox.enqueue(OutboundMessage.of(new Recipient.PersonalChat(tenant, due.coordinator().value()), activity)
            .withOrigin(MessageOrigin.of(ORIGIN, due.period().key())));
    }

}
