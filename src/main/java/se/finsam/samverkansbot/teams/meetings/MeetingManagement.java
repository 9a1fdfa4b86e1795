package se.finsam.samverkansbot.teams.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemMoved;
import se.finsam.samverkansbot.meetings.AgendaItemRemoved;
import se.finsam.samverkansbot.meetings.InvalidMeetingInput;
import se.finsam.samverkansbot.meetings.MeetingAccessDenied;
import se.finsam.samverkansbot.meetings.MeetingCancelled;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.SeriesForm;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.DialogAnswer;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * What a samverkanskoordinator or admin does with the team's meetings in its channel: the
 * series form (in a dialog), the plan and an agenda with their buttons, moving or
 * cancelling a meeting (cancelling asks first) and moving an item to the next meeting or
 * taking it off. The team is the one the activity comes from and every press is
 * re-authorised by the meetings module, so a forged button changes nothing. The notices
 * to everyone concerned go out from the meetings module's events.
 */
@Component
class MeetingManagement {

    private static final Logger log = LoggerFactory.getLogger(MeetingManagement.class);

    private final MeetingPlanning planning;

    private final MeetingCards cards;

    private final MeetingForms forms;

    private final PrivacyFeedback privacy;

    private final Texts texts;

    private final Clock clock;

    private final CoreProperties core;

    MeetingManagement(MeetingPlanning planning, MeetingCards cards, MeetingForms forms, PrivacyFeedback privacy,
            Texts texts, Clock clock, CoreProperties core) {
        this.planning = planning;
        this.cards = cards;
        this.forms = forms;
        this.privacy = privacy;
        this.texts = texts;
        this.clock = clock;
        this.core = core;
    }

    // The series

    /**
     * {@code mötesrytm} and the plan's button: the card with the button that opens the
     * series form in a dialog.
     */
    CompletableFuture<Void> seriesOpener(TurnContext turn, Locale locale) {
        if (manager(turn).isEmpty() || turn.getActivity().teamsGetTeamId() == null) {
            return refused(turn, locale);
        }
        return Replies.card(turn, forms.seriesOpener(locale, List.of()));
    }

    /**
     * The old in-channel series form sent: nothing is saved from it (its errors would be
     * shown to the whole channel); it is answered with the button to the dialog.
     */
    CompletableFuture<Void> oldSeriesForm(TurnContext turn, CardData data, Locale locale) {
        if (manager(turn).isEmpty() || turn.getActivity().teamsGetTeamId() == null) {
            return refused(turn, locale);
        }
        log.info("Old series form sent in activity {}; answered with the dialog", turn.getActivity().getId());
        return Replies.card(turn, forms.seriesOpener(locale, MeetingForms.formMoved(texts, locale)));
    }

    /** The series dialog opens: the form with the series as it is (or defaults). */
    DialogAnswer seriesDialog(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        if (user.isEmpty() || teamId == null) {
            return DialogAnswer.message(texts.get(locale, "meetings.manage.denied"));
        }
        Map<String, String> values = planning.series(teamId).map(MeetingForms::valuesOf).orElseGet(Map::of);
        return seriesForm(locale, values, Map.of(), List.of());
    }

    /**
     * The series dialog sent: authorised again; every error, and what the privacy guard
     * found in the place (never the text), comes back in the dialog; once saved, the
     * dialog closes naming the next meeting.
     */
    DialogAnswer saveSeries(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        if (user.isEmpty() || teamId == null) {
            return DialogAnswer.message(texts.get(locale, "meetings.manage.denied"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : MeetingForms.SERIES_FIELDS) {
            data.textValue(field).filter((value) -> !value.isBlank()).ifPresent((value) -> values.put(field, value));
        }
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        List<PrivacyFeedback.Field> free = new ArrayList<>();
        if (values.containsKey("place")) {
            free.add(new PrivacyFeedback.Field("place", texts.get(locale, "meetings.series.place"),
                    values.get("place")));
        }
        Optional<PrivacyFeedback.Feedback> findings = privacy.check(locale, free, confirmed);
        if (findings.isPresent()) {
            log.info("Series form of team {} shown again in its dialog: privacy findings", teamId);
            return seriesForm(locale, findings.get().withoutRefused(values), Map.of(), findings.get().elements());
        }
        SeriesForm form = new SeriesForm(values.get("rhythm"), values.get("intervalWeeks"), values.get("weekOfMonth"),
                values.get("weekday"), values.get("startTime"), values.get("lengthMinutes"),
                values.get("minutesPerCase"), values.get("maxCases"), values.get("place"), values.get("onlineLink"),
                values.get("deadlineWorkingDays"), values.get("firstDate"), values.get("breaks"),
                values.get("holidayPolicy"), confirmed);
        try {
            planning.saveSeries(teamId, form, user.get());
        }
        catch (InvalidMeetingInput invalid) {
            log.info("Series form of team {} shown again in its dialog: {} errors", teamId, invalid.errors().size());
            Map<String, String> kept = new LinkedHashMap<>(values);
            invalid.errors().forEach((field, code) -> {
                if ("privacy".equals(code)) {
                    kept.remove(field);
                }
            });
            return seriesForm(locale, kept, invalid.errors(), List.of());
        }
        catch (MeetingAccessDenied denied) {
            return DialogAnswer.message(texts.get(locale, "meetings.manage.denied"));
        }
        return DialogAnswer.message(planning.nextMeeting(teamId)
            .map((next) -> texts.get(locale, "meetings.series.savedNext", cards.when(locale, next)))
            .orElseGet(() -> texts.get(locale, "meetings.series.saved")));
    }

    private DialogAnswer seriesForm(Locale locale, Map<String, String> values, Map<String, String> errors,
            List<CardElement> findings) {
        return DialogAnswer.form(texts.get(locale, "meetings.series.dialogTitle"),
                forms.series(locale, values, errors, findings));
    }

    // The plan and an agenda

    CompletableFuture<Void> plan(TurnContext turn, Locale locale) {
        String teamId = turn.getActivity().teamsGetTeamId();
        boolean manage = manager(turn).isPresent();
        if (teamId == null || planning.series(teamId).isEmpty()) {
            return manage ? seriesOpener(turn, locale) : Replies.text(turn, texts.get(locale, "meetings.noSeries"));
        }
        return Replies.card(turn, cards.plan(locale, planning.plan(teamId), manage, List.of()));
    }

    CompletableFuture<Void> agenda(TurnContext turn, CardData data, Locale locale) {
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (teamId == null || meetingId.isEmpty()) {
            return refused(turn, locale);
        }
        try {
            MeetingView meeting = planning.meeting(meetingId.get(), teamId);
            return Replies.card(turn, manager(turn).isPresent() ? managed(locale, meeting, List.of())
                    : cards.agenda(locale, meeting, "meetings.agenda.title"));
        }
        catch (MeetingAccessDenied denied) {
            return refused(turn, locale);
        }
    }

    // Moving and cancelling a meeting

    CompletableFuture<Void> move(TurnContext turn, CardData data, Locale locale) {
        return onMeeting(turn, data, locale, (teamId, meetingId, user) -> {
            String reason = data.text(MeetingForms.MOVE_REASON);
            Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
            Optional<PrivacyFeedback.Feedback> findings = checkReason(locale, reason, confirmed);
            if (findings.isPresent()) {
                return Replies.card(turn,
                        managed(locale, planning.meeting(meetingId, teamId), findings.get().elements()));
            }
            try {
                MeetingView moved = planning.moveMeeting(meetingId, teamId, data.text("date"), data.text("time"),
                        reason, confirmed, user);
                return Replies.card(turn, managed(locale, moved,
                        MeetingCards.done(texts.get(locale, "meetings.move.done", cards.when(locale, moved)))));
            }
            catch (InvalidMeetingInput invalid) {
                return Replies.card(turn, managed(locale, planning.meeting(meetingId, teamId),
                        forms.errorSummary(locale, invalid.errors(), "meetings.move.")));
            }
        });
    }

    /**
     * The first press: checks the reason and asks before anything changes; the words the
     * user confirmed are not names go with the confirmation.
     */
    CompletableFuture<Void> cancel(TurnContext turn, CardData data, Locale locale) {
        return onMeeting(turn, data, locale, (teamId, meetingId, user) -> {
            String reason = data.text(MeetingForms.CANCEL_REASON).strip();
            MeetingView meeting = planning.meeting(meetingId, teamId);
            Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
            Optional<PrivacyFeedback.Feedback> findings = checkReason(locale, reason, confirmed);
            if (findings.isPresent()) {
                return Replies.card(turn, managed(locale, meeting, findings.get().elements()));
            }
            if (reason.isEmpty()) {
                return Replies.card(turn, managed(locale, meeting,
                        forms.errorSummary(locale, Map.of("reason", "required"), "meetings.cancel.")));
            }
            return Replies.card(turn,
                    forms.confirmCancel(locale, meeting, reason, confirmed, cards.when(locale, meeting)));
        });
    }

    CompletableFuture<Void> cancelConfirmed(TurnContext turn, CardData data, Locale locale) {
        return onMeeting(turn, data, locale, (teamId, meetingId, user) -> {
            try {
                MeetingCancelled cancelled = planning.cancelMeeting(meetingId, teamId, data.text("reason"),
                        PrivacyFeedback.confirmedNotNames(data), user);
                return Replies.card(turn,
                        cards.plan(locale, planning.plan(teamId), true,
                                MeetingCards.done(texts.get(locale, "meetings.cancel.done",
                                        cards.when(locale, cancelled.meeting()), cancelled.moved().size()))));
            }
            catch (InvalidMeetingInput invalid) {
                return Replies.card(turn, managed(locale, planning.meeting(meetingId, teamId),
                        forms.errorSummary(locale, invalid.errors(), "meetings.cancel.")));
            }
        });
    }

    // Agenda items

    CompletableFuture<Void> itemToNext(TurnContext turn, CardData data, Locale locale) {
        return onItem(turn, data, locale, (teamId, itemId, user) -> {
            AgendaItemMoved moved = planning.moveItem(itemId, teamId, null, user);
            return Replies.card(turn,
                    managed(locale, planning.meeting(moved.from().id(), teamId), MeetingCards.done(texts.get(locale,
                            "meetings.item.moved", moved.item().reference(), cards.when(locale, moved.to())))));
        });
    }

    CompletableFuture<Void> itemRemove(TurnContext turn, CardData data, Locale locale) {
        return onItem(turn, data, locale, (teamId, itemId, user) -> {
            AgendaItemRemoved removed = planning.removeItem(itemId, teamId, user);
            return Replies.card(turn, managed(locale, planning.meeting(removed.meeting().id(), teamId),
                    MeetingCards.done(texts.get(locale, "meetings.item.removed", removed.item().reference()))));
        });
    }

    // Helpers

    private interface MeetingStep {

        CompletableFuture<Void> run(String teamId, long id, UserId user);

    }

    private CompletableFuture<Void> onMeeting(TurnContext turn, CardData data, Locale locale, MeetingStep step) {
        return on(turn, data.id(MeetingForms.MEETING_ID), locale, step);
    }

    private CompletableFuture<Void> onItem(TurnContext turn, CardData data, Locale locale, MeetingStep step) {
        return on(turn, data.id(MeetingForms.ITEM_ID), locale, (teamId, itemId, user) -> {
            try {
                return step.run(teamId, itemId, user);
            }
            catch (InvalidMeetingInput invalid) {
                return Replies.text(turn,
                        String.join(" ",
                                invalid.errors()
                                    .entrySet()
                                    .stream()
                                    .map((error) -> forms.error(locale, error.getKey(), error.getValue()))
                                    .toList()));
            }
        });
    }

    private CompletableFuture<Void> on(TurnContext turn, Optional<Long> id, Locale locale, MeetingStep step) {
        Optional<UserId> user = manager(turn);
        String teamId = turn.getActivity().teamsGetTeamId();
        if (user.isEmpty() || teamId == null || id.isEmpty()) {
            return refused(turn, locale);
        }
        try {
            return step.run(teamId, id.get(), user.get());
        }
        catch (MeetingAccessDenied denied) {
            log.warn("Meeting action refused in activity {}", turn.getActivity().getId());
            return refused(turn, locale);
        }
    }

    private Optional<PrivacyFeedback.Feedback> checkReason(Locale locale, String reason, Set<String> confirmed) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        return privacy.check(locale,
                List.of(new PrivacyFeedback.Field("reason", texts.get(locale, "meetings.move.reason"), reason)),
                confirmed);
    }

    se.finsam.samverkansbot.teams.cards.AdaptiveCard managed(Locale locale, MeetingView meeting,
            List<CardElement> notes) {
        return cards.managedAgenda(locale, meeting, begun(meeting), notes);
    }

    boolean begun(MeetingView meeting) {
        return !meeting.date().isAfter(LocalDate.now(clock.withZone(core.zone())));
    }

    /** The user when they may manage the team's meetings. */
    Optional<UserId> manager(TurnContext turn) {
        return UserOf.activity(turn.getActivity()).filter(planning::mayManage);
    }

    CompletableFuture<Void> refused(TurnContext turn, Locale locale) {
        return Replies.text(turn, texts.get(locale, "meetings.manage.denied"));
    }

}
