package se.finsam.samverkansbot.teams.meetings;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.HolidayPolicy;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.NextStep;
import se.finsam.samverkansbot.meetings.ProtocolView;
import se.finsam.samverkansbot.meetings.RhythmKind;
import se.finsam.samverkansbot.meetings.SeriesView;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.DateInput;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The forms a samverkanskoordinator fills in: the meeting series and the protocol (each
 * in a Teams dialog, opened from a card in the channel), moving or cancelling a meeting
 * (with the confirmation). A form shown again keeps what was typed (never the text the
 * privacy guard refused), says in Swedish what is wrong next to each field and lists
 * every error on top.
 */
@Component
class MeetingForms {

    static final String SERIES_FORM = "meetingSeriesForm";

    /**
     * The button of the series form as it was posted in the channel before it became a
     * dialog: cards already posted still send it, and are answered with the dialog's
     * button.
     */
    static final String SERIES_SAVE = "meetingSeriesSave";

    static final String PLAN = "meetingPlan";

    static final String AGENDA = "meetingAgenda";

    static final String MOVE = "meetingMove";

    static final String CANCEL = "meetingCancel";

    static final String CANCEL_CONFIRMED = "meetingCancelConfirmed";

    static final String ITEM_NEXT = "meetingItemNext";

    static final String ITEM_REMOVE = "meetingItemRemove";

    static final String PROTOCOL_OPEN = "meetingProtocolOpen";

    /** The old in-channel protocol form's buttons, answered like {@link #SERIES_SAVE}. */
    static final String PROTOCOL_DRAFT = "meetingProtocolDraft";

    static final String PROTOCOL_APPROVE = "meetingProtocolApprove";

    static final String PROTOCOL_EXPORT = "meetingProtocolExport";

    static final String MEETING_ID = "meetingId";

    /** The dialog of the series form. */
    static final String SERIES_DIALOG = "meetingSeries";

    /** The dialog of the protocol form. */
    static final String PROTOCOL_DIALOG = "meetingProtocol";

    /**
     * Which of the protocol form's buttons was pressed: {@link #DRAFT} or
     * {@link #APPROVE}.
     */
    static final String STEP = "step";

    static final String DRAFT = "draft";

    static final String APPROVE = "approve";

    static final String MOVE_REASON = "moveReason";

    /** The protocol form's "no next step chosen". */
    static final String NO_STEP = "NONE";

    static final String CANCEL_REASON = "cancelReason";

    static final String ITEM_ID = "itemId";

    /** The series form's fields, named as {@code SeriesForm} and its errors name them. */
    static final List<String> SERIES_FIELDS = List.of("rhythm", "intervalWeeks", "weekOfMonth", "weekday", "startTime",
            "lengthMinutes", "minutesPerCase", "maxCases", "place", "onlineLink", "deadlineWorkingDays", "firstDate",
            "breaks", "holidayPolicy");

    // What a new series form starts from: an afternoon of two hours, 20 minutes a case.
    private static final String DEFAULT_START = "13:00";

    private static final String DEFAULT_LENGTH = "120";

    private static final String DEFAULT_MINUTES_PER_CASE = "20";

    private static final String DEFAULT_MAX_CASES = "6";

    static final List<String> WEEKS_OF_MONTH = List.of("1", "2", "3", "4", "-1");

    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;

    MeetingForms(Texts texts) {
        this.texts = texts;
    }

    /** The form's values from a series as it is now. */
    static Map<String, String> valuesOf(SeriesView series) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("rhythm", series.rhythm().name());
        values.put("intervalWeeks", String.valueOf(series.intervalWeeks()));
        values.put("weekOfMonth", series.rhythm() == RhythmKind.MONTHLY ? String.valueOf(series.weekOfMonth()) : "1");
        values.put("weekday", series.weekday().name());
        values.put("startTime", TIME.format(series.startTime()));
        values.put("lengthMinutes", String.valueOf(series.lengthMinutes()));
        values.put("minutesPerCase", String.valueOf(series.minutesPerCase()));
        values.put("maxCases", String.valueOf(series.maxCases()));
        if (series.place() != null) {
            values.put("place", series.place());
        }
        if (series.onlineLink() != null) {
            values.put("onlineLink", series.onlineLink());
        }
        values.put("deadlineWorkingDays", String.valueOf(series.deadlineWorkingDays()));
        values.put("firstDate", series.firstDate().toString());
        values.put("breaks",
                series.breakRanges()
                    .stream()
                    .map((range) -> range.from() + "/" + range.to())
                    .collect(Collectors.joining("\n")));
        values.put("holidayPolicy", series.holidayPolicy().name());
        return values;
    }

    /**
     * The series form with what the user typed (or the series as it is), an error next to
     * each wrong field and the privacy guard's findings on top.
     */
    AdaptiveCard series(Locale locale, Map<String, String> values, Map<String, String> errors,
            List<CardElement> privacyFindings) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.series.title")));
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.series.intro")));
        body.addAll(errorSummary(locale, inFormOrder(errors), "meetings.series."));
        body.addAll(privacyFindings);
        body.add(choice(locale, ChoiceSetInput.radio("rhythm", label(locale, "rhythm"), Arrays
            .stream(RhythmKind.values())
            .map((kind) -> new ChoiceSetInput.Choice(texts.get(locale, "meetings.series.rhythm." + kind), kind.name()))
            .toList()), values.getOrDefault("rhythm", RhythmKind.WEEKLY.name()), errors.get("rhythm")));
        body.add(text(locale, TextInput.line("intervalWeeks", label(locale, "intervalWeeks")).withMaxLength(2),
                values.getOrDefault("intervalWeeks", "3"), errors, "intervalWeeks"));
        body.add(choice(locale, ChoiceSetInput.dropDown("weekOfMonth", label(locale, "weekOfMonth"), WEEKS_OF_MONTH
            .stream()
            .map((week) -> new ChoiceSetInput.Choice(texts.get(locale, "meetings.series.weekOfMonth." + week), week))
            .toList()), values.getOrDefault("weekOfMonth", "1"), errors.get("weekOfMonth")));
        body.add(choice(locale, ChoiceSetInput.dropDown("weekday", label(locale, "weekday"), WEEKDAYS.stream()
            .map((day) -> new ChoiceSetInput.Choice(texts.get(locale, "meetings.series.weekday." + day), day.name()))
            .toList()), values.getOrDefault("weekday", DayOfWeek.TUESDAY.name()), errors.get("weekday")));
        body.add(text(locale,
                TextInput.line("startTime", label(locale, "startTime")).withPlaceholder("13:00").withMaxLength(5),
                values.getOrDefault("startTime", DEFAULT_START), errors, "startTime"));
        body.add(text(locale, TextInput.line("lengthMinutes", label(locale, "lengthMinutes")).withMaxLength(3),
                values.getOrDefault("lengthMinutes", DEFAULT_LENGTH), errors, "lengthMinutes"));
        body.add(text(locale, TextInput.line("minutesPerCase", label(locale, "minutesPerCase")).withMaxLength(3),
                values.getOrDefault("minutesPerCase", DEFAULT_MINUTES_PER_CASE), errors, "minutesPerCase"));
        body.add(text(locale, TextInput.line("maxCases", label(locale, "maxCases")).withMaxLength(2),
                values.getOrDefault("maxCases", DEFAULT_MAX_CASES), errors, "maxCases"));
        body.add(text(locale, TextInput.line("place", label(locale, "place")).withMaxLength(200), values.get("place"),
                errors, "place"));
        body.add(text(locale,
                TextInput.line("onlineLink", label(locale, "onlineLink"))
                    .withPlaceholder("https://teams.microsoft.com/l/meetup-join/…")
                    .withMaxLength(1000),
                values.get("onlineLink"), errors, "onlineLink"));
        body.add(text(locale,
                TextInput.line("deadlineWorkingDays", label(locale, "deadlineWorkingDays")).withMaxLength(2),
                values.getOrDefault("deadlineWorkingDays", "3"), errors, "deadlineWorkingDays"));
        DateInput first = DateInput.of("firstDate", label(locale, "firstDate")).withValue(values.get("firstDate"));
        body.add(errors.containsKey("firstDate") ? first.asRequired(error(locale, "firstDate", "required"))
            .withError(error(locale, "firstDate", errors.get("firstDate"))) : first);
        body.add(text(locale,
                TextInput.area("breaks", label(locale, "breaks"))
                    .withPlaceholder("2027-06-21/2027-08-15")
                    .withMaxLength(500),
                values.get("breaks"), errors, "breaks"));
        body.add(choice(locale,
                ChoiceSetInput.radio("holidayPolicy", label(locale, "holidayPolicy"),
                        Arrays.stream(HolidayPolicy.values())
                            .map((policy) -> new ChoiceSetInput.Choice(
                                    texts.get(locale, "meetings.series.holidayPolicy." + policy), policy.name()))
                            .toList()),
                values.getOrDefault("holidayPolicy", HolidayPolicy.NEXT_WORKING_DAY.name()),
                errors.get("holidayPolicy")));
        return new AdaptiveCard(body,
                List.of(CardAction.submitDialog(texts.get(locale, "meetings.series.save"), SERIES_DIALOG, Map.of())
                    .styled("positive")));
    }

    /**
     * What {@code mötesrytm} answers in the channel: the button that opens the series
     * form in a dialog, where what is typed, and what is wrong with it, is seen by its
     * author only.
     */
    AdaptiveCard seriesOpener(Locale locale, List<CardElement> notes) {
        List<CardElement> body = new ArrayList<>(notes);
        body.add(TextBlock.heading(texts.get(locale, "meetings.series.title")));
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.dialog.opener")));
        return new AdaptiveCard(body,
                List.of(CardAction.openDialog(texts.get(locale, "meetings.series.open"), SERIES_DIALOG, Map.of())));
    }

    /** The button that opens a meeting's protocol form in a dialog. */
    AdaptiveCard protocolOpener(Locale locale, MeetingView meeting, String when, List<CardElement> notes) {
        List<CardElement> body = new ArrayList<>(notes);
        body.add(TextBlock.heading(texts.get(locale, "meetings.protocolForm.title", when)));
        body.add(TextBlock.paragraph(texts.get(locale, "meetings.dialog.opener")));
        return new AdaptiveCard(body, List.of(CardAction.openDialog(texts.get(locale, "meetings.protocolForm.open"),
                PROTOCOL_DIALOG, Map.of(MEETING_ID, meeting.id()))));
    }

    /**
     * What an old series or protocol form in the channel answers when it is sent: the
     * forms now open in a dialog; nothing was saved from the old card.
     */
    static List<CardElement> formMoved(Texts texts, Locale locale) {
        return List
            .of(new Container(List.of(TextBlock.paragraph(texts.get(locale, "meetings.form.moved"))), "attention"));
    }

    /** The small form under a meeting's "Flytta mötet" button. */
    AdaptiveCard move(Locale locale, MeetingView meeting) {
        return new AdaptiveCard(
                List.of(DateInput.of("date", texts.get(locale, "meetings.move.date"))
                    .withValue(meeting.date())
                    .asRequired(error(locale, "date", "required")),
                        TextInput.line("time", texts.get(locale, "meetings.move.time"))
                            .withValue(TIME.format(meeting.start()))
                            .withMaxLength(5)
                            .asRequired(error(locale, "time", "required")),
                        TextInput.line(MOVE_REASON, texts.get(locale, "meetings.move.reason"))
                            .withMaxLength(300)
                            .asRequired(error(locale, "reason", "required"))),
                List.of(CardAction.execute(texts.get(locale, "meetings.move.submit"), MOVE,
                        Map.of(MEETING_ID, meeting.id()))));
    }

    /** The small form under a meeting's "Ställ in mötet" button. */
    AdaptiveCard cancel(Locale locale, MeetingView meeting) {
        return new AdaptiveCard(
                List.of(TextInput.line(CANCEL_REASON, texts.get(locale, "meetings.cancel.reason"))
                    .withMaxLength(300)
                    .asRequired(error(locale, "reason", "required"))),
                List.of(CardAction
                    .execute(texts.get(locale, "meetings.cancel.submit"), CANCEL, Map.of(MEETING_ID, meeting.id()))
                    .styled("destructive")));
    }

    /**
     * Asks before a meeting is cancelled; the reason, and the words in it the user
     * confirmed are not names, go with the confirming button.
     */
    AdaptiveCard confirmCancel(Locale locale, MeetingView meeting, String reason, Set<String> confirmedNotNames,
            String when) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(PrivacyFeedback.carrying(confirmedNotNames));
        data.put(MEETING_ID, meeting.id());
        data.put("reason", reason);
        return new AdaptiveCard(
                List.of(TextBlock.heading(texts.get(locale, "meetings.cancel.confirm.title", when)),
                        TextBlock.paragraph(texts.get(locale, "meetings.cancel.confirm.text", meeting.items().size())),
                        TextBlock.paragraph(texts.get(locale, "meetings.reason", reason))),
                List.of(CardAction.execute(texts.get(locale, "meetings.cancel.confirm.yes"), CANCEL_CONFIRMED, data)
                    .styled("destructive"),
                        CardAction.execute(texts.get(locale, "meetings.cancel.confirm.no"), AGENDA,
                                Map.of(MEETING_ID, meeting.id()))));
    }

    /**
     * The protocol form: per item discussed, advice and next step, then participants,
     * agencies and structural issues; "Spara utkast" and "Godkänn".
     */
    AdaptiveCard protocol(Locale locale, ProtocolView protocol, Map<String, String> values, Map<String, String> errors,
            List<CardElement> privacyFindings, String when) {
        MeetingView meeting = protocol.meeting();
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "meetings.protocolForm.title", when)));
        body.add(TextBlock.subtle(texts.get(locale, "meetings.protocolForm.intro")));
        body.addAll(errorSummary(locale, errors, "meetings.protocolForm."));
        body.addAll(privacyFindings);
        if (protocol.entries().isEmpty()) {
            body.add(TextBlock.paragraph(texts.get(locale, "meetings.agenda.empty")));
        }
        for (ProtocolView.Entry entry : protocol.entries()) {
            AgendaItemView item = entry.item();
            String suffix = "." + item.id();
            List<CardElement> fields = new ArrayList<>();
            fields.add(new TextBlock(
                    texts.get(locale, "meetings.protocolForm.item", item.number(), item.reference(), item.kommun()),
                    "Medium", "Bolder", null, true));
            fields.add(choice(locale,
                    ChoiceSetInput.radio("discussed" + suffix, texts.get(locale, "meetings.protocolForm.discussed"),
                            List.of(new ChoiceSetInput.Choice(texts.get(locale, "meetings.protocol.yes"), "yes"),
                                    new ChoiceSetInput.Choice(texts.get(locale, "meetings.protocol.no"), "no"))),
                    values.getOrDefault("discussed" + suffix,
                            entry.discussed() == null ? null : entry.discussed() ? "yes" : "no"),
                    errors.get("discussed" + suffix)));
            fields.add(text(locale,
                    TextInput.area("advice" + suffix, texts.get(locale, "meetings.protocolForm.advice"))
                        .withMaxLength(4000),
                    values.getOrDefault("advice" + suffix, entry.advice()), errors, "advice" + suffix));
            List<ChoiceSetInput.Choice> steps = new ArrayList<>();
            steps.add(new ChoiceSetInput.Choice(texts.get(locale, "meetings.protocolForm.nextStep.none"), NO_STEP));
            Arrays.stream(NextStep.values())
                .forEach((step) -> steps
                    .add(new ChoiceSetInput.Choice(texts.get(locale, "meetings.nextStep." + step), step.name())));
            fields.add(choice(locale,
                    ChoiceSetInput.dropDown("nextStep" + suffix, texts.get(locale, "meetings.protocolForm.nextStep"),
                            steps),
                    values.getOrDefault("nextStep" + suffix,
                            entry.nextStep() == null ? NO_STEP : entry.nextStep().name()),
                    errors.get("nextStep" + suffix)));
            body.add(new Container(fields, "emphasis"));
        }
        body.add(text(locale,
                TextInput.line("participants", texts.get(locale, "meetings.protocolForm.participants"))
                    .withMaxLength(3),
                values.getOrDefault("participants",
                        protocol.participants() == null ? null : protocol.participants().toString()),
                errors, "participants"));
        body.add(choice(locale, ChoiceSetInput.checkBoxes("agencies",
                texts.get(locale, "meetings.protocolForm.agencies"),
                Arrays.stream(Agency.values())
                    .map((agency) -> new ChoiceSetInput.Choice(texts.get(locale, agency.messageKey()), agency.name()))
                    .toList()),
                values.getOrDefault("agencies",
                        protocol.agencies().stream().map(Agency::name).collect(Collectors.joining(","))),
                errors.get("agencies")));
        body.add(text(locale,
                TextInput.area("structuralIssues", texts.get(locale, "meetings.protocolForm.structuralIssues"))
                    .withMaxLength(4000),
                values.getOrDefault("structuralIssues", protocol.structuralIssues()), errors, "structuralIssues"));
        return new AdaptiveCard(body, List.of(
                CardAction.submitDialog(texts.get(locale, "meetings.protocolForm.draft"), PROTOCOL_DIALOG,
                        Map.of(MEETING_ID, meeting.id(), STEP, DRAFT)),
                CardAction
                    .submitDialog(texts.get(locale, "meetings.protocolForm.approve"), PROTOCOL_DIALOG,
                            Map.of(MEETING_ID, meeting.id(), STEP, APPROVE))
                    .styled("positive")));
    }

    /**
     * The field's label for the error list (a per-item field's error also stands next to
     * it).
     */
    String fieldLabel(Locale locale, String field, String prefix) {
        int dot = field.indexOf('.');
        return texts.get(locale, prefix + (dot > 0 ? field.substring(0, dot) : field));
    }

    /**
     * What is wrong, in Swedish: a field's own message where it has one, else the code's.
     */
    String error(Locale locale, String field, String code) {
        String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        String specific = "meetings.error." + code + "." + base;
        String message = messagesHave(locale, specific) ? texts.get(locale, specific) : null;
        return message != null ? message : texts.get(locale, "meetings.error." + code);
    }

    private boolean messagesHave(Locale locale, String key) {
        try {
            texts.get(locale, key);
            return true;
        }
        catch (org.springframework.context.NoSuchMessageException missing) {
            return false;
        }
    }

    /** The series form's errors in the order its fields are shown. */
    private static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        SERIES_FIELDS.stream().filter(errors::containsKey).forEach((field) -> ordered.put(field, errors.get(field)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    List<CardElement> errorSummary(Locale locale, Map<String, String> errors, String prefix) {
        if (errors.isEmpty()) {
            return List.of();
        }
        List<CardElement> lines = new ArrayList<>();
        lines.add(TextBlock.paragraph(texts.get(locale, "meetings.form.errors")));
        errors.forEach((field, code) -> lines.add(TextBlock.paragraph("– "
                + (messagesHave(locale, prefix + field.split("\\.")[0]) ? fieldLabel(locale, field, prefix) + ": " : "")
                + error(locale, field, code))));
        return List.of(new Container(lines, "attention"));
    }

    private String label(Locale locale, String field) {
        return texts.get(locale, "meetings.series." + field);
    }

    private TextInput text(Locale locale, TextInput input, String value, Map<String, String> errors, String field) {
        TextInput shown = value == null ? input : input.withValue(value);
        String code = errors.get(field);
        return code == null ? shown
                : shown.asRequired(error(locale, field, "required")).withError(error(locale, field, code));
    }

    private ChoiceSetInput choice(Locale locale, ChoiceSetInput input, String value, String code) {
        ChoiceSetInput shown = value == null ? input : input.withValue(value);
        return code == null ? shown : shown.asRequired(texts.get(locale, "meetings.error.required"))
            .withError(texts.get(locale, "meetings.error." + code));
    }

}
