package se.finsam.samverkansbot.teams.meetings;

import java.util.Locale;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemMoved;
import se.finsam.samverkansbot.meetings.AgendaItemRemoved;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.AgendaPublished;
import se.finsam.samverkansbot.meetings.MeetingCancelled;
import se.finsam.samverkansbot.meetings.MeetingMoved;
import se.finsam.samverkansbot.meetings.MeetingReminderDue;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.MeetingWishGranted;
import se.finsam.samverkansbot.meetings.MeetingWishRefused;
import se.finsam.samverkansbot.meetings.ProtocolApproved;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * Turns meeting events into outbox messages, in the transaction that recorded them: the
 * agenda, reminders, moves, cancellations and approved protocols to the team's channel,
 * and to each handläggare concerned a notice with only their own item, their slot, the
 * join link and their calendar invitation. What goes to the team's channel is in Swedish,
 * the förbund's language; what goes to a handläggare is in their Teams client's language.
 */
@Component
class MeetingNotifier {

    private static final Locale LOCALE = Texts.SWEDISH;

    static final String ORIGIN = "meeting";

    private final Outbox outbox;

    private final MeetingCards cards;

    private final MeetingInvitations invitations;

    private final ConversationRegistry registry;

    private final Texts texts;

    MeetingNotifier(Outbox outbox, MeetingCards cards, MeetingInvitations invitations, ConversationRegistry registry,
            Texts texts) {
        this.registry = registry;
        this.texts = texts;
        this.outbox = outbox;
        this.cards = cards;
        this.invitations = invitations;
    }

    @EventListener
    void on(AgendaPublished published) {
        MeetingView meeting = published.meeting();
        toChannel(meeting, cards.agenda(LOCALE, meeting, "meetings.agenda.title"));
        for (AgendaItemView item : meeting.attendingItems()) {
            toCaseworker(meeting, item,
                    cards.slotNotice(localeOf(item.caseworker()), meeting, item, "meetings.notice.title"), true);
        }
    }

    @EventListener
    void on(MeetingReminderDue due) {
        MeetingView meeting = due.meeting();
        toChannel(meeting, cards.reminder(LOCALE, meeting));
        for (AgendaItemView item : meeting.attendingItems()) {
            toCaseworker(meeting, item,
                    cards.slotNotice(localeOf(item.caseworker()), meeting, item, "meetings.notice.reminderTitle"),
                    false);
        }
    }

    /** The team always; the handläggare with items once the agenda had gone out. */
    @EventListener
    void on(MeetingMoved moved) {
        MeetingView meeting = moved.meeting();
        toChannel(meeting, cards.moved(LOCALE, meeting, moved.previousStart()));
        if (meeting.agendaPublished()) {
            for (AgendaItemView item : meeting.items()) {
                toCaseworker(meeting, item, cards.moved(localeOf(item.caseworker()), meeting, moved.previousStart()),
                        item.attend());
            }
        }
    }

    /** The team, and each handläggare whose item moved to another meeting. */
    @EventListener
    void on(MeetingCancelled cancelled) {
        MeetingView meeting = cancelled.meeting();
        toChannel(meeting, cards.cancelled(LOCALE, meeting, cancelled.moved().size()));
        for (AgendaItemMoved moved : cancelled.moved()) {
            on(moved);
        }
    }

    @EventListener
    void on(AgendaItemMoved moved) {
        AgendaItemView item = moved.item();
        toCaseworker(moved.to(), item, cards.itemMoved(localeOf(item.caseworker()), item, moved.from(), moved.to()),
                item.attend());
    }

    @EventListener
    void on(AgendaItemRemoved removed) {
        send(new Recipient.PersonalChat(removed.item().tenantId(), removed.item().caseworker().value()),
                cards.itemRemoved(localeOf(removed.item().caseworker()), removed.item(), removed.meeting()),
                removed.meeting());
    }

    /**
     * The handläggare's case went on an agenda as they asked on the case form: which
     * meeting, their item and what comes next. Their invitation comes with the agenda.
     */
    @EventListener
    void on(MeetingWishGranted granted) {
        MeetingView meeting = granted.meeting();
        AgendaItemView item = granted.item();
        Locale locale = localeOf(item.caseworker());
        send(new Recipient.PersonalChat(item.tenantId(), item.caseworker().value()),
                cards.wishGranted(locale, meeting, item), meeting);
    }

    /** It could not go on an agenda: why, and that the team has it as a written case. */
    @EventListener
    void on(MeetingWishRefused refused) {
        Locale locale = localeOf(refused.caseworker());
        String team = refused.teamName() == null || refused.teamName().isBlank()
                ? texts.get(locale, "meetings.wish.team") : refused.teamName();
        String text = texts.get(locale, "meetings.wish.refused." + refused.reason().name(), refused.reference(), team);
        outbox.enqueue(OutboundMessage
            .of(new Recipient.PersonalChat(refused.tenantId(), refused.caseworker().value()), MessageFactory.text(text))
            .withOrigin(MessageOrigin.of(ORIGIN + "-wish", refused.caseId())));
    }

    @EventListener
    void on(ProtocolApproved approved) {
        toChannel(approved.protocol().meeting(), cards.protocol(LOCALE, approved.protocol()));
    }

    private void toChannel(MeetingView meeting, AdaptiveCard card) {
        if (meeting.channelId() != null) {
            send(new Recipient.NewThread(meeting.teamId(), meeting.channelId()), card, meeting);
        }
    }

    /**
     * The card to the item's handläggare, and (when {@code invite}) their calendar
     * invitation offered as a file.
     */
    private void toCaseworker(MeetingView meeting, AgendaItemView item, AdaptiveCard card, boolean invite) {
        Recipient.PersonalChat chat = new Recipient.PersonalChat(item.tenantId(), item.caseworker().value());
        send(chat, card, meeting);
        if (invite) {
            outbox.enqueue(OutboundMessage.of(chat, invitations.offer(localeOf(item.caseworker()), meeting, item))
                .withOrigin(MessageOrigin.of(ORIGIN, meeting.id())));
        }
    }

    /**
     * A handläggare's language: that of their Teams client, Swedish unless it is English.
     */
    private Locale localeOf(UserId caseworker) {
        return Texts.localeOf(registry.localeOf(caseworker.value()).orElse(null));
    }

    private void send(Recipient recipient, AdaptiveCard card, MeetingView meeting) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.toJson());
        Activity activity = MessageFactory.attachment(attachment);
        outbox.enqueue(OutboundMessage.of(recipient, activity).withOrigin(MessageOrigin.of(ORIGIN, meeting.id())));
    }

}
