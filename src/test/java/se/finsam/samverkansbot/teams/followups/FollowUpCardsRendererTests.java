package se.finsam.samverkansbot.teams.followups;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.followups.FollowUpHistoryEntry;
import se.finsam.samverkansbot.followups.FollowUpProperties;
import se.finsam.samverkansbot.followups.FollowUpView;
import se.finsam.samverkansbot.followups.HistoryKind;
import se.finsam.samverkansbot.followups.PlanStatus;
import se.finsam.samverkansbot.followups.PlanType;
import se.finsam.samverkansbot.followups.ReminderTarget;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.Scan;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.CardRendering;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.PeopleNames;

/**
 * Every follow-up card and form passes the Adaptive Card renderer, in Swedish and
 * English, filled with long texts and many entries.
 */
class FollowUpCardsRendererTests {

    private static final List<Locale> LOCALES = CardRendering.LOCALES;

    private final Texts texts = CardRendering.texts();

    private final Organisation organisation = new Organisation(new OrganisationProperties(
            IntStream.range(0, 40).mapToObj((i) -> "Kommun nummer " + i).toList(), List.of(), List.of()));

    private final CoreProperties core = new CoreProperties(ZoneId.of("Europe/Stockholm"));

    private final PrivacyFeedback privacy = new PrivacyFeedback((text) -> new Scan(
            List.of(Finding.certain(FindingType.PERSONNUMMER, 0, 13), Finding.uncertain(FindingType.NAME, 20, 30))),
            texts);

    @Test
    void followUpCardsAndFormsPassTheRenderer() {
        FollowUpCards followUps = new FollowUpCards(texts, organisation,
                new FollowUpProperties(5, LocalTime.of(8, 30), 3, Period.ofMonths(3),
                        List.of(Period.ofDays(90), Period.ofMonths(6)), Duration.ofMinutes(1), 500, 20),
                core, new PeopleNames(null) {
                    @Override
                    public java.util.Optional<String> nameOf(UserId user) {
                        return java.util.Optional.of("Förnamn Efternamnsson-Långnamn");
                    }
                });
        UserId owner = UserId.of("00000000-0000-0000-0000-0000000000a1");
        UserId coordinator = UserId.of("00000000-0000-0000-0000-0000000000c1");
        LocalDate today = LocalDate.of(2026, 3, 2);
        FollowUpView plan = plan(42, today, false);
        FollowUpView overdue = plan(43, today, true);
        Map<String, String> typed = Map.of("type", PlanType.SIP.name(), "reference", "x".repeat(40), "baseDate",
                "2026-03-02", "interval", "P3M", "remind", ReminderTarget.ME.name(), "kommun", "Kommun nummer 3",
                "note", "å".repeat(500));
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("type", "reference", "baseDate", "interval", "remind", "kommun", "note")) {
            errors.put(field, "required");
        }
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("form " + locale, followUps.form(locale, Map.of(), Map.of(), List.of()));
            cards
                .put("form again " + locale,
                        followUps
                            .form(locale, typed, errors,
                                    privacy
                                        .check(locale,
                                                List.of(new PrivacyFeedback.Field("note", "Anteckning",
                                                        "å".repeat(40))),
                                                Set.of())
                                        .orElseThrow()
                                        .elements()));
            cards.put("registered " + locale, followUps.registered(locale, plan));
            cards.put("list " + locale, followUps.list(locale,
                    IntStream.range(0, 30).mapToObj((i) -> plan(100 + i, today, i % 2 == 0)).toList(), today, owner));
            cards.put("coordinator's list " + locale,
                    followUps.list(locale,
                            IntStream.range(0, 30).mapToObj((i) -> plan(100 + i, today, i % 2 == 0)).toList(), today,
                            coordinator));
            cards.put("empty list " + locale, followUps.list(locale, List.of(), today, owner));
            cards.put("history " + locale, followUps.history(locale, plan, owner));
            cards.put("reminder " + locale, followUps.reminder(locale, plan, false, 5, today, owner));
            cards.put("reminder on the day " + locale, followUps.reminder(locale, plan, true, 0, today, owner));
            cards.put("reminder overdue " + locale, followUps.reminder(locale, overdue, true, 0, today, coordinator));
            cards.put("overdue " + locale, followUps.overdue(locale, overdue, today, coordinator));
            cards.put("unreachable " + locale, followUps.unreachable(locale, plan));
        }
        CardRendering.assertPass(cards);
    }

    private static FollowUpView plan(long id, LocalDate today, boolean overdue) {
        List<FollowUpHistoryEntry> history = new ArrayList<>();
        for (HistoryKind kind : HistoryKind.values()) {
            history.add(new FollowUpHistoryEntry(Instant.parse("2026-01-05T08:30:00Z"), kind,
                    "00000000-0000-0000-0000-0000000000a1", today.minusDays(3), today.minusDays(10), "P3M"));
        }
        return new FollowUpView(id, UserId.of("00000000-0000-0000-0000-0000000000a1"), "Å".repeat(200), "tenant",
                new Kommun("Kommun nummer 3"), PlanType.SIP, "x".repeat(40), "å".repeat(500), ReminderTarget.ME,
                overdue ? today.minusDays(3) : today.plusDays(7), Instant.parse("2026-03-05T07:30:00Z"),
                PlanStatus.ACTIVE, overdue, overdue, history);
    }

}
