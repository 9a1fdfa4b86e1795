package se.finsam.samverkansbot.teams.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.DateRange;
import se.finsam.samverkansbot.meetings.HolidayPolicy;
import se.finsam.samverkansbot.meetings.ItemSource;
import se.finsam.samverkansbot.meetings.MeetingStatus;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.meetings.NextStep;
import se.finsam.samverkansbot.meetings.ProtocolStatus;
import se.finsam.samverkansbot.meetings.ProtocolView;
import se.finsam.samverkansbot.meetings.RhythmKind;
import se.finsam.samverkansbot.meetings.SeriesView;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.CardRendering;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * Every meeting card and form passes the Adaptive Card renderer, in Swedish and English,
 * with a full agenda, long texts and every error shown.
 */
class MeetingCardsRendererTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Texts texts = CardRendering.texts();

    private final MeetingForms forms = new MeetingForms(texts);

    private final MeetingCards cards = new MeetingCards(texts, forms);

    @Test
    void meetingCardsAndFormsPassTheRenderer() {
        MeetingView meeting = meeting(1, LocalDate.of(2027, 1, 12), MeetingStatus.PLANNED, 12);
        MeetingView cancelled = meeting(2, LocalDate.of(2027, 1, 26), MeetingStatus.CANCELLED, 0);
        SeriesView series = new SeriesView(1, "team", RhythmKind.WEEKLY, 3, 0, DayOfWeek.TUESDAY, LocalTime.of(13, 0),
                240, 20, 12, CardRendering.LONG, "https://teams.microsoft.com/l/meetup-join/osby", 3,
                LocalDate.of(2027, 1, 12), List.of(new DateRange(LocalDate.of(2027, 6, 21), LocalDate.of(2027, 8, 15))),
                HolidayPolicy.NEXT_WORKING_DAY, Instant.now());
        Map<String, String> seriesErrors = new LinkedHashMap<>();
        MeetingForms.SERIES_FIELDS.forEach((field) -> seriesErrors.put(field, "invalid"));
        seriesErrors.put("maxCases", "exceedsLength");
        ProtocolView draft = protocol(meeting, ProtocolStatus.DRAFT);
        Map<String, String> protocolErrors = new LinkedHashMap<>();
        for (AgendaItemView item : meeting.items()) {
            protocolErrors.put("discussed." + item.id(), "required");
            protocolErrors.put("advice." + item.id(), "privacy");
        }
        protocolErrors.put("participants", "outOfRange");
        protocolErrors.put("agencies", "required");
        Map<String, AdaptiveCard> shown = new LinkedHashMap<>();
        for (Locale locale : CardRendering.LOCALES) {
            List<MeetingView> plan = new ArrayList<>(List.of(meeting, cancelled));
            shown.put("plan " + locale, cards.plan(locale, plan));
            shown.put("managed plan " + locale,
                    cards.plan(locale, plan, true, MeetingCards.done(texts.get(locale, "meetings.series.saved"))));
            shown.put("managed agenda " + locale, cards.managedAgenda(locale, meeting, false,
                    forms.errorSummary(locale, Map.of("date", "past", "reason", "privacy"), "meetings.move.")));
            shown.put("managed agenda held " + locale, cards.managedAgenda(locale, meeting, true, List.of()));
            shown.put("managed agenda cancelled " + locale, cards.managedAgenda(locale, cancelled, false, List.of()));
            shown.put("series form " + locale,
                    forms.series(locale, MeetingForms.valuesOf(series), Map.of(), List.of()));
            shown.put("series form with errors " + locale, forms.series(locale, Map.of(), seriesErrors, List.of()));
            shown.put("confirm cancel " + locale, forms.confirmCancel(locale, meeting, CardRendering.LONG,
                    java.util.Set.of("Dag", "Kullen"), cards.when(locale, meeting)));
            shown.put("series opener " + locale, forms.seriesOpener(locale, MeetingForms.formMoved(texts, locale)));
            shown.put("protocol opener " + locale, forms.protocolOpener(locale, meeting, cards.when(locale, meeting),
                    MeetingForms.formMoved(texts, locale)));
            shown.put("protocol form " + locale,
                    forms.protocol(locale, draft, Map.of(), Map.of(), List.of(), cards.when(locale, meeting)));
            shown.put("protocol form with errors " + locale,
                    forms.protocol(locale, draft, Map.of(), protocolErrors, List.of(), cards.when(locale, meeting)));
            shown.put("approved protocol " + locale,
                    cards.protocol(locale, protocol(meeting, ProtocolStatus.APPROVED)));
        }
        CardRendering.assertPass(shown);
    }

    private static MeetingView meeting(long id, LocalDate date, MeetingStatus status, int items) {
        ZonedDateTime start = date.atTime(13, 0).atZone(ZONE);
        List<AgendaItemView> agenda = IntStream.range(0, items)
            .mapToObj((i) -> new AgendaItemView(100 + i, id, 200 + i, "KT-2027-00" + (10 + i), "Osby",
                    List.of("RULES", "MENTAL_HEALTH"), CardRendering.LONG, UserId.of("aad-" + i), "tenant", i % 2 == 0,
                    ItemSource.CASEWORKER, i + 1, LocalTime.of(13, 0).plusMinutes(20L * i),
                    LocalTime.of(13, 20).plusMinutes(20L * i), 0))
            .toList();
        return new MeetingView(id, "team", "channel", "Konsultationsteam Osby", date, start, start.plusHours(4),
                CardRendering.LONG, "https://teams.microsoft.com/l/meetup-join/osby", status, null,
                status == MeetingStatus.CANCELLED ? CardRendering.LONG : null, 0, start.minusDays(5).toInstant(), false,
                12, 20, agenda);
    }

    private static ProtocolView protocol(MeetingView meeting, ProtocolStatus status) {
        List<ProtocolView.Entry> entries = meeting.items()
            .stream()
            .map((item) -> new ProtocolView.Entry(item, item.number() % 2 == 0, CardRendering.LONG,
                    NextStep.values()[item.number() % NextStep.values().length]))
            .toList();
        return new ProtocolView(meeting, status, 7, Arrays.asList(Agency.values()), CardRendering.LONG, entries,
                status == ProtocolStatus.APPROVED ? "Karin Koordinator" : null,
                status == ProtocolStatus.APPROVED ? Instant.now() : null);
    }

}
