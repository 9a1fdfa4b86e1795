package se.finsam.samverkansbot.teams.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CaseworkerCaseButtons;
import se.finsam.samverkansbot.teams.chat.TeamCaseButtons;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The cards of consultation cases: the form a caseworker raises a case with, the card in
 * the team's channel with its buttons, the caseworker's own case card, and what is
 * relayed between them. Typed, never spliced. Each family of cards is built by its own
 * class ({@link CaseFormCard}, {@link CaseChannelCards}, {@link CaseworkerCards},
 * {@link CaseNoticeCards}); this is where the rest of the bot gets them.
 */
@Component
public class CaseCards {

    static final String RAISE = "case.raise";

    public static final String NEW = "case.new";

    static final String ADVISE = "case.advise";

    static final String ASK = "case.ask";

    static final String ASSIGN_FORM = "case.assignForm";

    static final String ASSIGN = "case.assign";

    static final String CLOSE = "case.close";

    static final String ANSWER = "case.answer";

    static final String CLOSE_OWN = "case.closeOwn";

    static final String OUTCOME = "case.outcome";

    /** The refresh of a case card in the channel: each reader's own view. */
    static final String VIEW = "case.view";

    static final String CASE_ID = "caseId";

    static final int TEXT_LIMIT = 3000;

    /** Cases listed on one card, so that it stays under Teams' size limit. */
    static final int LISTED = 25;

    private final CaseCardParts parts;

    private final CaseFormCard form;

    private final CaseChannelCards channel;

    private final CaseworkerCards caseworker;

    private final CaseNoticeCards notices;

    private final CaseDialogCards dialogs;

    CaseCards(Texts texts, Organisation organisation, CoreProperties core, List<TeamCaseButtons> contributed,
            List<CaseworkerCaseButtons> contributedToCaseworker) {
        this.parts = new CaseCardParts(texts);
        this.form = new CaseFormCard(this.parts, organisation);
        this.channel = new CaseChannelCards(this.parts, core.zone(), contributed);
        this.caseworker = new CaseworkerCards(this.parts, contributedToCaseworker);
        this.notices = new CaseNoticeCards(this.parts);
        this.dialogs = new CaseDialogCards(this.parts);
    }

    static String channelCardKey(long caseId) {
        return "case:" + caseId + ":channel";
    }

    static String caseworkerCardKey(long caseId) {
        return "case:" + caseId + ":caseworker";
    }

    // The form

    /** What the caseworker filled in so far, and what is wrong with it, by field id. */
    record FormState(Map<String, String> values, Map<String, String> errors, List<CardElement> privacyProblems) {

        static FormState empty() {
            return new FormState(Map.of(), Map.of(), List.of());
        }

        String value(String id) {
            return values.get(id);
        }

        String error(String id) {
            return errors.get(id);
        }

    }

    AdaptiveCard form(Locale locale, FormState state) {
        return form.form(locale, state);
    }

    // The card in the team's channel

    /**
     * The card as posted in the channel: right for every reader, and refreshed by Teams
     * into each listed member's own view ({@link CaseViews}).
     */
    AdaptiveCard channelCard(Locale locale, ConsultationCase raised, List<String> refreshFor) {
        return channel.channelCard(locale, raised, refreshFor);
    }

    /** A team member's own view of the case card. */
    AdaptiveCard teamView(Locale locale, ConsultationCase raised, UserId reader, List<String> refreshFor) {
        return channel.teamView(locale, raised, reader, refreshFor);
    }

    /** The case card for someone who may not act on it there. */
    AdaptiveCard neutralView(Locale locale, ConsultationCase raised) {
        return channel.neutralView(locale, raised);
    }

    AdaptiveCard assignForm(Locale locale, ConsultationCase raised, List<Person> members) {
        return channel.assignForm(locale, raised, members);
    }

    // The team's dialogs on a case

    String dialogTitle(Locale locale, String dialog, ConsultationCase raised) {
        return dialogs.title(locale, dialog, raised);
    }

    AdaptiveCard adviceDialog(Locale locale, ConsultationCase raised, FormState state) {
        return dialogs.adviceForm(locale, raised, state);
    }

    AdaptiveCard questionDialog(Locale locale, ConsultationCase raised, FormState state) {
        return dialogs.questionForm(locale, raised, state);
    }

    AdaptiveCard assignDialog(Locale locale, ConsultationCase raised, List<Person> members, FormState state) {
        return dialogs.assignForm(locale, raised, members, state);
    }

    AdaptiveCard closeDialog(Locale locale, ConsultationCase raised) {
        return dialogs.closeConfirmation(locale, raised);
    }

    // The caseworker's side

    AdaptiveCard caseworkerCard(Locale locale, ConsultationCase raised, String teamName) {
        return caseworker.caseworkerCard(locale, raised, teamName);
    }

    AdaptiveCard outcomeRequest(Locale locale, ConsultationCase closed) {
        return caseworker.outcomeRequest(locale, closed);
    }

    AdaptiveCard questionNotice(Locale locale, ConsultationCase raised, CaseEntry question) {
        return caseworker.questionNotice(locale, raised, question);
    }

    AdaptiveCard entrySent(Locale locale, ConsultationCase raised, CaseEntry answered, CaseEntry sent, String doneKey) {
        return caseworker.entrySent(locale, raised, answered, sent, doneKey);
    }

    AdaptiveCard outcomeRecorded(Locale locale, ConsultationCase closed) {
        return caseworker.outcomeRecorded(locale, closed);
    }

    // Relayed notices, reminders and lists

    AdaptiveCard adviceNotice(Locale locale, ConsultationCase raised, CaseEntry advice) {
        return notices.adviceNotice(locale, raised, advice);
    }

    AdaptiveCard answerInThread(Locale locale, ConsultationCase raised, CaseEntry answer) {
        return notices.answerInThread(locale, raised, answer);
    }

    AdaptiveCard entryInThread(Locale locale, ConsultationCase raised, CaseEntry entry) {
        return notices.entryInThread(locale, raised, entry);
    }

    AdaptiveCard caseworkerUnreachable(Locale locale, ConsultationCase raised) {
        return notices.caseworkerUnreachable(locale, raised);
    }

    AdaptiveCard reminder(Locale locale, ConsultationCase raised, int workingDays, String teamName) {
        return notices.reminder(locale, raised, workingDays, teamName);
    }

    AdaptiveCard list(Locale locale, String title, String empty, List<ConsultationCase> listed,
            se.finsam.samverkansbot.teams.cards.CardAction toggle) {
        return notices.list(locale, title, empty, listed, toggle);
    }

    String person(Locale locale, Person person) {
        return parts.person(locale, person);
    }

    String kommuner(List<Kommun> kommuner) {
        return kommuner.stream().map(Kommun::name).collect(Collectors.joining(", "));
    }

    /** The advice form's choice of the adviser's agency, with what was chosen. */
    se.finsam.samverkansbot.teams.cards.ChoiceSetInput agencyChoice(Locale locale,
            se.finsam.samverkansbot.core.Agency chosen) {
        return parts.agencyChoice(locale, chosen);
    }

}
