package se.finsam.samverkansbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.finsam.samverkansbot.cases.AdviceGiven;
import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.MeetingWish;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.cases.TeamWithdrawn;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.TestBotConfiguration;
import se.finsam.samverkansbot.testing.TestClock;

/**
 * The meetings module on the real database and the movable clock: series, queueing with
 * capacity and deadline, agenda and reminder once at their time (across the daylight
 * saving change and Easter), moving and cancelling, series changes and the protocol. Each
 * test has a konsultationsteam (and a kommun) of its own.
 */
@SpringBootTest
@Import({ TestBotConfiguration.class, TestClock.Configuration.class })
@RecordApplicationEvents
class MeetingPlanningTests {

    static final UserId SVEN = UserId.of("aad-sven-coordinator");

    static final UserId ANNA = UserId.of("aad-anna-caseworker");

    /** A handläggare of one test only, whose meetings no other test adds to. */
    static final UserId QUEUER = UserId.of("aad-anna-queue");

    static final UserId BERIT = UserId.of("aad-berit-caseworker");

    static final UserId MEMBER = UserId.of("aad-fatima-member");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestBotConfiguration.productionModeProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:meeting-planning;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.quartz.scheduler-name", () -> "samverkansbot-meeting-planning");
        registry.add("samverkansbot.meetings.sweep-interval", () -> "1h");
        registry.add("samverkansbot.organisation.kommuner",
                () -> "Osby,Hässleholm,Kristianstad,Bromölla,Perstorp,Östra Göinge,Hörby,Klippan");
        registry.add("samverkansbot.organisation.coordinators[0].user-id", SVEN::value);
        registry.add("samverkansbot.organisation.coordinators[0].name", () -> "Sven Koordinator");
    }

    @Autowired
    MeetingPlanning planning;

    @Autowired
    ProtocolManagement protocols;

    @Autowired
    CaseManagement cases;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void queuedCasesFillTheNextMeetingUntilItsDeadlineThenTheNextWithRoom() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("queue", "Osby");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        long a = raise("Osby", QUEUER);
        long b = raise("Osby", BERIT);

        MeetingView first = planning.queueByCaseworker(a, QUEUER, true);
        MeetingView second = planning.queueByCaseworker(b, BERIT, false);

        assertThat(first.date()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(first.items()).singleElement()
            .satisfies((item) -> assertThat(item.slotStart()).isEqualTo(LocalTime.of(13, 0)));
        assertThat(second.items()).singleElement()
            .satisfies((item) -> assertThat(item.slotStart()).isEqualTo(LocalTime.of(13, 20)));
        // Three working days before Tuesday 12 January: Thursday 7 January, 12:00.
        assertThat(first.agendaDeadline()).isEqualTo(Instant.parse("2027-01-07T11:00:00Z"));

        clock.setLocal(LocalDateTime.of(2027, 1, 7, 12, 0));
        List<MeetingView> late = List.of(planning.queueByCaseworker(raise("Osby", QUEUER), QUEUER, false),
                planning.queueByCaseworker(raise("Osby", QUEUER), QUEUER, false),
                planning.queueByTeam(raise("Osby", BERIT), team, MEMBER),
                planning.queueByCaseworker(raise("Osby", QUEUER), QUEUER, false));

        assertThat(late).extracting(MeetingView::date)
            .as("the deadline of the 12th has passed; the 26th holds three")
            .containsExactly(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 1, 26),
                    LocalDate.of(2027, 2, 9));
        assertThat(late.get(2).items().get(0).slotStart()).isEqualTo(LocalTime.of(13, 40));
        assertThat(late.get(2).items().get(0).source()).isEqualTo(ItemSource.TEAM);
        assertThat(planning.nextMeeting(team).orElseThrow().items()).hasSize(2);

        List<MeetingView> annas = planning.nextMeetingsOf(QUEUER);
        assertThat(annas).extracting(MeetingView::date)
            .containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9));
        assertThat(annas).flatExtracting(MeetingView::items).allMatch((item) -> item.caseworker().equals(QUEUER));
    }

    @Test
    void aCaseIsQueuedOnceAndOnlyByItsCaseworkerOrItsTeam() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("once", "Hörby");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        long annas = raise("Hörby", ANNA);

        assertThatExceptionOfType(MeetingAccessDenied.class)
            .isThrownBy(() -> planning.queueByCaseworker(annas, BERIT, true));
        assertThatExceptionOfType(MeetingAccessDenied.class)
            .isThrownBy(() -> planning.queueByTeam(annas, "another-team", MEMBER));
        planning.queueByCaseworker(annas, ANNA, true);
        assertThatExceptionOfType(InvalidMeetingInput.class).isThrownBy(() -> planning.queueByTeam(annas, team, MEMBER))
            .satisfies((e) -> assertThat(e.errors()).containsEntry("case", "alreadyQueued"));
        assertThat(planning.nextMeeting(team).orElseThrow().items()).hasSize(1);

        MeetingView queued = planning.nextMeeting(team).orElseThrow();
        long itemId = queued.items().get(0).id();
        assertThat(planning.meetingOfCaseworker(queued.id(), itemId, ANNA).items()).singleElement()
            .satisfies((item) -> assertThat(item.caseworker()).isEqualTo(ANNA));
        assertThatExceptionOfType(MeetingAccessDenied.class).as("a forged invitation request for another's item")
            .isThrownBy(() -> planning.meetingOfCaseworker(queued.id(), itemId, BERIT));
        assertThatExceptionOfType(MeetingAccessDenied.class).as("an item on another meeting")
            .isThrownBy(() -> planning.meetingOfCaseworker(queued.id() + 1, itemId, ANNA));

        cases.closeByCaseworker(annas, ANNA, se.finsam.samverkansbot.cases.Outcome.NOT_NEEDED, true);
        assertThat(planning.nextMeeting(team).orElseThrow().items())
            .as("a closed case leaves an agenda that has not gone out")
            .isEmpty();
    }

    @Test
    void theAgendaAndTheReminderGoOutOnceAtTheirTimeAcrossEasterAndSummerTime() {
        clock.setLocal(LocalDateTime.of(2027, 3, 15, 9, 0));
        String team = team("notices", "Hässleholm");
        planning.saveSeries(team, everyOtherTuesday("2027-03-30", 3), SVEN);
        long caseId = raise("Hässleholm", ANNA);
        MeetingView queued = planning.queueByCaseworker(caseId, ANNA, true);
        // Tuesday 30 March, after annandag påsk and långfredagen: three working days
        // before is Tuesday 23 March, 12:00 winter time.
        assertThat(queued.agendaDeadline()).isEqualTo(Instant.parse("2027-03-23T11:00:00Z"));

        clock.set(Instant.parse("2027-03-23T10:59:00Z"));
        planning.sendDueNotices();
        assertThat(agendasOf(team)).isEmpty();

        clock.set(Instant.parse("2027-03-23T11:00:00Z"));
        planning.sendDueNotices();
        planning.sendDueNotices();
        assertThat(agendasOf(team)).singleElement().satisfies((agenda) -> {
            assertThat(agenda.meeting().start().toInstant()).as("13:00 summer time")
                .isEqualTo(Instant.parse("2027-03-30T11:00:00Z"));
            assertThat(agenda.meeting().attendingItems()).extracting(AgendaItemView::caseworker).containsExactly(ANNA);
            assertThat(agenda.meeting().agendaPublished()).isTrue();
        });
        assertThat(planning.queueByTeam(raise("Hässleholm", BERIT), team, MEMBER).date())
            .as("the agenda of the 30th has gone out")
            .isEqualTo(LocalDate.of(2027, 4, 13));

        clock.set(Instant.parse("2027-03-30T05:59:00Z"));
        planning.sendDueNotices();
        assertThat(remindersOf(team)).isEmpty();
        // 08:00 summer time.
        clock.set(Instant.parse("2027-03-30T06:00:00Z"));
        planning.sendDueNotices();
        planning.sendDueNotices();
        assertThat(remindersOf(team)).singleElement()
            .satisfies((reminder) -> assertThat(reminder.meeting().items()).hasSize(1));
        assertThat(agendasOf(team)).hasSize(1);
    }

    @Test
    void aCancelledMeetingsItemsMoveToTheNextAndAMovedMeetingRaisesItsSequence() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("cancel", "Kristianstad");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        planning.queueByCaseworker(raise("Kristianstad", ANNA), ANNA, true);
        MeetingView twelfth = planning.queueByCaseworker(raise("Kristianstad", BERIT), BERIT, false);

        assertThatExceptionOfType(MeetingAccessDenied.class)
            .isThrownBy(() -> planning.cancelMeeting(twelfth.id(), team, "Lokalen är upptagen", Set.of(), ANNA));
        assertThatExceptionOfType(MeetingAccessDenied.class).as("another team's meeting")
            .isThrownBy(() -> planning.cancelMeeting(twelfth.id(), "other", "Lokalen är upptagen", Set.of(), SVEN));
        assertThatExceptionOfType(InvalidMeetingInput.class)
            .isThrownBy(() -> planning.cancelMeeting(twelfth.id(), team, "Ring 19850312-1234", Set.of(), SVEN))
            .satisfies((e) -> assertThat(e.errors()).containsEntry("reason", "privacy"));
        assertThat(planning.meeting(twelfth.id(), team).status()).isEqualTo(MeetingStatus.PLANNED);

        MeetingCancelled cancelled = planning.cancelMeeting(twelfth.id(), team, "Lokalen är upptagen", Set.of(), SVEN);

        assertThat(cancelled.meeting().items()).hasSize(2);
        assertThat(cancelled.meeting().sequence()).isEqualTo(1);
        assertThat(cancelled.moved()).extracting((moved) -> moved.to().date(), (moved) -> moved.item().slotStart())
            .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 26), LocalTime.of(13, 0)),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 26), LocalTime.of(13, 20)));
        assertThat(events.stream(MeetingCancelled.class)).hasSize(1);
        assertThat(planning.plan(team)).first().satisfies((meeting) -> {
            assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(meeting.reason()).isEqualTo("Lokalen är upptagen");
        });
        MeetingView next = planning.nextMeeting(team).orElseThrow();
        assertThat(next.items()).hasSize(2);

        MeetingView moved = planning.moveMeeting(next.id(), team, "2027-01-27", "10:00", "Krockar med utbildning",
                Set.of(), SVEN);

        assertThat(moved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 27, 10, 0));
        assertThat(moved.sequence()).isEqualTo(next.sequence() + 1);
        assertThat(moved.items()).extracting(AgendaItemView::slotStart)
            .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 20));
        assertThat(moved.agendaDeadline()).as("three working days before the 27th")
            .isEqualTo(Instant.parse("2027-01-22T11:00:00Z"));
        assertThat(events.stream(MeetingMoved.class)).singleElement()
            .satisfies((event) -> assertThat(event.previousStart().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 1, 26, 13, 0)));
        assertThatExceptionOfType(InvalidMeetingInput.class)
            .isThrownBy(() -> planning.moveMeeting(next.id(), team, "2027-01-01", "10:00", "Fel dag", Set.of(), SVEN))
            .satisfies((e) -> assertThat(e.errors()).containsEntry("date", "past"));
    }

    @Test
    void aCoordinatorMovesAndRemovesItems() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("items", "Perstorp");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        AgendaItemView a = planning.queueByCaseworker(raise("Perstorp", ANNA), ANNA, true).items().get(0);
        AgendaItemView b = planning.queueByCaseworker(raise("Perstorp", BERIT), BERIT, true).items().get(0);

        assertThatExceptionOfType(MeetingAccessDenied.class)
            .isThrownBy(() -> planning.moveItem(a.id(), team, null, MEMBER));
        AgendaItemMoved moved = planning.moveItem(a.id(), team, null, SVEN);

        assertThat(moved.to().date()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(moved.from().items()).as("the agenda closes the gap").singleElement().satisfies((left) -> {
            assertThat(left.id()).isEqualTo(b.id());
            assertThat(left.slotStart()).isEqualTo(LocalTime.of(13, 0));
        });
        AgendaItemRemoved removed = planning.removeItem(b.id(), team, SVEN);
        assertThat(removed.meeting().items()).isEmpty();
        assertThatExceptionOfType(MeetingAccessDenied.class).as("a removed item is gone")
            .isThrownBy(() -> planning.removeItem(b.id(), team, SVEN));
    }

    @Test
    void aChangedRhythmMovesTheItemsOfMeetingsThatNoLongerExist() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("change", "Bromölla");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        planning.queueByCaseworker(raise("Bromölla", ANNA), ANNA, true);

        SeriesForm thursdays = new SeriesForm("MONTHLY", null, "2", "THURSDAY", "09:00", "120", "30", "4",
                "Kommunhuset, rum Kullen", null, "2", "2027-01-01", "", "CANCEL", Set.of());
        planning.saveSeries(team, thursdays, SVEN);

        assertThat(planning.plan(team)).extracting(MeetingView::date)
            .startsWith(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 11));
        assertThat(events.stream(AgendaItemMoved.class)).singleElement().satisfies((moved) -> {
            assertThat(moved.from().date()).isEqualTo(LocalDate.of(2027, 1, 12));
            assertThat(moved.to().date()).isEqualTo(LocalDate.of(2027, 1, 14));
            assertThat(moved.item().slotStart()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(planning.nextMeetingsOf(ANNA)).extracting(MeetingView::date)
            .containsExactly(LocalDate.of(2027, 1, 14));
    }

    @Test
    void aSeriesFormWithErrorsStoresNothingAndOnlyCoordinatorsMayEditIt() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("form", "Östra Göinge");
        SeriesForm wrong = new SeriesForm("WEEKLY", "0", null, "SUNDAY", "25:00", "60", "20", "4", null, "http://x",
                "3", "12 januari", "2027-08-15/2027-06-21", "MAYBE", Set.of());

        assertThatExceptionOfType(InvalidMeetingInput.class).isThrownBy(() -> planning.saveSeries(team, wrong, SVEN))
            .satisfies((e) -> assertThat(e.errors()).containsOnlyKeys("intervalWeeks", "weekday", "startTime",
                    "maxCases", "onlineLink", "firstDate", "breaks", "holidayPolicy"));
        assertThat(planning.series(team)).isEmpty();
        assertThatExceptionOfType(MeetingAccessDenied.class)
            .isThrownBy(() -> planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), ANNA));
        assertThatExceptionOfType(InvalidMeetingInput.class)
            .isThrownBy(() -> planning.saveSeries("not-a-team", everyOtherTuesday("2027-01-12", 3), SVEN))
            .satisfies((e) -> assertThat(e.errors()).containsKey("team"));
        assertThat(planning.series(team)).isEmpty();
        assertThat(planning.plan(team)).isEmpty();
    }

    @Test
    void anApprovedProtocolRelaysTheAdviceAndIsLocked() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String team = team("protocol", "Klippan");
        planning.saveSeries(team, everyOtherTuesday("2027-01-12", 3), SVEN);
        long advised = raise("Klippan", ANNA);
        long other = raise("Klippan", BERIT);
        MeetingView meeting = planning.queueByCaseworker(advised, ANNA, true);
        long first = meeting.items().get(0).id();
        long second = planning.queueByCaseworker(other, BERIT, false).items().get(0).id();

        assertThatExceptionOfType(InvalidMeetingInput.class).as("the meeting's day has not come")
            .isThrownBy(() -> protocols.open(meeting.id(), team, SVEN));
        clock.setLocal(LocalDateTime.of(2027, 1, 12, 15, 0));
        assertThatExceptionOfType(MeetingAccessDenied.class).isThrownBy(() -> protocols.open(meeting.id(), team, ANNA));
        ProtocolView draft = protocols.open(meeting.id(), team, SVEN);
        assertThat(draft.entries()).extracting((e) -> e.item().id()).containsExactly(first, second);

        String advice = "Kontakta Försäkringskassans samverkansfunktion om arbetsträning.";
        protocols.saveDraft(meeting.id(), team, form("6", Map.of(first, new ProtocolForm.Entry("yes", advice, null))),
                SVEN);
        ProtocolForm refused = form("6",
                Map.of(first, new ProtocolForm.Entry("yes", "Ring henne på 19850312-1234", "SIP_RECOMMENDED"), second,
                        new ProtocolForm.Entry("no", null, "NEW_MEETING")));
        assertThatExceptionOfType(InvalidMeetingInput.class)
            .isThrownBy(() -> protocols.approve(meeting.id(), team, refused, SVEN, "Sven Koordinator"))
            .satisfies((e) -> assertThat(e.errors()).containsOnlyKeys("advice." + first));
        assertThat(protocols.protocol(meeting.id(), team, SVEN).entries().get(0).advice())
            .as("the refused text replaced nothing")
            .isEqualTo(advice);
        assertThatExceptionOfType(InvalidMeetingInput.class).as("an undecided item")
            .isThrownBy(() -> protocols.approve(meeting.id(), team,
                    form("6", Map.of(first, new ProtocolForm.Entry("yes", advice, "SIP_RECOMMENDED"))), SVEN,
                    "Sven Koordinator"))
            .satisfies((e) -> assertThat(e.errors()).containsOnlyKeys("discussed." + second));
        assertThat(events.stream(AdviceGiven.class)).isEmpty();

        ProtocolView approved = protocols.approve(meeting.id(), team,
                form("6", Map.of(first, new ProtocolForm.Entry("yes", advice, "SIP_RECOMMENDED"), second,
                        new ProtocolForm.Entry("no", null, "NEW_MEETING"))),
                SVEN, "Sven Koordinator");

        assertThat(approved.approved()).isTrue();
        assertThat(approved.agencies()).containsExactly(Agency.AF, Agency.FK);
        assertThat(events.stream(AdviceGiven.class)).singleElement()
            .satisfies((given) -> assertThat(given.caseId()).isEqualTo(advised));
        ConsultationCase relayed = cases.find(advised).orElseThrow();
        assertThat(relayed.entries()).filteredOn((entry) -> entry.kind() == EntryKind.ADVICE)
            .singleElement()
            .satisfies((entry) -> {
                assertThat(entry.body()).isEqualTo(advice);
                assertThat(entry.author().name()).isEqualTo("Sven Koordinator");
            });
        assertThat(events.stream(ProtocolApproved.class)).hasSize(1);
        assertThatExceptionOfType(InvalidMeetingInput.class)
            .isThrownBy(() -> protocols.saveDraft(meeting.id(), team, form("7", Map.of()), SVEN))
            .satisfies((e) -> assertThat(e.errors()).containsEntry("protocol", "approved"));

        String html = protocols.exportHtml(meeting.id(), team, SVEN);
        assertThat(html)
            .contains("<html lang=\"sv\">", relayed.reference(), "SIP rekommenderas", "Tas upp på ett nytt möte",
                    "Arbetsförmedlingen", "Sven Koordinator", "Strukturella hinder", "Långa handläggningstider")
            .doesNotContain(relayed.question(), advice, "Anna Handläggare", ANNA.value());
    }

    @Test
    void aCaseWishedAtAMeetingLeavesTheAgendaWithItsTeamAndJoinsTheNextTeamsMeeting() {
        clock.setLocal(LocalDateTime.of(2027, 1, 4, 9, 0));
        String first = team("wish-first", "Klippan");
        planning.saveSeries(first, everyOtherTuesday("2027-01-12", 3), SVEN);
        String next = team("wish-next", "Perstorp");
        planning.saveSeries(next, everyOtherTuesday("2027-01-19", 3), SVEN);
        long wished = cases
            .raise(new NewCase(Person.of(ANNA, "Anna Handläggare"), "tenant", new Kommun("Klippan"), Agency.FK,
                    Set.of(Agency.AF), AgeBand.AGE_30_39, Gender.NOT_STATED, Set.of(Category.RULES),
                    "Sjukskriven sedan länge, behöver stöd tillbaka till arbete.",
                    "Hur samordnar vi arbetsträning och ersättning?", false, MeetingWish.DISCUSS_AND_ATTEND, Set.of()))
            .id();
        assertThat(planning.nextMeeting(first).orElseThrow().items()).singleElement()
            .satisfies((item) -> assertThat(item.caseId()).isEqualTo(wished))
            .satisfies((item) -> assertThat(item.attend()).isTrue());
        assertThat(events.stream(MeetingWishGranted.class).filter((e) -> e.item().caseId() == wished)).hasSize(1);

        cases.withdrawTeam(first, TeamWithdrawn.Reason.BOT_REMOVED);
        assertThat(planning.nextMeeting(first).orElseThrow().items()).as("the case waits for a team").isEmpty();
        assertThat(planning.onComingAgenda(wished)).isFalse();

        cases.setUpTeam(next, "19:wish-next-channel@thread.tacv2", "Konsultationsteam Perstorp",
                List.of(new Kommun("Perstorp"), new Kommun("Klippan")), null);
        assertThat(planning.nextMeeting(next).orElseThrow().items()).singleElement()
            .satisfies((item) -> assertThat(item.caseId()).isEqualTo(wished))
            .satisfies((item) -> assertThat(item.attend()).isTrue());
        assertThat(events.stream(MeetingWishGranted.class).filter((e) -> e.item().caseId() == wished))
            .extracting((e) -> e.meeting().teamId())
            .containsExactly(first, next);
    }

    private static ProtocolForm form(String participants, Map<Long, ProtocolForm.Entry> entries) {
        return new ProtocolForm(participants, Set.of("AF", "FK"),
                "Långa handläggningstider mellan myndigheterna vid arbetsträning.", entries, Set.of());
    }

    private List<AgendaPublished> agendasOf(String team) {
        return events.stream(AgendaPublished.class).filter((e) -> e.meeting().teamId().equals(team)).toList();
    }

    private List<MeetingReminderDue> remindersOf(String team) {
        return events.stream(MeetingReminderDue.class).filter((e) -> e.meeting().teamId().equals(team)).toList();
    }

    private String team(String name, String kommun) {
        String teamId = "19:" + name + "@thread.tacv2";
        cases.setUpTeam(teamId, "19:" + name + "-channel@thread.tacv2", "Konsultationsteam " + kommun,
                List.of(new Kommun(kommun)), null);
        return teamId;
    }

    private long raise(String kommun, UserId caseworker) {
        NewCase details = new NewCase(
                Person.of(caseworker, caseworker.equals(ANNA) ? "Anna Handläggare" : "Berit Handläggare"), "tenant",
                new Kommun(kommun), Agency.FK, Set.of(Agency.AF, Agency.FK), AgeBand.AGE_30_39, Gender.NOT_STATED,
                Set.of(Category.RULES), "Sjukskriven sedan länge, behöver stöd tillbaka till arbete.",
                "Hur samordnar vi arbetsträning och ersättning?", false, Set.of());
        return cases.raise(details).id();
    }

    static SeriesForm everyOtherTuesday(String firstDate, int maxCases) {
        return new SeriesForm("WEEKLY", "2", null, "TUESDAY", "13:00", "60", "20", String.valueOf(maxCases),
                "Kommunhuset, rum Kullen", "https://teams.microsoft.com/l/meetup-join/konsultationsteam", "3",
                firstDate, "2027-06-21/2027-08-15", "NEXT_WORKING_DAY", Set.of());
    }

}
