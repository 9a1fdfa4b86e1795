package se.finsam.samverkansbot.teams.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseAccessDenied;
import se.finsam.samverkansbot.cases.CaseClosedAlready;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseTextRefused;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cases.CaseCards.FormState;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.DialogAnswer;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The team's dialogs on a case card in its channel: advice, a question to the caseworker,
 * assign and close. Opening one and sending it are both authorised again on the server
 * (the sender is acting in the channel of the case's team, the case is open); what is
 * wrong with a form, missing or too long text or what the privacy guard found, comes back
 * in the dialog, to its author only, and a refused text never comes back. What succeeded
 * closes the dialog; the case card in the channel is updated through the outbox.
 */
@Component
class CaseDialogs {

    private static final Logger log = LoggerFactory.getLogger(CaseDialogs.class);

    private final CaseActions actions;

    private final CaseManagement cases;

    private final CaseCards cards;

    private final PrivacyFeedback privacy;

    private final Texts texts;

    private final TeamRoster roster;

    CaseDialogs(CaseActions actions, CaseManagement cases, CaseCards cards, PrivacyFeedback privacy, Texts texts,
            TeamRoster roster) {
        this.roster = roster;
        this.actions = actions;
        this.cases = cases;
        this.cards = cards;
        this.privacy = privacy;
        this.texts = texts;
    }

    // Advice

    DialogAnswer adviceForm(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ADVISE, (context, found) -> form(locale, CaseCards.ADVISE,
                found, cards.adviceDialog(locale, found, FormState.empty())));
    }

    DialogAnswer advise(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ADVISE, (context, found) -> {
            String advice = data.text(CaseDialogCards.ADVICE);
            Agency agency = CaseButtons.agency(data.text(CaseDialogCards.AGENCY));
            Map<String, String> values = new LinkedHashMap<>();
            values.put(CaseDialogCards.ADVICE, advice);
            values.put(CaseDialogCards.AGENCY, agency == null ? "" : agency.name());
            Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
            Optional<FormState> wrong = problems(locale, CaseDialogCards.ADVICE, "case.advise.label", advice, values,
                    confirmed);
            if (wrong.isPresent()) {
                log.info("Advice on case {} shown again in its dialog", found.id());
                return form(locale, CaseCards.ADVISE, found, cards.adviceDialog(locale, found, wrong.get()));
            }
            Person member = new Person(context.member().id(), context.member().name(), agency);
            return change(locale, found, CaseCards.ADVISE,
                    () -> cases.giveAdvice(found.id(), context.teamId(), member, advice, confirmed),
                    (again) -> cards.adviceDialog(locale, found, again), values, CaseDialogCards.ADVICE,
                    texts.get(locale, "case.advice.sent"));
        });
    }

    // A question to the caseworker

    DialogAnswer questionForm(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ASK, (context, found) -> form(locale, CaseCards.ASK, found,
                cards.questionDialog(locale, found, FormState.empty())));
    }

    DialogAnswer ask(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ASK, (context, found) -> {
            String question = data.text(CaseDialogCards.QUESTION);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(CaseDialogCards.QUESTION, question);
            Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
            Optional<FormState> wrong = problems(locale, CaseDialogCards.QUESTION, "case.ask.label", question, values,
                    confirmed);
            if (wrong.isPresent()) {
                log.info("Question on case {} shown again in its dialog", found.id());
                return form(locale, CaseCards.ASK, found, cards.questionDialog(locale, found, wrong.get()));
            }
            return change(locale, found, CaseCards.ASK,
                    () -> cases.askClarification(found.id(), context.teamId(), context.member(), question, confirmed),
                    (again) -> cards.questionDialog(locale, found, again), values, CaseDialogCards.QUESTION,
                    texts.get(locale, "case.question.sent"));
        });
    }

    // Assign

    /**
     * Lists the team's members: every page of the roster Teams gives (recorded, so that
     * assigning can be checked against it), or the people seen acting in the channel when
     * the roster cannot be read.
     */
    DialogAnswer assignForm(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ASSIGN, (context, found) -> {
            roster.refresh(turn, context.teamId()).join();
            List<Person> members = cases.teamMembers(context.teamId());
            if (members.isEmpty()) {
                return DialogAnswer.message(texts.get(locale, "case.assign.nobody"));
            }
            return form(locale, CaseCards.ASSIGN, found, cards.assignDialog(locale, found, members, FormState.empty()));
        });
    }

    /**
     * Assigns the case to the chosen member, checked against the roster as Teams gives it
     * now: someone who left the team since the dialog opened is refused in the dialog.
     */
    DialogAnswer assign(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.ASSIGN, (context, found) -> {
            String assignee = data.text(CaseDialogCards.ASSIGNEE);
            roster.refresh(turn, context.teamId()).join();
            List<Person> members = cases.teamMembers(context.teamId());
            boolean known = members.stream().anyMatch((member) -> member.id().value().equals(assignee));
            if (!known) {
                log.info("Assigning case {} shown again in its dialog: no known member chosen", found.id());
                String error = texts.get(locale, assignee.isBlank() ? "case.assign.missing" : "case.assign.unknown");
                return form(locale, CaseCards.ASSIGN, found, cards.assignDialog(locale, found, members,
                        new FormState(Map.of(), Map.of(CaseDialogCards.ASSIGNEE, error), List.of())));
            }
            try {
                ConsultationCase assigned = cases.assign(found.id(), context.teamId(), UserId.of(assignee),
                        context.member().id());
                return DialogAnswer.message(texts.get(locale, "case.assigned",
                        cards.person(locale, assigned.assignee()), assigned.reference()));
            }
            catch (CaseClosedAlready closed) {
                return DialogAnswer.message(texts.get(locale, "case.closedAlready"));
            }
            catch (CaseAccessDenied denied) {
                return DialogAnswer.message(texts.get(locale, "case.denied"));
            }
        });
    }

    // Close

    /** "Är du säker?" first: closing is for the whole team and cannot be undone. */
    DialogAnswer closeForm(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.CLOSE,
                (context, found) -> form(locale, CaseCards.CLOSE, found, cards.closeDialog(locale, found)));
    }

    DialogAnswer close(TurnContext turn, CardData data, Locale locale) {
        return onOpenCase(turn, data, locale, CaseCards.CLOSE, (context, found) -> {
            try {
                ConsultationCase closed = cases.closeByTeam(found.id(), context.teamId(), context.member().id());
                return DialogAnswer.message(texts.get(locale, "case.closed.team", closed.reference()));
            }
            catch (CaseClosedAlready already) {
                return DialogAnswer.message(texts.get(locale, "case.closedAlready"));
            }
        });
    }

    // Shared

    /**
     * Runs the step if the sender acts for the case's team and the case is open;
     * otherwise closes the dialog saying why.
     */
    private DialogAnswer onOpenCase(TurnContext turn, CardData data, Locale locale, String dialog,
            BiFunction<CaseActions.TeamContext, ConsultationCase, DialogAnswer> step) {
        Optional<CaseActions.TeamContext> context = actions.team(turn, data, locale, dialog);
        if (context.isEmpty()) {
            return DialogAnswer.message(texts.get(locale, "case.denied"));
        }
        ConsultationCase found = cases.caseOfTeam(context.get().caseId(), context.get().teamId());
        if (!found.status().isOpen()) {
            return DialogAnswer.message(texts.get(locale, "case.closedAlready"));
        }
        return step.apply(context.get(), found);
    }

    /**
     * What is wrong with a free text, every problem at once: missing, too long, what the
     * privacy guard found (by kind and place, never the text; a refused text is left out
     * of the form that comes back). Empty when it may be sent.
     */
    private Optional<FormState> problems(Locale locale, String id, String labelKey, String text,
            Map<String, String> values, Set<String> confirmed) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text.isBlank()) {
            errors.put(id, texts.get(locale, "case.text.missing"));
            return Optional.of(new FormState(values, errors, List.of()));
        }
        if (text.length() > CaseCards.TEXT_LIMIT) {
            errors.put(id, texts.get(locale, "case.dialog.tooLong", CaseCards.TEXT_LIMIT, text.length()));
        }
        Optional<PrivacyFeedback.Feedback> found = privacy.check(locale,
                List.of(new PrivacyFeedback.Field(id, texts.get(locale, labelKey), text)), confirmed);
        if (errors.isEmpty() && found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> kept = found.map((feedback) -> feedback.withoutRefused(values)).orElse(values);
        return Optional
            .of(new FormState(kept, errors, found.map(PrivacyFeedback.Feedback::elements).orElse(List.of())));
    }

    /**
     * Makes the change; if the domain refuses the text after all, the form comes back
     * without it; if the case was closed meanwhile, the dialog closes saying so.
     */
    private DialogAnswer change(Locale locale, ConsultationCase found, String dialog, Runnable change,
            java.util.function.Function<FormState, se.finsam.samverkansbot.teams.cards.AdaptiveCard> again,
            Map<String, String> values, String textId, String done) {
        try {
            change.run();
        }
        catch (CaseTextRefused refused) {
            Map<String, String> kept = new LinkedHashMap<>(values);
            kept.remove(textId);
            return form(locale, dialog, found, again
                .apply(new FormState(kept, Map.of(textId, texts.get(locale, "case.text.refused")), List.of())));
        }
        catch (CaseClosedAlready closed) {
            return DialogAnswer.message(texts.get(locale, "case.closedAlready"));
        }
        return DialogAnswer.message(done);
    }

    private DialogAnswer form(Locale locale, String dialog, ConsultationCase found,
            se.finsam.samverkansbot.teams.cards.AdaptiveCard card) {
        return DialogAnswer.form(cards.dialogTitle(locale, dialog, found), card);
    }

}
