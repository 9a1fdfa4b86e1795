package se.finsam.samverkansbot.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyGuardApiTests {

    private static final String TEXT = "Kvinnan Ebba, 19850101-1234, vill ha stöd.";

    private final PrivacyGuard guard = text -> new Scan(
            List.of(Finding.certain(FindingType.PERSONNUMMER, 14, 27), Finding.uncertain(FindingType.NAME, 8, 12)));

    @Test
    void findingsAreOrderedByPosition() {
        assertThat(guard.scan(TEXT).findings()).extracting(Finding::type)
            .containsExactly(FindingType.NAME, FindingType.PERSONNUMMER);
    }

    @Test
    void confirmedWordIsLeftOutButCertainFindingStays() {
        Scan scan = guard.scan(TEXT, List.of(" ebba "));
        assertThat(scan.findings()).extracting(Finding::type).containsExactly(FindingType.PERSONNUMMER);
        assertThat(scan.blocks()).isTrue();
    }

    @Test
    void onlyUncertainFindingsAskForConfirmation() {
        Scan scan = new Scan(List.of(Finding.uncertain(FindingType.NAME, 8, 12)));
        assertThat(scan.blocks()).isFalse();
        assertThat(scan.needsConfirmation()).isTrue();
    }

    @Test
    void scanPrintsNoText() {
        assertThat(guard.scan(TEXT).toString()).doesNotContain("Ebba").doesNotContain("1234");
    }

}
