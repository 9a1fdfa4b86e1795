package se.finsam.samverkansbot.teams.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.InvalidMeetingInput;
import se.finsam.samverkansbot.meetings.MeetingAccessDenied;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.ProtocolForm;
import se.finsam.samverkansbot.meetings.ProtocolManagement;
import se.finsam.samverkansbot.meetings.ProtocolView;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.DialogAnswer;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The protocol in the team's channel: {@code protokoll} (or the agenda's button) opens
 * the form for the latest meeting held in a Teams dialog, so that what is wrong with it
 * is seen by its author only; "Spara utkast" saves it as it is, "Godkänn" approves it:
 * the advice goes to each case and its handläggare through the cases module, the protocol
 * is locked and posted in the channel. Advice and structural issues pass the privacy
 * guard here first; a refused text is described, never shown again.
 */
@Component
class ProtocolActions {

    private static final Logger log = LoggerFactory.getLogger(ProtocolActions.class);

    private static final Pattern ENTRY_FIELD = Pattern.compile("(discussed|advice|nextStep)\\.(\\d{1,18})");

    private final ProtocolManagement protocols;

    private final MeetingPlanning planning;

    private final MeetingManagement management;

    private final MeetingCards cards;

    private final MeetingForms forms;

    private final PrivacyFeedback privacy;

    private final Organisation organisation;

    private final Texts texts;

    ProtocolActions(ProtocolManagement protocols, MeetingPlanning planning, MeetingManagement management,
            MeetingCards cards, MeetingForms forms, PrivacyFeedback privacy, Organisation organisation, Texts texts) {
        this.protocols = protocols;
        this.planning = planning;
        this.management = management;
        this.cards = cards;
        this.forms = forms;
        this.privacy = privacy;
        this.organisation = organisation;
        this.texts = texts;
    }

    /** {@code protokoll}: the button to the protocol of the latest meeting held. */
    CompletableFuture<Void> latest(TurnContext turn, Locale locale) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        if (user.isEmpty() || teamId == null) {
            return management.refused(turn, locale);
        }
        List<MeetingView> held = planning.heldMeetings(teamId, 1);
        if (held.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "meetings.protocolForm.noMeeting"));
        }
        return opener(turn, held.get(0).id(), teamId, user.get(), locale, List.of());
    }

    /** The old agenda's "Protokoll" button: the button to the dialog. */
    CompletableFuture<Void> open(TurnContext turn, CardData data, Locale locale) {
        return onOldCard(turn, data, locale, List.of());
    }

    /**
     * The old in-channel protocol form sent: nothing is saved from it (its errors would
     * be shown to the whole channel); it is answered with the button to the dialog, or
     * with the protocol once approved.
     */
    CompletableFuture<Void> oldForm(TurnContext turn, CardData data, Locale locale) {
        log.info("Old protocol form sent in activity {}; answered with the dialog", turn.getActivity().getId());
        return onOldCard(turn, data, locale, MeetingForms.formMoved(texts, locale));
    }

    private CompletableFuture<Void> onOldCard(TurnContext turn, CardData data, Locale locale, List<CardElement> notes) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return management.refused(turn, locale);
        }
        return opener(turn, meetingId.get(), teamId, user.get(), locale, notes);
    }

    /** The protocol once approved, else the button that opens its form in a dialog. */
    private CompletableFuture<Void> opener(TurnContext turn, long meetingId, String teamId, UserId user, Locale locale,
            List<CardElement> notes) {
        try {
            ProtocolView protocol = protocols.open(meetingId, teamId, user);
            return Replies.card(turn, protocol.approved() ? cards.protocol(locale, protocol)
                    : forms.protocolOpener(locale, protocol.meeting(), cards.when(locale, protocol.meeting()), notes));
        }
        catch (InvalidMeetingInput invalid) {
            return Replies.text(turn, messages(locale, invalid));
        }
        catch (MeetingAccessDenied denied) {
            return management.refused(turn, locale);
        }
    }

    /** The protocol dialog opens: authorised again; the form as saved so far. */
    DialogAnswer dialog(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return denied(locale);
        }
        try {
            ProtocolView protocol = protocols.open(meetingId.get(), teamId, user.get());
            if (protocol.approved()) {
                return DialogAnswer.message(texts.get(locale, "meetings.protocolForm.locked"));
            }
            return form(locale, protocol, Map.of(), Map.of(), List.of());
        }
        catch (InvalidMeetingInput invalid) {
            return DialogAnswer.message(messages(locale, invalid));
        }
        catch (MeetingAccessDenied denied) {
            return denied(locale);
        }
    }

    /**
     * The protocol dialog sent, "Spara utkast" or "Godkänn": authorised again; what is
     * wrong, and what the privacy guard found in advice or structural issues (never the
     * text), comes back in the dialog. A draft saved stays open with the form; an
     * approved protocol closes the dialog, and the protocol is posted in the channel.
     */
    DialogAnswer submit(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return denied(locale);
        }
        boolean approve = MeetingForms.APPROVE.equals(data.text(MeetingForms.STEP));
        Map<String, String> values = values(data);
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        try {
            ProtocolView current = protocols.open(meetingId.get(), teamId, user.get());
            if (current.approved()) {
                return DialogAnswer.message(texts.get(locale, "meetings.protocolForm.locked"));
            }
            List<PrivacyFeedback.Field> free = new ArrayList<>();
            for (ProtocolView.Entry entry : current.entries()) {
                String field = "advice." + entry.item().id();
                if (values.containsKey(field)) {
                    free.add(new PrivacyFeedback.Field(field,
                            texts.get(locale, "meetings.protocolForm.adviceOn", entry.item().number()),
                            values.get(field)));
                }
            }
            if (values.containsKey("structuralIssues")) {
                free.add(new PrivacyFeedback.Field("structuralIssues",
                        texts.get(locale, "meetings.protocolForm.structuralIssues"), values.get("structuralIssues")));
            }
            Optional<PrivacyFeedback.Feedback> findings = privacy.check(locale, free, confirmed);
            if (findings.isPresent()) {
                log.info("Protocol of meeting {} shown again in its dialog: privacy findings", meetingId.get());
                return form(locale, current, withoutRefused(values, findings.get()), Map.of(),
                        findings.get().elements());
            }
            ProtocolForm form = form(values, confirmed);
            try {
                if (approve) {
                    String name = organisation.coordinatorName(user.get())
                        .orElseGet(() -> turn.getActivity().getFrom().getName());
                    protocols.approve(meetingId.get(), teamId, form, user.get(), name);
                    return DialogAnswer.message(texts.get(locale, "meetings.protocolForm.approved"));
                }
                ProtocolView saved = protocols.saveDraft(meetingId.get(), teamId, form, user.get());
                return form(locale, saved, Map.of(), Map.of(),
                        MeetingCards.done(texts.get(locale, "meetings.protocolForm.saved")));
            }
            catch (InvalidMeetingInput invalid) {
                log.info("Protocol of meeting {} shown again in its dialog: {} errors", meetingId.get(),
                        invalid.errors().size());
                Map<String, String> kept = new LinkedHashMap<>(values);
                invalid.errors().forEach((field, code) -> {
                    if ("privacy".equals(code)) {
                        kept.put(field, "");
                    }
                });
                return form(locale, current, kept, invalid.errors(), List.of());
            }
        }
        catch (InvalidMeetingInput invalid) {
            return DialogAnswer.message(messages(locale, invalid));
        }
        catch (MeetingAccessDenied denied) {
            return denied(locale);
        }
    }

    private DialogAnswer denied(Locale locale) {
        return DialogAnswer.message(texts.get(locale, "meetings.manage.denied"));
    }

    private DialogAnswer form(Locale locale, ProtocolView protocol, Map<String, String> values,
            Map<String, String> errors, List<CardElement> notes) {
        String when = cards.when(locale, protocol.meeting());
        return DialogAnswer.form(texts.get(locale, "meetings.protocolForm.title", when),
                forms.protocol(locale, protocol, values, errors, notes, when));
    }

    /** The submitted fields as text, blank ones left out. */
    private static Map<String, String> values(CardData data) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : data.json().properties()) {
            String name = field.getKey();
            if ((ENTRY_FIELD.matcher(name).matches() || "participants".equals(name) || "agencies".equals(name)
                    || "structuralIssues".equals(name)) && field.getValue().isTextual()
                    && !field.getValue().asText().isBlank()
                    && !(name.startsWith("nextStep.") && MeetingForms.NO_STEP.equals(field.getValue().asText()))) {
                values.put(name, field.getValue().asText());
            }
        }
        return values;
    }

    private static ProtocolForm form(Map<String, String> values, Set<String> confirmed) {
        Map<Long, String[]> entries = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Matcher matcher = ENTRY_FIELD.matcher(name);
            if (matcher.matches()) {
                String[] entry = entries.computeIfAbsent(Long.parseLong(matcher.group(2)), (id) -> new String[3]);
                entry[List.of("discussed", "advice", "nextStep").indexOf(matcher.group(1))] = value;
            }
        });
        Map<Long, ProtocolForm.Entry> byItem = new LinkedHashMap<>();
        entries.forEach((id, entry) -> byItem.put(id, new ProtocolForm.Entry(entry[0], entry[1], entry[2])));
        Set<String> agencies = values.containsKey("agencies") ? Arrays.stream(values.get("agencies").split(","))
            .map(String::strip)
            .filter((code) -> !code.isEmpty())
            .collect(Collectors.toSet()) : Set.of();
        return new ProtocolForm(values.get("participants"), agencies, values.get("structuralIssues"), byItem,
                confirmed);
    }

    private static Map<String, String> withoutRefused(Map<String, String> values, PrivacyFeedback.Feedback findings) {
        Map<String, String> kept = findings.withoutRefused(values);
        // a refused field is shown empty, not with what was stored before
        findings.refusedFields().forEach((field) -> kept.put(field, ""));
        return kept;
    }

    private String messages(Locale locale, InvalidMeetingInput invalid) {
        return invalid.errors()
            .entrySet()
            .stream()
            .map((error) -> forms.error(locale, error.getKey(), error.getValue()))
            .collect(Collectors.joining(" "));
    }

}
