package se.finsam.samverkansbot.teams.meetings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.ProtocolView;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The meeting cards: the plan, the agenda for the channel, a handläggare's own items, the
 * notices of an agenda, a reminder, a move, a cancellation, an item moved or taken off,
 * and an approved protocol. A handläggare's cards show only their own items.
 */
@Component
class MeetingCards {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;

    private final MeetingForms forms;

    MeetingCards(Texts texts, MeetingForms forms) {
        this.texts = texts;
        this.forms = forms;
    }

    AdaptiveCard plan(Locale locale, List<MeetingView> meetings) {
        return plan(locale, meetings, false, List.of());
    }

    /**
     * The plan; for a samverkanskoordinator or admin ({@code manage}) each meeting has a
     * button to its agenda (where it is moved or cancelled) and the card one to the
     * series form.
     */
    AdaptiveCard plan(Locale locale, List<MeetingView> meetings, boolean manage, List<CardElement> notes) {
        if (manage) {
            return managedPlan(locale, meetings, notes);
        }
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.plan.title")));
        if (meetings.isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.plan.none")));
        }
        List<FactSet.Fact> facts = new ArrayList<>();
        for (MeetingView meeting : meetings) {
            String value = meeting.cancelled()
                    ? texts.get(locale, "meetings.plan.cancelled",
                            meeting.reason() == null ? texts.get(locale, "meetings.plan.holiday") : meeting.reason())
                    : texts.get(locale, "meetings.plan.planned", meeting.items().size(), meeting.maxCases());
            facts.add(new FactSet.Fact(when(locale, meeting), value));
        }
        if (!facts.isEmpty()) {
            body.add(new FactSet(facts));
        }
        return new AdaptiveCard(body, List.of());
    }

    private AdaptiveCard managedPlan(Locale locale, List<MeetingView> meetings, List<CardElement> notes) {
        List<CardElement> body = new ArrayList<>(notes);
        body.add(TextBlock.heading(texts.get(locale, "meetings.plan.title")));
        if (meetings.isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.plan.none")));
        }
        for (MeetingView meeting : meetings) {
            String value = planned(locale, meeting);
            List<CardElement> row = new ArrayList<>();
            row.add(TextBlock.paragraph("**" + when(locale, meeting) + "** · " + value));
            if (!meeting.cancelled()) {
                row.add(new ActionSet(List.of(CardAction.execute(texts.get(locale, "meetings.manage.agenda"),
                        MeetingForms.AGENDA, Map.of(MeetingForms.MEETING_ID, meeting.id())))));
            }
            body.add(new Container(row, meeting.cancelled() ? "attention" : "emphasis"));
        }
        return new AdaptiveCard(body, List.of(CardAction.openDialog(texts.get(locale, "meetings.manage.series"),
                MeetingForms.SERIES_DIALOG, Map.of())));
    }

    private String planned(Locale locale, MeetingView meeting) {
        return meeting.cancelled()
                ? texts.get(locale, "meetings.plan.cancelled",
                        meeting.reason() == null ? texts.get(locale, "meetings.plan.holiday") : meeting.reason())
                : texts.get(locale, "meetings.plan.planned", meeting.items().size(), meeting.maxCases());
    }

    /**
     * The agenda as a samverkanskoordinator or admin sees it: each item with buttons to
     * move it to the next meeting or take it off, and the meeting's own buttons to move
     * or cancel it and (once its day has come) to keep its protocol.
     */
    AdaptiveCard managedAgenda(Locale locale, MeetingView meeting, boolean begun, List<CardElement> notes) {
        List<CardElement> body = new ArrayList<>(notes);
        body.add(TextBlock.heading(texts.get(locale, "meetings.agenda.title", when(locale, meeting))));
        if (meeting.cancelled()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.plan.cancelled",
                    meeting.reason() == null ? texts.get(locale, "meetings.plan.holiday") : meeting.reason())));
        }
        body.add(new FactSet(frame(locale, meeting)));
        if (meeting.items().isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.agenda.empty")));
        }
        for (AgendaItemView item : meeting.items()) {
            List<CardElement> row = new ArrayList<>();
            row.add(TextBlock.paragraph(texts.get(locale, "meetings.agenda.item", item.number(),
                    TIME.format(item.slotStart()), item.reference(), item.kommun(), categories(locale, item))));
            row.add(TextBlock.subtle(
                    texts.get(locale, item.attend() ? "meetings.agenda.attends" : "meetings.agenda.doesNotAttend")));
            if (!meeting.cancelled() && !begun) {
                Map<String, Object> id = Map.of(MeetingForms.MEETING_ID, meeting.id(), MeetingForms.ITEM_ID, item.id());
                row.add(new ActionSet(List.of(
                        CardAction.execute(texts.get(locale, "meetings.manage.itemNext"), MeetingForms.ITEM_NEXT, id),
                        CardAction
                            .execute(texts.get(locale, "meetings.manage.itemRemove"), MeetingForms.ITEM_REMOVE, id)
                            .styled("destructive"))));
            }
            body.add(new Container(row, "emphasis"));
        }
        List<CardAction> actions = new ArrayList<>();
        if (!meeting.cancelled() && !begun) {
            actions.add(CardAction.showCard(texts.get(locale, "meetings.manage.move"), forms.move(locale, meeting)));
            actions
                .add(CardAction.showCard(texts.get(locale, "meetings.manage.cancel"), forms.cancel(locale, meeting)));
        }
        if (!meeting.cancelled() && begun) {
            actions.add(CardAction.openDialog(texts.get(locale, "meetings.manage.protocol"),
                    MeetingForms.PROTOCOL_DIALOG, Map.of(MeetingForms.MEETING_ID, meeting.id())));
        }
        actions.add(CardAction.execute(texts.get(locale, "meetings.manage.plan"), MeetingForms.PLAN));
        return new AdaptiveCard(body, actions);
    }

    /** The agenda as the team sees it, or (for a handläggare) their own items. */
    AdaptiveCard agenda(Locale locale, MeetingView meeting, String titleKey) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, titleKey, when(locale, meeting))));
        body.add(new FactSet(frame(locale, meeting)));
        if (meeting.items().isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.agenda.empty")));
        }
        for (AgendaItemView item : meeting.items()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.agenda.item", item.number(),
                    TIME.format(item.slotStart()), item.reference(), item.kommun(), categories(locale, item))));
            if (item.question() != null) {
                body.add(TextBlock.subtle(Markdown.escape(item.question())));
            }
            body.add(TextBlock.subtle(
                    texts.get(locale, item.attend() ? "meetings.agenda.attends" : "meetings.agenda.doesNotAttend")));
        }
        return new AdaptiveCard(body, join(locale, meeting));
    }

    /** An attending handläggare's notice: their slot and the join link. */
    AdaptiveCard slotNotice(Locale locale, MeetingView meeting, AgendaItemView item, String titleKey) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, titleKey, item.reference())));
        List<FactSet.Fact> facts = new ArrayList<>();
        facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.date"), when(locale, meeting)));
        facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.slot"),
                TIME.format(item.slotStart()) + "–" + TIME.format(item.slotEnd())));
        facts.addAll(frame(locale, meeting).subList(1, frame(locale, meeting).size()));
        body.add(new FactSet(facts));
        body.add(TextBlock.subtle(texts.get(locale, "meetings.notice.calendar")));
        return new AdaptiveCard(body, join(locale, meeting));
    }

    AdaptiveCard reminder(Locale locale, MeetingView meeting) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.reminder.title", TIME.format(meeting.start()))));
        body.add(new FactSet(frame(locale, meeting)));
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.reminder.items", meeting.items().size())));
        return new AdaptiveCard(body, join(locale, meeting));
    }

    AdaptiveCard moved(Locale locale, MeetingView meeting, ZonedDateTime previous) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.moved.title")));
        body.add(TextBlock.paragraph(
                texts.get(locale, "meetings.moved.text", when(locale, previous), when(locale, meeting.start()))));
        if (meeting.reason() != null) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.reason", meeting.reason())));
        }
        body.add(new FactSet(frame(locale, meeting)));
        return new AdaptiveCard(body, join(locale, meeting));
    }

    AdaptiveCard cancelled(Locale locale, MeetingView meeting, int moved) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.cancelled.title", when(locale, meeting))));
        if (meeting.reason() != null) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.reason", meeting.reason())));
        }
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.cancelled.items", moved)));
        return new AdaptiveCard(body, List.of());
    }

    AdaptiveCard itemMoved(Locale locale, AgendaItemView item, MeetingView from, MeetingView to) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.itemMoved.title", item.reference())));
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.itemMoved.text", when(locale, from), when(locale, to),
                TIME.format(item.slotStart()))));
        return new AdaptiveCard(body, join(locale, to));
    }

    AdaptiveCard itemRemoved(Locale locale, AgendaItemView item, MeetingView from) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(texts.get(locale, "meetings.itemRemoved.title", item.reference())),
                        TextBlock.paragraph(texts.get(locale, "meetings.itemRemoved.text", when(locale, from)))),
                List.of());
    }

    /** What a button did, on top of the card it answers with. */
    static List<CardElement> done(String message) {
        return List.of(new Container(List.of(TextBlock.paragraph(message)), "good"));
    }

    AdaptiveCard protocol(Locale locale, ProtocolView protocol) {
        MeetingView meeting = protocol.meeting();
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.protocol.title", when(locale, meeting))));
        body.add(new FactSet(List.of(
                new FactSet.Fact(texts.get(locale, "meetings.protocol.export.participants"),
                        String.valueOf(protocol.participants())),
                new FactSet.Fact(texts.get(locale, "meetings.protocol.export.agencies"),
                        protocol.agencies()
                            .stream()
                            .map((agency) -> texts.get(locale, agency.messageKey()))
                            .collect(Collectors.joining(", "))),
                new FactSet.Fact(texts.get(locale, "meetings.protocol.export.approvedByShort"),
                        protocol.approvedByName() == null ? "–" : protocol.approvedByName()))));
        for (var entry : protocol.entries()) {
            String decided = entry.discussed() == null ? "–"
                    : texts.get(locale, entry.discussed() ? "meetings.protocol.yes" : "meetings.protocol.no");
            String next = entry.nextStep() == null ? "–" : texts.get(locale, "meetings.nextStep." + entry.nextStep());
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.protocol.entry", entry.item().number(),
                    entry.item().reference(), decided, next)));
        }
        if (protocol.structuralIssues() != null) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.protocol.issues", protocol.structuralIssues())));
        }
        return new AdaptiveCard(body,
                protocol.approved()
                        ? List.of(CardAction.execute(texts.get(locale, "meetings.protocolExport.button"),
                                MeetingForms.PROTOCOL_EXPORT, Map.of(MeetingForms.MEETING_ID, meeting.id())))
                        : List.of());
    }

    private List<FactSet.Fact> frame(Locale locale, MeetingView meeting) {
        List<FactSet.Fact> facts = new ArrayList<>();
        facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.time"),
                TIME.format(meeting.start()) + "–" + TIME.format(meeting.end())));
        if (meeting.place() != null) {
            facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.place"), meeting.place()));
        }
        if (meeting.onlineLink() != null) {
            facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.online"), meeting.onlineLink()));
        }
        return facts;
    }

    private List<CardAction> join(Locale locale, MeetingView meeting) {
        return meeting.onlineLink() == null || meeting.cancelled() ? List.of()
                : List.of(CardAction.openUrl(texts.get(locale, "meetings.join"), meeting.onlineLink()));
    }

    private String categories(Locale locale, AgendaItemView item) {
        return item.categories()
            .stream()
            .map((category) -> texts.get(locale, "case.category." + category))
            .collect(Collectors.joining(", "));
    }

    String when(Locale locale, MeetingView meeting) {
        return when(locale, meeting.start());
    }

    /** An instant (an agenda deadline, say) in the meeting's time zone. */
    String when(Locale locale, java.time.Instant instant, MeetingView meeting) {
        return when(locale, instant.atZone(meeting.start().getZone()));
    }

    /**
     * What comes next for the handläggare whose case went on an agenda: if they attend,
     * the notice (with the join link, if the meeting has one) when the agenda goes out.
     */
    String nextForCaseworker(Locale locale, MeetingView meeting, AgendaItemView item) {
        if (!item.attend()) {
            return texts.get(locale, "meetings.own.notAttending");
        }
        return texts.get(locale,
                meeting.onlineLink() == null ? "meetings.own.attendingNoLink" : "meetings.own.attending",
                when(locale, meeting.agendaDeadline(), meeting));
    }

    /**
     * To the handläggare whose case went on an agenda as they asked on the case form: the
     * meeting, their item's number and time, and what comes next.
     */
    AdaptiveCard wishGranted(Locale locale, MeetingView meeting, AgendaItemView item) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.wish.title", item.reference())));
        List<FactSet.Fact> facts = new ArrayList<>();
        facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.date"), when(locale, meeting)));
        facts.add(new FactSet.Fact(texts.get(locale, "meetings.fact.item"), String.valueOf(item.number())));
        facts.add(new FactSet.Fact(texts.get(locale, item.attend() ? "meetings.fact.slot" : "meetings.fact.itemTime"),
                TIME.format(item.slotStart()) + "–" + TIME.format(item.slotEnd())));
        facts.addAll(frame(locale, meeting).subList(1, frame(locale, meeting).size()));
        body.add(new FactSet(facts));
        body.add(TextBlock.paragraph(nextForCaseworker(locale, meeting, item)));
        return new AdaptiveCard(body, List.of());
    }

    private String when(Locale locale, ZonedDateTime start) {
        return DateTimeFormatter.ofPattern(texts.get(locale, "meetings.dateFormat"), locale).format(start);
    }

}
