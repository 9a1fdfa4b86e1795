package se.finsam.samverkansbot.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.FindingType;
import se.finsam.samverkansbot.privacy.PrivacyGuard;
import se.finsam.samverkansbot.privacy.Scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The façade checks every text again, whatever the Teams edge did: a word that may be a
 * name passes only when the caseworker confirmed it is not one, a certain finding never
 * passes, and a refused case leaves nothing stored and publishes nothing.
 */
class CaseManagementTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Cases cases = mock(Cases.class);

    private final ConsultationTeams teams = mock(ConsultationTeams.class);

    private final CaseReferences references = mock(CaseReferences.class);

    private final List<Object> events = new ArrayList<>();

    private final Organisation organisation = new Organisation(
            new OrganisationProperties(List.of("Osby", "Kristianstad"), List.of(), List.of()));

    /** Flags "Sara" as a possible name and any "19850312-1234" as certain. */
    private final PrivacyGuard guard = (text) -> {
        List<Finding> findings = new ArrayList<>();
        int name = text.indexOf("Sara");
        if (name >= 0) {
            findings.add(Finding.uncertain(FindingType.NAME, name, name + 4));
        }
        int number = text.indexOf("19850312-1234");
        if (number >= 0) {
            findings.add(Finding.certain(FindingType.PERSONNUMMER, number, number + 13));
        }
        return new Scan(findings);
    };

    private final CaseManagement management = new CaseManagement(cases, teams, references, mock(TeamMembers.class),
            guard, organisation, events::add, new CaseProperties(3, java.time.Duration.ofHours(1), List.of()),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZONE), new CoreProperties(ZONE),
            new se.finsam.samverkansbot.core.WorkingDays());

    CaseManagementTests() {
        ConsultationTeam team = new ConsultationTeam("team-1");
        team.setUp("channel-1", "Konsultationsteam", List.of(new Kommun("Osby")), null, Instant.EPOCH);
        given(teams.findAll()).willReturn(List.of(team));
        given(references.next(anyInt())).willReturn("K-2026-0001");
        given(cases.save(any())).willAnswer((invocation) -> {
            ConsultationCase saved = invocation.getArgument(0);
            org.springframework.test.util.ReflectionTestUtils.setField(saved, "id", 1L);
            return saved;
        });
    }

    @Test
    void aPossibleNameIsRefusedUntilTheCaseworkerConfirmsItIsNotOne() {
        assertThatExceptionOfType(CaseTextRefused.class)
            .isThrownBy(() -> management.raise(newCase("Kontakt med Sara på FK.", Set.of())));
        verify(cases, never()).save(any());
        assertThat(events).isEmpty();

        ConsultationCase raised = management.raise(newCase("Kontakt med Sara på FK.", Set.of("sara")));
        assertThat(raised.reference()).isEqualTo("K-2026-0001");
        assertThat(raised.teamId()).isEqualTo("team-1");
        assertThat(events).first().isEqualTo(new CaseRaised(1L, "K-2026-0001", "team-1"));
        assertThat(events).last()
            .isInstanceOfSatisfying(UserActed.class, (acted) -> assertThat(acted.action()).isEqualTo("case.raised"));
        assertThat(events).hasSize(2);
    }

    @Test
    void aCertainFindingCannotBeConfirmedAway() {
        assertThatExceptionOfType(CaseTextRefused.class)
            .isThrownBy(() -> management.raise(newCase("pnr 19850312-1234", Set.of("19850312-1234"))))
            .withMessageNotContaining("19850312");
        verify(cases, never()).save(any());
    }

    @Test
    void aKommunNoTeamCoversStoresNothing() {
        assertThatExceptionOfType(NoTeamForKommun.class)
            .isThrownBy(() -> management.raise(new NewCase(Person.of(UserId.of("aad-anna"), "Anna"), "tenant",
                    new Kommun("Kristianstad"), Agency.FK, EnumSet.of(Agency.AF), AgeBand.AGE_18_24, null,
                    EnumSet.of(Category.YOUNG), "Situationen.", "Frågan?", false, Set.of())));
        verify(cases, never()).save(any());
        verify(references, never()).next(anyInt());
    }

    private static NewCase newCase(String situation, Set<String> confirmed) {
        return new NewCase(Person.of(UserId.of("aad-anna"), "Anna"), "tenant", new Kommun("Osby"), Agency.FK,
                EnumSet.of(Agency.AF), AgeBand.AGE_18_24, null, EnumSet.of(Category.RULES), situation, "Vad gör vi?",
                false, confirmed);
    }

}
