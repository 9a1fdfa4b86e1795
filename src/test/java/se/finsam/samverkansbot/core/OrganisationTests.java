package se.finsam.samverkansbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationTests {

    private static final UserId KARIN = UserId.of("karin");

    private static final UserId OLLE = UserId.of("olle");

    private final Organisation organisation = new Organisation(
            new OrganisationProperties(List.of("Osby", "Östra Göinge", "Hässleholm"), List.of("admin"),
                    List.of(new OrganisationProperties.Coordinator("karin", "Karin", List.of("Osby", "ostra goinge")),
                            new OrganisationProperties.Coordinator("olle", "Olle", List.of()))));

    @Test
    void kommunIsFoundWhateverItsCaseAccentsOrSpacing() {
        assertThat(this.organisation.kommun(" östra  göinge")).contains(new Kommun("Östra Göinge"));
        assertThat(this.organisation.kommun("OSTRA-GOINGE")).contains(new Kommun("Östra Göinge"));
        assertThat(this.organisation.kommun("Malmö")).isEmpty();
        assertThat(this.organisation.kommun("")).isEmpty();
    }

    @Test
    void anAddressTellsTheKommunOrAgencyOfItsDomainOrOneAboveIt() {
        Organisation withDomains = new Organisation(
                new OrganisationProperties(List.of("Osby", "Östra Göinge", "Hässleholm"), List.of(), List.of(),
                        List.of(new OrganisationProperties.MailDomain("forsakringskassan.se", null, Agency.FK),
                                new OrganisationProperties.MailDomain("goinge.example", "Östra Göinge", null))));

        assertThat(withDomains.kommunOfAddress("anna@OSBY.se")).contains(new Kommun("Osby"));
        assertThat(withDomains.kommunOfAddress("anna@socialtjansten.ostragoinge.se"))
            .contains(new Kommun("Östra Göinge"));
        assertThat(withDomains.kommunOfAddress("anna@goinge.example")).contains(new Kommun("Östra Göinge"));
        assertThat(withDomains.agencyOfAddress("per@forsakringskassan.se")).contains(Agency.FK);
        assertThat(withDomains.kommunOfAddress("per@forsakringskassan.se")).isEmpty();
        assertThat(withDomains.kommunOfAddress("anna@osby.se.example.com")).isEmpty();
        assertThat(withDomains.kommunOfAddress("anna@gmail.com")).isEmpty();
        assertThat(withDomains.kommunOfAddress("osby.se")).isEmpty();
        assertThat(withDomains.kommunOfAddress(null)).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> new Organisation(new OrganisationProperties(List.of("Osby"),
                List.of(), List.of(), List.of(new OrganisationProperties.MailDomain("malmo.se", "Malmö", null)))));
    }

    @Test
    void coordinatorWithoutKommunerCoordinatesAllOfThem() {
        assertThat(this.organisation.coordinatedBy(OLLE)).extracting(Kommun::name)
            .containsExactly("Osby", "Östra Göinge", "Hässleholm");
        assertThat(this.organisation.coordinatedBy(KARIN)).extracting(Kommun::name)
            .containsExactly("Osby", "Östra Göinge");
    }

    @Test
    void kommunHasItsCoordinators() {
        assertThat(this.organisation.coordinatorsOf(new Kommun("Hässleholm"))).containsExactly(OLLE);
        assertThat(this.organisation.coordinatorsOf(new Kommun("Osby"))).containsExactly(KARIN, OLLE);
    }

    @Test
    void rolesAreOnlyThoseConfigured() {
        assertThat(this.organisation.isAdmin(UserId.of("admin"))).isTrue();
        assertThat(this.organisation.isAdmin(KARIN)).isFalse();
        assertThat(this.organisation.isCoordinator(KARIN)).isTrue();
        assertThat(this.organisation.isCoordinator(UserId.of("admin"))).isFalse();
        assertThat(this.organisation.coordinatedBy(UserId.of("admin"))).isEmpty();
    }

    @Test
    void coordinatorOfAnUnknownKommunStopsTheStart() {
        assertThatIllegalStateException()
            .isThrownBy(() -> new Organisation(new OrganisationProperties(List.of("Osby"), List.of(),
                    List.of(new OrganisationProperties.Coordinator("karin", "Karin", List.of("Malmö"))))))
            .withMessageContaining("Malmö");
    }

}
