package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.cases.CaseCards.FormState;

/**
 * The forms of the team's dialogs on a case (advice, a question to the caseworker,
 * assign, close), filled in again with what was typed and, above each field, what is
 * wrong with it. A refused text is never in the state: it does not come back.
 */
class CaseDialogCards {

    static final String ADVICE = "advice";

    static final String AGENCY = "adviceAgency";

    static final String QUESTION = "clarification";

    static final String ASSIGNEE = "assignee";

    private final CaseCardParts parts;

    CaseDialogCards(CaseCardParts parts) {
        this.parts = parts;
    }

    String title(Locale locale, String dialog, ConsultationCase raised) {
        return text(locale, "case.dialog.title." + dialog, raised.reference());
    }

    AdaptiveCard adviceForm(Locale locale, ConsultationCase raised, FormState state) {
        List<CardElement> body = intro(locale, raised, state);
        body.addAll(field(state, ADVICE, area(locale, ADVICE, "case.advise.label", state)
            .withPlaceholder(text(locale, "case.dialog.limit", CaseCards.TEXT_LIMIT))));
        String agency = state.value(AGENCY);
        body.addAll(field(state, AGENCY, parts.agencyChoice(locale, CaseButtons.agency(agency == null ? "" : agency))));
        body.add(parts.anonymousHint(locale));
        return new AdaptiveCard(body,
                List.of(CardAction.submitDialog(text(locale, "case.advise.submit"), CaseCards.ADVISE, id(raised))
                    .styled("positive")));
    }

    AdaptiveCard questionForm(Locale locale, ConsultationCase raised, FormState state) {
        List<CardElement> body = intro(locale, raised, state);
        body.addAll(field(state, QUESTION, area(locale, QUESTION, "case.ask.label", state)
            .withPlaceholder(text(locale, "case.dialog.limit", CaseCards.TEXT_LIMIT))));
        body.add(parts.anonymousHint(locale));
        return new AdaptiveCard(body,
                List.of(CardAction.submitDialog(text(locale, "case.ask.submit"), CaseCards.ASK, id(raised))
                    .styled("positive")));
    }

    AdaptiveCard assignForm(Locale locale, ConsultationCase raised, List<Person> members, FormState state) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.paragraph(text(locale, "case.assign.title", raised.reference())));
        List<Choice> choices = members.stream()
            .map(member -> new Choice(member.name() == null ? member.id().value() : member.name(), member.id().value()))
            .toList();
        ChoiceSetInput choice = ChoiceSetInput.dropDown(ASSIGNEE, text(locale, "case.assign.label"), choices)
            .asRequired(text(locale, "case.assign.missing"));
        String chosen = state.value(ASSIGNEE);
        body.addAll(field(state, ASSIGNEE, chosen == null || chosen.isBlank() ? choice : choice.withValue(chosen)));
        body.add(TextBlock.subtle(text(locale, "case.assign.hint")));
        return new AdaptiveCard(body,
                List.of(CardAction.submitDialog(text(locale, "case.assign.submit"), CaseCards.ASSIGN, id(raised))));
    }

    /** "Är du säker?": closing is for the whole team and cannot be undone. */
    AdaptiveCard closeConfirmation(Locale locale, ConsultationCase raised) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(text(locale, "case.dialog.sure")),
                        TextBlock.paragraph(text(locale, "case.dialog.close.consequence", raised.reference()))),
                List.of(CardAction.submitDialog(text(locale, "case.dialog.close.submit"), CaseCards.CLOSE, id(raised))
                    .styled("destructive")));
    }

    private List<CardElement> intro(Locale locale, ConsultationCase raised, FormState state) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.paragraph("**" + text(locale, "case.dialog.caseQuestion") + "**"));
        body.add(TextBlock.userText(raised.question()));
        if (!state.errors().isEmpty() || !state.privacyProblems().isEmpty()) {
            body.add(new Container(List.of(TextBlock.paragraph(text(locale, "case.dialog.invalid"))), "attention"));
        }
        body.addAll(state.privacyProblems());
        return body;
    }

    /** The field, with what is wrong with it just above it. */
    private static List<CardElement> field(FormState state, String id, CardElement input) {
        String error = state.error(id);
        if (error == null) {
            return List.of(input);
        }
        return List.of(new Container(List.of(TextBlock.paragraph(error)), "attention"), input);
    }

    private TextInput area(Locale locale, String id, String labelKey, FormState state) {
        TextInput input = TextInput.area(id, text(locale, labelKey)).asRequired(text(locale, "case.text.missing"));
        String value = state.value(id);
        return value == null ? input : input.withValue(value);
    }

    private static Map<String, Object> id(ConsultationCase raised) {
        return Map.of(CaseCards.CASE_ID, raised.id());
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
