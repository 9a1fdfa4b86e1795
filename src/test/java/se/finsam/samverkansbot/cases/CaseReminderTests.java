package se.finsam.samverkansbot.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.Scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A case without advice reminds the coordinators of its kommun after the configured
 * number of working days (Monday to Friday), once.
 */
class CaseReminderTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Cases cases = mock(Cases.class);

    private final ConsultationTeams teams = mock(ConsultationTeams.class);

    private final List<Object> events = new ArrayList<>();

    private final Organisation organisation = new Organisation(new OrganisationProperties(List.of("Osby"), List.of(),
            List.of(new OrganisationProperties.Coordinator("aad-sven", "Sven", List.of("Osby")))));

    @Test
    void aCaseRaisedOnFridayRemindsOnWednesdayAfterThreeWorkingDaysNotBefore() {
        // Friday 2026-11-27 at 15:00; three working days are Monday, Tuesday, Wednesday.
        ConsultationCase raised = caseRaisedAt(LocalDateTime.of(2026, 11, 27, 15, 0));
        given(cases.findUnadvisedRaisedBefore(any())).willReturn(List.of(raised));
        given(cases.save(any())).willAnswer((invocation) -> invocation.getArgument(0));

        assertThat(management(LocalDateTime.of(2026, 12, 1, 23, 0)).remindAboutCasesWithoutAdvice()).isZero();
        assertThat(events).isEmpty();

        assertThat(management(LocalDateTime.of(2026, 12, 2, 8, 0)).remindAboutCasesWithoutAdvice()).isOne();
        assertThat(events).containsExactly(new CaseAwaitsAdvice(7L, List.of(UserId.of("aad-sven"))));
        assertThat(raised.remindedAt()).as("reminded once: the query leaves it out from now on").isNotNull();
    }

    @Test
    void aCaseRaisedBeforeChristmasIsNotDueOnTheHolidays() {
        // Monday 2026-12-21; 22 and 23 December are working days, 24–27 are not, so the
        // third working day is Monday 28 December.
        ConsultationCase raised = caseRaisedAt(LocalDateTime.of(2026, 12, 21, 10, 0));
        given(cases.findUnadvisedRaisedBefore(any())).willReturn(List.of(raised));
        given(cases.save(any())).willAnswer((invocation) -> invocation.getArgument(0));

        assertThat(management(LocalDateTime.of(2026, 12, 27, 12, 0)).remindAboutCasesWithoutAdvice()).isZero();
        assertThat(management(LocalDateTime.of(2026, 12, 28, 8, 0)).remindAboutCasesWithoutAdvice()).isOne();
    }

    private CaseManagement management(LocalDateTime now) {
        Clock clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
        return new CaseManagement(cases, teams, null, null, (text) -> Scan.clean(), organisation, events::add,
                new CaseProperties(3, java.time.Duration.ofHours(1), List.of()), clock, new CoreProperties(ZONE),
                new se.finsam.samverkansbot.core.WorkingDays());
    }

    private ConsultationCase caseRaisedAt(LocalDateTime at) {
        NewCase details = new NewCase(Person.of(UserId.of("aad-anna"), "Anna"), "tenant", new Kommun("Osby"), Agency.FK,
                Set.of(Agency.AF), AgeBand.AGE_30_39, null, Set.of(Category.RULES), "Situationen.", "Frågan?", false,
                Set.of());
        ConsultationCase raised = new ConsultationCase("K-2026-0007", "tenant", details, "team",
                at.atZone(ZONE).toInstant());
        org.springframework.test.util.ReflectionTestUtils.setField(raised, "id", 7L);
        return raised;
    }

}
