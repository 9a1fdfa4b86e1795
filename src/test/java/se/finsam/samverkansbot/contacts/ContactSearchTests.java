package se.finsam.samverkansbot.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;

/**
 * Search quality on a small directory, without Spring: Swedish word forms, å/ä/ö folding,
 * typos, abbreviations and synonyms, and the kommun a query names or the user belongs to.
 */
class ContactSearchTests {

    static final Map<Agency, String> NAMES = Map.of(Agency.FK, "Försäkringskassan", Agency.AF, "Arbetsförmedlingen",
            Agency.REGION_PRIMARY_CARE, "Regionen, primärvård", Agency.REGION_PSYCHIATRY, "Regionen, vuxenpsykiatri",
            Agency.KOMMUN_SOCIAL_SERVICES, "Kommunen, socialtjänst", Agency.KOMMUN_LABOUR_MARKET,
            "Kommunen, arbetsmarknadsenhet", Agency.OTHER, "Annan");

    static final List<Kommun> KOMMUNER = List.of(new Kommun("Bromölla"), new Kommun("Hässleholm"),
            new Kommun("Kristianstad"), new Kommun("Osby"), new Kommun("Östra Göinge"));

    static ContactSearch search;

    @BeforeAll
    static void directory() {
        search = new ContactSearch(new ContactIndex(NAMES::get), KOMMUNER);
        search.rebuild(List.of(
                path(1, Agency.FK, "Lokal samverkan", List.of("Hässleholm", "Osby"), "sjukpenning, SGI, rehabilitering",
                        "När du behöver veta hur sjukpenningen påverkas."),
                path(2, Agency.FK, "Lokal samverkan", List.of("Kristianstad", "Bromölla"), "sjukpenning, SGI",
                        "När du behöver veta hur sjukpenningen påverkas."),
                path(3, Agency.REGION_PSYCHIATRY, "Vuxenpsykiatrisk mottagning", List.of("Hässleholm"),
                        "psykisk ohälsa, SIP", "När personen har kontakt med mottagningen."),
                path(4, Agency.REGION_PSYCHIATRY, "Vuxenpsykiatrisk mottagning", List.of("Kristianstad"),
                        "psykisk ohälsa, SIP", "När personen har kontakt med mottagningen."),
                path(5, Agency.AF, "Samverkansansvarig arbetsförmedlare", List.of(), "aktivitetsstöd, etablering",
                        "När en person behöver en insats från Arbetsförmedlingen."),
                path(6, Agency.KOMMUN_SOCIAL_SERVICES, "Ekonomiskt bistånd", List.of("Hässleholm"), "försörjningsstöd",
                        "När du behöver nå socialtjänsten om en gemensam planering."),
                path(7, Agency.REGION_PRIMARY_CARE, "Vårdcentralens rehabkoordinator", List.of("Osby"),
                        "sjukskrivning, läkarintyg", "När du behöver samordna kring en sjukskrivning."),
                retired(path(8, Agency.FK, "Gammal funktion sjukpenning", List.of(), "sjukpenning", "Används inte."))));
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    static ContactPath path(long id, Agency agency, String unit, List<String> kommuner, String topics, String when) {
        return ContactPath.stored(id, new ContactDetails("k" + id, agency, unit, kommuner, List.of(topics.split(",")),
                null, null, null, null, null, null, when, null, null, null), Instant.EPOCH);
    }

    static ContactPath retired(ContactPath path) {
        path.retire(Instant.EPOCH);
        return path;
    }

    static List<Long> ids(String query) {
        return ids(query, Optional.empty());
    }

    static List<Long> ids(String query, Optional<Kommun> users) {
        return search.search(query, users, 5).hits().stream().map(ContactPath::id).toList();
    }

    @Test
    void abbreviationFkWithTopicAndKommunFindsTheFkPathCoveringThatKommun() {
        assertThat(ids("fk sjukpenning osby")).first().isEqualTo(1L);
        assertThat(ids("fk sjukpenning osby")).doesNotContain(2L);
    }

    @Test
    void definiteFormFindsTheWordAndKommunFiltersToPathsCoveringIt() {
        assertThat(ids("psykiatrin hässleholm")).containsExactly(3L);
    }

    @Test
    void kommunWithoutDiacriticsIsRecognised() {
        assertThat(ids("psykiatri hassleholm")).containsExactly(3L);
        assertThat(ids("ekonomiskt bistand ostra goinge")).isEmpty();
    }

    @Test
    void wordsWithoutDiacriticsAndInOtherFormsMatch() {
        assertThat(ids("forsakringskassan sjukpenningen")).contains(1L, 2L);
        assertThat(ids("vardcentral")).containsExactly(7L);
    }

    @Test
    void typosAreForgiven() {
        assertThat(ids("sjukpeninng")).contains(1L, 2L);
        assertThat(ids("forsakringskasan")).contains(1L, 2L);
        assertThat(ids("rehabkordinator")).contains(7L);
    }

    @Test
    void abbreviationsAndSynonymsFindTheFullNamesAndBack() {
        assertThat(ids("af")).containsExactly(5L);
        assertThat(ids("vc")).containsExactly(7L);
        assertThat(ids("ekb hässleholm")).containsExactly(6L);
        assertThat(ids("försörjningsstöd")).containsExactly(6L);
        assertThat(ids("Arbetsförmedlingen etablering")).first().isEqualTo(5L);
    }

    @Test
    void pathsCoveringTheUsersKommunRankFirst() {
        assertThat(ids("fk sjukpenning", Optional.of(new Kommun("Kristianstad")))).first().isEqualTo(2L);
        assertThat(ids("fk sjukpenning", Optional.of(new Kommun("Osby")))).first().isEqualTo(1L);
    }

    @Test
    void aKommunNamedInTheQueryWinsOverTheUsersOwn() {
        assertThat(ids("psykiatri kristianstad", Optional.of(new Kommun("Hässleholm")))).containsExactly(4L);
    }

    @Test
    void pathsForAllKommunerAreFoundFromEveryKommun() {
        assertThat(ids("arbetsförmedlingen bromölla")).containsExactly(5L);
    }

    @Test
    void retiredPathsAreNotFound() {
        assertThat(ids("gammal funktion")).isEmpty();
    }

    @Test
    void wordsThatMatchNothingFindNothing() {
        assertThat(ids("xyzzy")).isEmpty();
        assertThat(search.search("", Optional.empty(), 5).hits()).isEmpty();
    }

    @Test
    void aKommunAloneListsThePathsCoveringIt() {
        assertThat(ids("osby")).containsExactlyInAnyOrder(1L, 5L, 7L);
    }

    @Test
    void genitiveKommunNamesAreRecognised() {
        SearchResult result = search.search("Hässleholms vuxenpsykiatri", Optional.empty(), 5);
        assertThat(result.kommun()).contains(new Kommun("Hässleholm"));
        assertThat(result.kommunNamed()).isTrue();
        assertThat(result.hits()).extracting(ContactPath::id).containsExactly(3L);
    }

    @Test
    void aChangedPathIsFoundByItsNewWords() {
        ContactSearch own = new ContactSearch(new ContactIndex(NAMES::get), KOMMUNER);
        ContactPath path = path(1, Agency.OTHER, "Budget- och skuldrådgivning", List.of(), "skulder", "Vid skulder.");
        own.rebuild(List.of(path));
        path.update(path.details().withKey("k1b"), Instant.EPOCH);
        ContactPath renamed = path(1, Agency.OTHER, "Konsumentvägledning", List.of(), "konsument", "Vid köp.");
        own.put(renamed);
        assertThat(own.search("konsumentvägledning", Optional.empty(), 5).hits()).hasSize(1);
        assertThat(own.search("skuldrådgivning", Optional.empty(), 5).hits()).isEmpty();
    }

}
