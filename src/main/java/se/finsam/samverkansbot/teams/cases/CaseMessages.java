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
import se.finsam.samverkansbot.cases.CaseReleased;
import se.finsam.samverkansbot.cases.ClarificationAnswered;
import se.finsam.samverkansbot.cases.ClarificationAsked;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.delivery.DeliveryFailed;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * Turns case events into outbox messages, in the transaction of the change: the case card
 * as a new thread in the team's channel, advice and questions to the caseworker's
 * personal chat, answers in the case's thread, and both case cards updated in place. What
 * goes to a team's channel is in Swedish, the förbund's language; what goes to a person
 * is in the language of their Teams client (Swedish unless it is English).
 */
@Component
class CaseMessages {

    /** The language of what is posted in a team's channel: the förbund's. */
    static final Locale TEAM_LOCALE = Texts.SWEDISH;

    private static final Locale LOCALE = TEAM_LOCALE;

    /** The {@link MessageOrigin#kind()} of every message about a case. */
    static final String ORIGIN = "case";

    static final String CHANNEL = "channel";

    private static final String CASEWORKER = "caseworker";

    private static final String CASEWORKER_CARD = "caseworker-card";

    private static final String REMINDER = "reminder";

    private static final String ASSIGNEE = "assignee";

    private final CaseManagement cases;

    private final CaseCards cards;

    private final Outbox outbox;

    private final CaseProperties properties;

    private final ConversationRegistry registry;

    private final Texts texts;

    private final CaseViews views;

    CaseMessages(CaseManagement cases, CaseCards cards, Outbox outbox, CaseProperties properties,
            ConversationRegistry registry, Texts texts, CaseViews views) {
        this.views = views;
        this.registry = registry;
        this.texts = texts;
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
                    CaseReplies.cardActivity(views.posted(raised)))
            .withCardKey(CaseCards.channelCardKey(raised.id()))
            .withOrigin(origin(raised, CHANNEL)));
    }

    @EventListener
    void on(AdviceGiven event) {
        ConsultationCase advised = load(event.caseId());
        toCaseworker(advised,
                cards.adviceNotice(localeOf(advised.caseworker().id()), advised, advised.entry(event.entry())));
        inThread(advised, cards.entryInThread(LOCALE, advised, advised.entry(event.entry())));
        updateCards(advised);
    }

    @EventListener
    void on(ClarificationAsked event) {
        ConsultationCase asked = load(event.caseId());
        toCaseworker(asked, cards.questionNotice(localeOf(asked.caseworker().id()), asked, asked.entry(event.entry())));
        inThread(asked, cards.entryInThread(LOCALE, asked, asked.entry(event.entry())));
    }

    @EventListener
    void on(ClarificationAnswered event) {
        ConsultationCase answered = load(event.caseId());
        inThread(answered, cards.answerInThread(LOCALE, answered, answered.entry(event.entry())));
    }

    /** The cards show the assignee, who is told in personal chat. */
    @EventListener
    void on(CaseAssigned event) {
        ConsultationCase assigned = load(event.caseId());
        updateCards(assigned);
        UserId assignee = UserId.of(event.assigneeId());
        Locale locale = localeOf(assignee);
        String teamName = cases.team(assigned.teamId()).map(ConsultationTeam::name).orElse(null);
        outbox.enqueue(OutboundMessage
            .of(outbox.personalChatOf(assignee.value()),
                    CaseReplies.textActivity(texts.get(locale, "case.assigned.notice", assigned.reference(),
                            assigned.kommun(), teamName == null ? texts.get(locale, "team.unnamed") : teamName)))
            .withOrigin(origin(assigned, ASSIGNEE)));
    }

    /**
     * The assignee left the team: the team is told in the case's thread that the case
     * needs someone new, and the cards no longer name them.
     */
    @EventListener
    void on(CaseReleased event) {
        ConsultationCase released = load(event.caseId());
        String who = cards.person(LOCALE, Person.of(UserId.of(event.formerAssigneeId()), event.formerAssigneeName()));
        String key = CaseCards.channelCardKey(released.id());
        if (outbox.knowsCard(key)) {
            outbox
                .enqueue(
                        OutboundMessage
                            .of(new Recipient.ThreadReply(key),
                                    CaseReplies
                                        .textActivity(texts.get(LOCALE, "case.released", who, released.reference())))
                            .withOrigin(origin(released, CHANNEL)));
        }
        updateCards(released);
    }

    @EventListener
    void on(CaseClosed event) {
        ConsultationCase closed = load(event.caseId());
        updateCards(closed);
        if (!event.byCaseworker()) {
            toCaseworker(closed, cards.outcomeRequest(localeOf(closed.caseworker().id()), closed));
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
            outbox.enqueue(OutboundMessage
                .of(new Recipient.PersonalChat(waiting.tenantId(), coordinator.value()),
                        CaseReplies.cardActivity(cards.reminder(localeOf(coordinator), waiting,
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

    /** The language of the person's Teams client, Swedish unless it is English. */
    private Locale localeOf(UserId person) {
        return Texts.localeOf(registry.localeOf(person.value()).orElse(null));
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
        update(about, CaseCards.channelCardKey(about.id()), CHANNEL, views.posted(about));
        updateCaseworkerCard(about);
    }

    /**
     * The caseworker's own card of the case, updated in place: the team it is with now
     * (or that it waits for one), its status and assignee.
     */
    void updateCaseworkerCard(ConsultationCase about) {
        String teamName = cases.team(about.teamId()).map(ConsultationTeam::name).orElse(null);
        update(about, CaseCards.caseworkerCardKey(about.id()), CASEWORKER_CARD,
                cards.caseworkerCard(localeOf(about.caseworker().id()), about, teamName));
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
