package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;

/**
 * The cards without buttons: what is relayed between the team and the caseworker, the
 * reminder to coordinators, and the lists of open cases.
 */
class CaseNoticeCards {

    private final CaseCardParts parts;

    CaseNoticeCards(CaseCardParts parts) {
        this.parts = parts;
    }

    AdaptiveCard adviceNotice(Locale locale, ConsultationCase raised, CaseEntry advice) {
        return new AdaptiveCard(List.of(TextBlock.heading(text(locale, "case.advice.title", raised.reference())),
                TextBlock.subtle(text(locale, "case.advice.from", parts.person(locale, advice.author()))),
                TextBlock.userText(advice.body())), List.of());
    }

    AdaptiveCard answerInThread(Locale locale, ConsultationCase raised, CaseEntry answer) {
        return new AdaptiveCard(List.of(TextBlock
            .subtle(text(locale, "case.answer.inThread", parts.person(locale, answer.author()), raised.reference())),
                TextBlock.userText(answer.body())), List.of());
    }

    AdaptiveCard entryInThread(Locale locale, ConsultationCase raised, CaseEntry entry) {
        String key = entry.kind() == EntryKind.ADVICE ? "case.advice.inThread" : "case.question.inThread";
        return new AdaptiveCard(List.of(TextBlock.subtle(text(locale, key, parts.person(locale, entry.author()))),
                TextBlock.userText(entry.body())), List.of());
    }

    AdaptiveCard caseworkerUnreachable(Locale locale, ConsultationCase raised) {
        return new AdaptiveCard(List.of(TextBlock.paragraph(text(locale, "case.caseworkerUnreachable",
                parts.person(locale, raised.caseworker()), raised.reference()))), List.of());
    }

    AdaptiveCard reminder(Locale locale, ConsultationCase raised, int workingDays, String teamName) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(text(locale, "case.reminder.title", raised.reference())),
                        TextBlock.paragraph(text(locale, "case.reminder.text", raised.reference(), workingDays,
                                teamName == null ? text(locale, "case.team.fallback") : teamName, raised.kommun()))),
                List.of());
    }

    /**
     * A list of cases, each with a button that opens it, and a button that switches
     * between the open and the closed ones.
     */
    AdaptiveCard list(Locale locale, String title, String empty, List<ConsultationCase> listed, CardAction toggle) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(title));
        if (listed.isEmpty()) {
            body.add(TextBlock.paragraph(empty));
        }
        for (ConsultationCase each : listed.stream().limit(CaseCards.LISTED).toList()) {
            String status = text(locale, "case.status." + each.status().name());
            if (each.outcome() != null) {
                status += " · " + text(locale, "case.outcome." + each.outcome().name());
            }
            body.add(new Container(
                    List.of(TextBlock.paragraph("**" + each.reference() + "** · " + each.kommun() + " · " + status),
                            TextBlock.subtle(text(locale, "case.list.line", parts.person(locale, each.caseworker()),
                                    each.count(EntryKind.ADVICE),
                                    each.assignee() == null ? text(locale, "case.nobody")
                                            : parts.person(locale, each.assignee()),
                                    parts.categories(locale, each.categories()))),
                            new ActionSet(List.of(CardAction.execute(text(locale, "case.list.open", each.reference()),
                                    CaseLists.SHOW, Map.of(CaseCards.CASE_ID, each.id()))))),
                    "emphasis"));
        }
        if (listed.size() > CaseCards.LISTED) {
            body.add(TextBlock.subtle(text(locale, "case.list.more", listed.size() - CaseCards.LISTED)));
        }
        body.add(TextBlock.subtle(text(locale, "case.list.lookupHint")));
        return new AdaptiveCard(body, List.of(toggle));
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
