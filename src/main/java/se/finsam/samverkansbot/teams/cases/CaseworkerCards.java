package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.ToggleInput;
import se.finsam.samverkansbot.teams.chat.CaseworkerCaseButtons;

/**
 * The caseworker's side in personal chat: their own case card, the team's question to
 * answer, and the request for the outcome of a case the team closed.
 */
class CaseworkerCards {

    private final CaseCardParts parts;

    private final List<CaseworkerCaseButtons> contributed;

    CaseworkerCards(CaseCardParts parts, List<CaseworkerCaseButtons> contributed) {
        this.parts = parts;
        this.contributed = List.copyOf(contributed);
    }

    AdaptiveCard caseworkerCard(Locale locale, ConsultationCase raised, String teamName) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.caseworker.title", raised.reference())));
        if (raised.awaitsTeam()) {
            body.add(TextBlock.paragraph(text(locale, "case.caseworker.waiting", raised.kommun())));
        }
        else {
            body.add(TextBlock.paragraph(text(locale, "case.caseworker.intro",
                    teamName == null ? text(locale, "case.team.fallback") : teamName)));
        }
        body.add(new FactSet(parts.caseFacts(locale, raised, false)));
        if (!raised.status().isOpen()) {
            if (raised.outcome() == null) {
                body.add(TextBlock.paragraph(text(locale, "case.caseworker.outcomeWanted")));
            }
            return new AdaptiveCard(body, List.of());
        }
        List<CardAction> actions = new ArrayList<>();
        if (!raised.awaitsTeam()) {
            contributed
                .forEach((buttons) -> actions.addAll(buttons.forOwnOpenCase(locale, raised.id(), raised.teamId())));
        }
        actions.add(CardAction.showCard(text(locale, "case.action.closeOwn"),
                new AdaptiveCard(outcomeInputs(locale, raised),
                        List.of(CardAction.execute(text(locale, "case.close.submit"), CaseCards.CLOSE_OWN,
                                Map.of(CaseCards.CASE_ID, raised.id()))))));
        return new AdaptiveCard(body, actions);
    }

    AdaptiveCard outcomeRequest(Locale locale, ConsultationCase closed) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.paragraph(text(locale, "case.outcome.request", closed.reference())));
        body.addAll(outcomeInputs(locale, closed));
        return new AdaptiveCard(body, List.of(CardAction.execute(text(locale, "case.outcome.submit"), CaseCards.OUTCOME,
                Map.of(CaseCards.CASE_ID, closed.id()))));
    }

    AdaptiveCard questionNotice(Locale locale, ConsultationCase raised, CaseEntry question) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(text(locale, "case.question.title", raised.reference())),
                        TextBlock.subtle(text(locale, "case.question.from", parts.person(locale, question.author()))),
                        TextBlock.userText(question.body()), parts.requiredArea(locale, "answer", "case.answer.label"),
                        parts.anonymousHint(locale)),
                List.of(CardAction.execute(text(locale, "case.answer.submit"), CaseCards.ANSWER,
                        Map.of(CaseCards.CASE_ID, raised.id()))));
    }

    /**
     * What a form in personal chat sent, read-only, in place of the form: the question it
     * answered (if any), the text sent and that it was sent. It cannot be sent again.
     */
    AdaptiveCard entrySent(Locale locale, ConsultationCase raised, CaseEntry answered, CaseEntry sent, String doneKey) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.sent.title." + sent.kind().name(), raised.reference())));
        if (answered != null) {
            body.add(TextBlock.subtle(text(locale, "case.question.from", parts.person(locale, answered.author()))));
            body.add(TextBlock.paragraph(answered.body()));
        }
        body.add(TextBlock.paragraph("**" + text(locale, "case.sent.yours") + "**"));
        body.add(TextBlock.paragraph(sent.body()));
        body.add(new Container(List.of(TextBlock.paragraph(text(locale, doneKey))), "good"));
        return new AdaptiveCard(body, List.of());
    }

    /**
     * The outcome the caseworker gave, read-only, in place of the form that asked for it.
     */
    AdaptiveCard outcomeRecorded(Locale locale, ConsultationCase closed) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.caseworker.title", closed.reference())));
        body.add(new FactSet(parts.caseFacts(locale, closed, false)));
        List<FactSet.Fact> outcome = new ArrayList<>();
        if (closed.outcome() != null) {
            outcome.add(new FactSet.Fact(text(locale, "case.outcome.label"),
                    text(locale, "case.outcome." + closed.outcome().name())));
        }
        if (closed.nextStepTaken() != null) {
            outcome.add(new FactSet.Fact(text(locale, "case.outcome.nextStep"),
                    text(locale, closed.nextStepTaken() ? "case.yes" : "case.no")));
        }
        if (!outcome.isEmpty()) {
            body.add(new FactSet(outcome));
        }
        body.add(new Container(List.of(TextBlock.paragraph(text(locale, "case.outcome.thanks", closed.reference()))),
                "good"));
        return new AdaptiveCard(body, List.of());
    }

    /** The outcomes that fit the case: what the advice did, or why there was none. */
    private List<CardElement> outcomeInputs(Locale locale, ConsultationCase of) {
        boolean advised = of.advised();
        return List.of(
                ChoiceSetInput
                    .radio("outcome", text(locale, advised ? "case.outcome.label" : "case.outcome.labelNoAdvice"),
                            Arrays.stream(Outcome.values())
                                .filter((value) -> value.fits(advised))
                                .map(value -> new Choice(text(locale, "case.outcome." + value.name()), value.name()))
                                .toList())
                    .asRequired(text(locale, "case.outcome.missing")),
                ToggleInput.of("nextStep", text(locale, "case.outcome.nextStep"), false));
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
