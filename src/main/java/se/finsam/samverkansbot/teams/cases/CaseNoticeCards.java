package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
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

    AdaptiveCard list(Locale locale, String title, String empty, List<ConsultationCase> open) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(title));
        if (open.isEmpty()) {
            body.add(TextBlock.paragraph(empty));
        }
        for (ConsultationCase each : open.stream().limit(CaseCards.LISTED).toList()) {
            body.add(new Container(List.of(
                    TextBlock.paragraph("**" + each.reference() + "** · " + each.kommun() + " · "
                            + text(locale, "case.status." + each.status().name())),
                    TextBlock.subtle(text(locale, "case.list.line", parts.person(locale, each.caseworker()),
                            each.count(EntryKind.ADVICE),
                            each.assignee() == null ? text(locale, "case.nobody")
                                    : parts.person(locale, each.assignee()),
                            parts.categories(locale, each.categories())))),
                    "emphasis"));
        }
        if (open.size() > CaseCards.LISTED) {
            body.add(TextBlock.subtle(text(locale, "case.list.more", open.size() - CaseCards.LISTED)));
        }
        return new AdaptiveCard(body, List.of());
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
