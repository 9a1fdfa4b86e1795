package se.finsam.samverkansbot.teams.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.CardActionHandler;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.Dialogs;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * Every case button by verb: the case form's (open, send), those on a case card in the
 * team's channel (advice, question to the caseworker, assign, close) and its refresh into
 * each reader's own view, and the caseworker's (answer, close with outcome, outcome).
 */
@Configuration(proxyBeanMethods = false)
class CaseButtons {

    private static final Logger log = LoggerFactory.getLogger(CaseButtons.class);

    @Bean
    CardActions caseCardActions(NewCaseCommand newCase, RaiseCaseAction raise, CaseActions actions,
            CaseManagement cases, CaseCards cards, Texts texts, TeamRoster roster, CaseViews views) {
        return CardActions.of()
            .on(CaseCards.NEW, newCase::button)
            .view(CaseCards.VIEW, views::refresh)
            .once(CaseCards.RAISE, raise::handle)
            .once(CaseCards.ADVISE, advise(actions, cases, cards, texts))
            .once(CaseCards.ASK, ask(actions, cases, texts))
            .on(CaseCards.ASSIGN_FORM, assignForm(actions, cases, cards, texts, roster))
            .once(CaseCards.ASSIGN, assign(actions, cases, cards, texts, roster))
            .once(CaseCards.CLOSE, close(actions, cases, texts))
            .once(CaseCards.ANSWER, answer(actions, cases, cards, texts))
            .once(CaseCards.CLOSE_OWN, closeOwn(actions, cases, cards, texts))
            .once(CaseCards.OUTCOME, recordOutcome(actions, cases, cards, texts));
    }

    /** The forms of the case card in the team's channel, each in a Teams dialog. */
    @Bean
    Dialogs caseDialogRegistry(CaseDialogs dialogs) {
        return Dialogs.of()
            .on(CaseCards.ADVISE, dialogs::adviceForm, dialogs::advise)
            .on(CaseCards.ASK, dialogs::questionForm, dialogs::ask)
            .on(CaseCards.ASSIGN, dialogs::assignForm, dialogs::assign)
            .on(CaseCards.CLOSE, dialogs::closeForm, dialogs::close);
    }

    private static CardActionHandler advise(CaseActions actions, CaseManagement cases, CaseCards cards, Texts texts) {
        return (turn, data, locale) -> actions.team(turn, data, locale, CaseCards.ADVISE).map((context) -> {
            Agency agency = agency(data.text("adviceAgency"));
            Person member = new Person(context.member().id(), context.member().name(), agency);
            return actions.withText(turn, data, locale, context.caseId(), CaseCards.ADVISE, "advice",
                    texts.get(locale, "case.advise.label"),
                    (text, confirmed) -> cases.giveAdvice(context.caseId(), context.teamId(), member, text, confirmed),
                    texts.get(locale, "case.advice.sent"), List.of(cards.agencyChoice(locale, agency)),
                    context.teamId(), (advised) -> cards.entrySent(locale, advised, null,
                            last(advised, EntryKind.ADVICE), "case.advice.sent"));
        }).orElseGet(() -> actions.denied(turn, locale));
    }

    private static CardActionHandler ask(CaseActions actions, CaseManagement cases, Texts texts) {
        return (turn, data, locale) -> actions.team(turn, data, locale, CaseCards.ASK)
            .map((context) -> actions.withText(turn, data, locale, context.caseId(), CaseCards.ASK, "clarification",
                    texts.get(locale, "case.ask.label"),
                    (text, confirmed) -> cases.askClarification(context.caseId(), context.teamId(), context.member(),
                            text, confirmed),
                    texts.get(locale, "case.question.sent"), List.of(), context.teamId()))
            .orElseGet(() -> actions.denied(turn, locale));
    }

    /**
     * The assign form lists the team's members: every page of the roster Teams gives for
     * the team (recorded, so that assigning can be checked against it), or the people
     * seen acting in the channel when the roster cannot be read.
     */
    private static CardActionHandler assignForm(CaseActions actions, CaseManagement cases, CaseCards cards, Texts texts,
            TeamRoster roster) {
        return (turn, data, locale) -> actions.team(turn, data, locale, CaseCards.ASSIGN_FORM)
            .map((context) -> roster.refresh(turn, context.teamId()).thenCompose((read) -> {
                ConsultationCase found = cases.caseOfTeam(context.caseId(), context.teamId());
                if (!found.status().isOpen()) {
                    return Replies.text(turn, texts.get(locale, "case.closedAlready"));
                }
                List<Person> members = cases.teamMembers(context.teamId());
                if (members.isEmpty()) {
                    return Replies.text(turn, texts.get(locale, "case.assign.nobody"));
                }
                return Replies.card(turn, cards.assignForm(locale, found, members));
            }))
            .orElseGet(() -> actions.denied(turn, locale));
    }

    /**
     * Assigns the case to the chosen member, checked against the roster as Teams gives it
     * now: someone who left the team since the form was shown is refused.
     */
    private static CardActionHandler assign(CaseActions actions, CaseManagement cases, CaseCards cards, Texts texts,
            TeamRoster roster) {
        return (turn, data, locale) -> actions.team(turn, data, locale, CaseCards.ASSIGN).map((context) -> {
            String assignee = data.text("assignee");
            if (assignee.isBlank()) {
                return Replies.text(turn, texts.get(locale, "case.denied"));
            }
            return roster.refresh(turn, context.teamId()).thenCompose((read) -> {
                if (!cases.isTeamMember(context.teamId(), UserId.of(assignee))) {
                    log.info("Refused assigning case {} to {}: not a member of team {}", context.caseId(), assignee,
                            context.teamId());
                    return Replies.text(turn, texts.get(locale, "case.assign.notMember"));
                }
                return actions.run(turn, locale,
                        () -> cases.assign(context.caseId(), context.teamId(), UserId.of(assignee),
                                context.member().id()),
                        (assigned) -> texts.get(locale, "case.assigned", cards.person(locale, assigned.assignee()),
                                assigned.reference()));
            });
        }).orElseGet(() -> actions.denied(turn, locale));
    }

    private static CardActionHandler close(CaseActions actions, CaseManagement cases, Texts texts) {
        return (turn, data, locale) -> actions.team(turn, data, locale, CaseCards.CLOSE).map((context) -> {
            return actions.run(turn, locale,
                    () -> cases.closeByTeam(context.caseId(), context.teamId(), context.member().id()),
                    (closed) -> texts.get(locale, "case.closed.team", closed.reference()));
        }).orElseGet(() -> actions.denied(turn, locale));
    }

    private static CardActionHandler answer(CaseActions actions, CaseManagement cases, CaseCards cards, Texts texts) {
        return (turn, data, locale) -> actions.caseworker(turn, data, locale, CaseCards.ANSWER)
            .map((context) -> actions.withText(turn, data, locale, context.caseId(), CaseCards.ANSWER, "answer",
                    texts.get(locale, "case.answer.label"),
                    (text, confirmed) -> cases
                        .answerClarification(context.caseId(), context.caseworker(), text, confirmed),
                    texts.get(locale, "case.answer.sent"), List.of(), null,
                    (answered) -> cards.entrySent(locale, answered, last(answered, EntryKind.QUESTION),
                            last(answered, EntryKind.ANSWER), "case.answer.sent")))
            .orElseGet(() -> actions.denied(turn, locale));
    }

    private static CardActionHandler closeOwn(CaseActions actions, CaseManagement cases, CaseCards cards, Texts texts) {
        return outcomeHandler(CaseCards.CLOSE_OWN, actions, cases, cards, texts, true);
    }

    private static CardActionHandler recordOutcome(CaseActions actions, CaseManagement cases, CaseCards cards,
            Texts texts) {
        return outcomeHandler(CaseCards.OUTCOME, actions, cases, cards, texts, false);
    }

    /**
     * The outcome form, answered with the outcome as recorded, read-only, in place of the
     * form.
     */
    private static CardActionHandler outcomeHandler(String verb, CaseActions actions, CaseManagement cases,
            CaseCards cards, Texts texts, boolean closing) {
        return (turn, data, locale) -> actions.caseworker(turn, data, locale, verb).map((context) -> {
            se.finsam.samverkansbot.cases.Outcome outcome = outcome(data.text("outcome"));
            if (outcome == null) {
                return Replies.text(turn, texts.get(locale, "case.outcome.missing"));
            }
            boolean advised = cases.find(context.caseId()).map(ConsultationCase::advised).orElse(false);
            if (!outcome.fits(advised)) {
                return Replies.text(turn,
                        texts.get(locale, advised ? "case.outcome.adviceGiven" : "case.outcome.noAdviceGiven"));
            }
            boolean nextStep = data.flag("nextStep");
            return actions.runShowing(turn, locale,
                    () -> closing ? cases.closeByCaseworker(context.caseId(), context.caseworker(), outcome, nextStep)
                            : cases.recordOutcome(context.caseId(), context.caseworker(), outcome, nextStep),
                    (done) -> cards.outcomeRecorded(locale, done));
        }).orElseGet(() -> actions.denied(turn, locale));
    }

    private static se.finsam.samverkansbot.cases.Outcome outcome(String value) {
        try {
            return se.finsam.samverkansbot.cases.Outcome.valueOf(value);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The newest entry of a kind. */
    private static CaseEntry last(ConsultationCase found, EntryKind kind) {
        CaseEntry last = null;
        for (CaseEntry entry : found.entries()) {
            if (entry.kind() == kind) {
                last = entry;
            }
        }
        return last;
    }

    /** The agency a form names, or null when it names none the bot knows. */
    static Agency agency(String value) {
        try {
            return value.isBlank() ? null : Agency.valueOf(value);
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

}
