package se.finsam.samverkansbot.teams.cases;

import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.AdviceGiven;
import se.finsam.samverkansbot.cases.CaseAssigned;
import se.finsam.samverkansbot.cases.CaseAwaitsAdvice;
import se.finsam.samverkansbot.cases.CaseClosed;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseOutcomeRecorded;
import se.finsam.samverkansbot.cases.CaseProperties;
import se.finsam.samverkansbot.cases.CaseRaised;
import se.finsam.samverkansbot.cases.ClarificationAnswered;
import se.finsam.samverkansbot.cases.ClarificationAsked;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.delivery.DeliveryFailed;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * Turns case events into outbox messages, in the transaction of the change: the case card
 * as a new thread in the team's channel, advice and questions to the caseworker's
 * personal chat, answers in the case's thread, and both case cards updated in place.
 * Messages the bot writes on its own are in Swedish, the förbund's language.
 */
@Component
class CaseMessages {

    private static final Locale LOCALE = Texts.SWEDISH;

    /** The language of what is posted in a team's channel: the förbund's. */
    static final Locale TEAM_LOCALE = Texts.SWEDISH;

    /** The {@link MessageOrigin#kind()} of every message about a case. */
    static final String ORIGIN = "case";

    static final String CHANNEL = "channel";

    private static final String CASEWORKER = "caseworker";

    private static final String CASEWORKER_CARD = "caseworker-card";

    private static final String REMINDER = "reminder";

    private final CaseManagement cases;

    private final CaseCards cards;

    private final Outbox outbox;

    private final CaseProperties properties;

    CaseMessages(CaseManagement cases, CaseCards cards, Outbox outbox, CaseProperties properties) {
        this.cases = cases;
        this.cards = cards;
        this.outbox = outbox;
        this.properties = properties;
    }

    @EventListener
    void on(CaseRaised event) {
        ConsultationCase raised = load(event.caseId());
        ConsultationTeam team = cases.team(raised.teamId())
            .orElseThrow(() -> new IllegalStateException("Case " + event.caseId() + " has no team"));
        outbox.enqueue(OutboundMessage
            .of(new Recipient.NewThread(team.teamId(), team.channelId()),
                    CaseReplies.cardActivity(cards.channelCard(LOCALE, raised)))
            .withCardKey(CaseCards.channelCardKey(raised.id()))
            .withOrigin(origin(raised, CHANNEL)));
    }

    @EventListener
    void on(AdviceGiven event) {
        ConsultationCase advised = load(event.caseId());
        toCaseworker(advised, cards.adviceNotice(LOCALE, advised, advised.entry(event.entry())));
        inThread(advised, cards.entryInThread(LOCALE, advised, advised.entry(event.entry())));
        updateCards(advised);
    }

    @EventListener
    void on(ClarificationAsked event) {
        ConsultationCase asked = load(event.caseId());
        toCaseworker(asked, cards.questionNotice(LOCALE, asked, asked.entry(event.entry())));
        inThread(asked, cards.entryInThread(LOCALE, asked, asked.entry(event.entry())));
    }

    @EventListener
    void on(ClarificationAnswered event) {
        ConsultationCase answered = load(event.caseId());
        inThread(answered, cards.answerInThread(LOCALE, answered, answered.entry(event.entry())));
    }

    @EventListener
    void on(CaseAssigned event) {
        updateCards(load(event.caseId()));
    }

    @EventListener
    void on(CaseClosed event) {
        ConsultationCase closed = load(event.caseId());
        updateCards(closed);
        if (!event.byCaseworker()) {
            toCaseworker(closed, cards.outcomeRequest(LOCALE, closed));
        }
    }

    @EventListener
    void on(CaseOutcomeRecorded event) {
        updateCards(load(event.caseId()));
    }

    @EventListener
    void on(CaseAwaitsAdvice event) {
        ConsultationCase waiting = load(event.caseId());
        String teamName = cases.team(waiting.teamId()).map(ConsultationTeam::name).orElse(null);
        for (UserId coordinator : event.coordinators()) {
            outbox.enqueue(
                    OutboundMessage
                        .of(new Recipient.PersonalChat(waiting.tenantId(), coordinator.value()),
                                CaseReplies.cardActivity(cards.reminder(LOCALE, waiting,
                                        properties.reminderAfterWorkingDays(), teamName)))
                        .withOrigin(origin(waiting, REMINDER)));
        }
    }

    /**
     * Advice or a question could not reach the caseworker (they removed or blocked the
     * bot): the team is told in the case's thread, so that it does not wait for an
     * answer.
     */
    @EventListener
    void on(DeliveryFailed failed) {
        if (failed.reason() == DeliveryFailed.Reason.UNREACHABLE && failed.origin().is(ORIGIN, CASEWORKER)) {
            cases.find(failed.origin().id())
                .ifPresent((about) -> inThread(about, cards.caseworkerUnreachable(LOCALE, about)));
        }
    }

    private ConsultationCase load(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
    }

    private void toCaseworker(ConsultationCase about, AdaptiveCard card) {
        outbox.enqueue(
                OutboundMessage
                    .of(new Recipient.PersonalChat(about.tenantId(), about.caseworker().id().value()),
                            CaseReplies.cardActivity(card))
                    .withOrigin(origin(about, CASEWORKER)));
    }

    private void inThread(ConsultationCase about, AdaptiveCard card) {
        String key = CaseCards.channelCardKey(about.id());
        if (outbox.knowsCard(key)) {
            outbox.enqueue(OutboundMessage.of(new Recipient.ThreadReply(key), CaseReplies.cardActivity(card))
                .withOrigin(origin(about, CHANNEL)));
        }
    }

    private void updateCards(ConsultationCase about) {
        String teamName = cases.team(about.teamId()).map(ConsultationTeam::name).orElse(null);
        update(about, CaseCards.channelCardKey(about.id()), CHANNEL, cards.channelCard(LOCALE, about));
        update(about, CaseCards.caseworkerCardKey(about.id()), CASEWORKER_CARD,
                cards.caseworkerCard(LOCALE, about, teamName));
    }

    private void update(ConsultationCase about, String key, String part, AdaptiveCard card) {
        if (outbox.knowsCard(key)) {
            Activity activity = CaseReplies.cardActivity(card);
            outbox.enqueue(OutboundMessage.of(new Recipient.CardUpdate(key), activity).withOrigin(origin(about, part)));
        }
    }

    private static MessageOrigin origin(ConsultationCase about, String part) {
        return MessageOrigin.of(ORIGIN, about.id(), part);
    }

}
