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
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The protocol in the team's channel: {@code protokoll} (or the agenda's button) opens
 * the form for the latest meeting held; "Spara utkast" saves it as it is, "Godkänn"
 * approves it: the advice goes to each case and its handläggare through the cases module,
 * the protocol is locked and posted in the channel. Advice and structural issues pass the
 * privacy guard here first; a refused text is described, never shown again.
 */
@Component
class ProtocolActions {

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

    /** {@code protokoll}: the form of the latest meeting held. */
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
        return open(turn, held.get(0).id(), teamId, user.get(), locale);
    }

    /** The agenda's "Protokoll" button. */
    CompletableFuture<Void> open(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return management.refused(turn, locale);
        }
        return open(turn, meetingId.get(), teamId, user.get(), locale);
    }

    private CompletableFuture<Void> open(TurnContext turn, long meetingId, String teamId, UserId user, Locale locale) {
        try {
            ProtocolView protocol = protocols.open(meetingId, teamId, user);
            return Replies.card(turn, protocol.approved() ? cards.protocol(locale, protocol)
                    : form(locale, protocol, Map.of(), Map.of(), List.of()));
        }
        catch (InvalidMeetingInput invalid) {
            return Replies.text(turn, messages(locale, invalid));
        }
        catch (MeetingAccessDenied denied) {
            return management.refused(turn, locale);
        }
    }

    CompletableFuture<Void> draft(TurnContext turn, CardData data, Locale locale) {
        return submit(turn, data, locale, false);
    }

    CompletableFuture<Void> approve(TurnContext turn, CardData data, Locale locale) {
        return submit(turn, data, locale, true);
    }

    private CompletableFuture<Void> submit(TurnContext turn, CardData data, Locale locale, boolean approve) {
        Optional<UserId> user = management.manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return management.refused(turn, locale);
        }
        Map<String, String> values = values(data);
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        try {
            ProtocolView current = protocols.open(meetingId.get(), teamId, user.get());
            if (current.approved()) {
                return Replies.card(turn, cards.protocol(locale, current));
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
                return Replies.card(turn, form(locale, current, withoutRefused(values, findings.get()), Map.of(),
                        findings.get().elements()));
            }
            ProtocolForm form = form(values, confirmed);
            try {
                if (approve) {
                    String name = organisation.coordinatorName(user.get())
                        .orElseGet(() -> turn.getActivity().getFrom().getName());
                    ProtocolView approved = protocols.approve(meetingId.get(), teamId, form, user.get(), name);
                    return Replies.card(turn, cards.protocol(locale, approved));
                }
                ProtocolView saved = protocols.saveDraft(meetingId.get(), teamId, form, user.get());
                return Replies.card(turn, form(locale, saved, Map.of(), Map.of(),
                        MeetingCards.done(texts.get(locale, "meetings.protocolForm.saved"))));
            }
            catch (InvalidMeetingInput invalid) {
                Map<String, String> kept = new LinkedHashMap<>(values);
                invalid.errors().forEach((field, code) -> {
                    if ("privacy".equals(code)) {
                        kept.remove(field);
                    }
                });
                return Replies.card(turn, form(locale, current, kept, invalid.errors(), List.of()));
            }
        }
        catch (InvalidMeetingInput invalid) {
            return Replies.text(turn, messages(locale, invalid));
        }
        catch (MeetingAccessDenied denied) {
            return management.refused(turn, locale);
        }
    }

    private se.finsam.samverkansbot.teams.cards.AdaptiveCard form(Locale locale, ProtocolView protocol,
            Map<String, String> values, Map<String, String> errors, List<CardElement> notes) {
        return forms.protocol(locale, protocol, values, errors, notes, cards.when(locale, protocol.meeting()));
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
