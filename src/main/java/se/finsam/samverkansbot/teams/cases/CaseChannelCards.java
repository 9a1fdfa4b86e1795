package se.finsam.samverkansbot.teams.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.Refresh;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.TeamCaseButtons;

/**
 * The case card in the konsultationsteam's channel with its buttons (advise, ask, assign,
 * those other capabilities contribute, close), each reader's own view of it, and the form
 * to assign the case to a member.
 */
class CaseChannelCards {

    private final CaseCardParts parts;

    private final ZoneId zone;

    private final List<TeamCaseButtons> contributed;

    CaseChannelCards(CaseCardParts parts, ZoneId zone, List<TeamCaseButtons> contributed) {
        this.parts = parts;
        this.zone = zone;
        this.contributed = contributed;
    }

    /**
     * The card as posted in the channel, and as everyone sees it whom Teams does not
     * refresh: written for any reader (never the caseworker's own wording), with the
     * team's buttons while the case is open (each is authorised again when pressed). An
     * open case's card asks Teams for each reader's own view ({@link #teamView},
     * {@link #neutralView}), by itself for the users listed.
     * @param refreshFor the Teams ids of the team's members, the assignee first
     */
    AdaptiveCard channelCard(Locale locale, ConsultationCase raised, List<String> refreshFor) {
        AdaptiveCard card = new AdaptiveCard(body(locale, raised), buttons(locale, raised));
        if (!raised.status().isOpen()) {
            return card;
        }
        return card.withRefresh(Refresh.of(CaseCards.VIEW, Map.of(CaseCards.CASE_ID, raised.id()), refreshFor));
    }

    /**
     * A team member's own view, in their language: the team's buttons, and what they
     * themselves have to do with the case.
     */
    AdaptiveCard teamView(Locale locale, ConsultationCase raised, UserId reader, List<String> refreshFor) {
        List<CardElement> body = body(locale, raised);
        if (raised.assignee() != null && raised.assignee().id().equals(reader)) {
            body.add(TextBlock.paragraph("**" + text(locale, "case.channel.yours.assignee") + "**"));
        }
        long advised = raised.entries()
            .stream()
            .filter((entry) -> entry.kind() == EntryKind.ADVICE && entry.author().id().equals(reader))
            .count();
        if (advised > 0) {
            body.add(TextBlock.subtle(text(locale, "case.channel.yours.advice", advised)));
        }
        AdaptiveCard card = new AdaptiveCard(body, buttons(locale, raised));
        return raised.status().isOpen()
                ? card.withRefresh(Refresh.of(CaseCards.VIEW, Map.of(CaseCards.CASE_ID, raised.id()), refreshFor))
                : card;
    }

    /**
     * The view of someone who may not act on the case here (not of its team, or the case
     * has moved to another team): the case as it stands, no buttons.
     */
    AdaptiveCard neutralView(Locale locale, ConsultationCase raised) {
        List<CardElement> body = body(locale, raised);
        if (raised.status().isOpen()) {
            body.add(TextBlock.subtle(text(locale, "case.channel.membersOnly")));
        }
        return new AdaptiveCard(body, List.of());
    }

    private List<CardElement> body(Locale locale, ConsultationCase raised) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.channel.title", raised.reference())));
        body.add(TextBlock.subtle(text(locale, "case.channel.raisedBy", parts.person(locale, raised.caseworker()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(raised.raisedAt().atZone(zone)))));
        body.add(new FactSet(parts.caseFacts(locale, raised, true)));
        body.add(TextBlock.paragraph("**" + text(locale, "case.field.situation") + "**"));
        body.add(TextBlock.userText(raised.situation()));
        body.add(TextBlock.paragraph("**" + text(locale, "case.channel.question") + "**"));
        body.add(TextBlock.userText(raised.question()));
        return body;
    }

    /**
     * The team's buttons on an open case. Each opens a Teams dialog: what a member types
     * there, and what is wrong with it, is seen by that member only.
     */
    private List<CardAction> buttons(Locale locale, ConsultationCase raised) {
        if (!raised.status().isOpen()) {
            return List.of();
        }
        Map<String, Object> id = Map.of(CaseCards.CASE_ID, raised.id());
        List<CardAction> actions = new ArrayList<>(
                List.of(CardAction.openDialog(text(locale, "case.action.advise"), CaseCards.ADVISE, id),
                        CardAction.openDialog(text(locale, "case.action.ask"), CaseCards.ASK, id),
                        CardAction.openDialog(text(locale, "case.action.assign"), CaseCards.ASSIGN, id)));
        // Other capabilities' buttons ("Ta upp på möte"), through the hook.
        contributed.forEach((buttons) -> actions.addAll(buttons.forOpenCase(locale, raised.id(), raised.teamId())));
        actions
            .add(CardAction.openDialog(text(locale, "case.action.close"), CaseCards.CLOSE, id).styled("destructive"));
        return actions;
    }

    AdaptiveCard assignForm(Locale locale, ConsultationCase raised, List<Person> members) {
        List<Choice> choices = members.stream()
            .map(member -> new Choice(member.name() == null ? member.id().value() : member.name(), member.id().value()))
            .toList();
        return new AdaptiveCard(
                List.of(TextBlock.paragraph(text(locale, "case.assign.title", raised.reference())),
                        ChoiceSetInput.dropDown("assignee", text(locale, "case.assign.label"), choices)
                            .asRequired(text(locale, "case.assign.missing")),
                        TextBlock.subtle(text(locale, "case.assign.hint"))),
                List.of(CardAction.execute(text(locale, "case.assign.submit"), CaseCards.ASSIGN,
                        Map.of(CaseCards.CASE_ID, raised.id()))));
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
