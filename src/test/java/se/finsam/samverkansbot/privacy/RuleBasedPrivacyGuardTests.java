package se.finsam.samverkansbot.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule of the guard per test: what it finds, with its exact span, and what it leaves.
 */
class RuleBasedPrivacyGuardTests {

    private final PrivacyGuard guard = new RuleBasedPrivacyGuard(
            new PrivacyProperties(List.of("0771-416 416", "+46 771 17 90 00"), List.of("samordning@finsam.example.se"),
                    List.of("hassleholm.se"), List.of("registrator", "info"), null, 100_000));

    private void assertFound(String text, FindingType type, String expected) {
        Scan scan = guard.scan(text);
        assertThat(scan.findings()).as("findings in: " + text).anySatisfy(finding -> {
            assertThat(finding.type()).isEqualTo(type);
            assertThat(finding.in(text)).isEqualTo(expected);
        });
    }

    private void assertClean(String text) {
        Scan scan = guard.scan(text);
        assertThat(scan.findings()).as("findings in: " + text + " " + describe(text, scan)).isEmpty();
    }

    private static String describe(String text, Scan scan) {
        return scan.findings().stream().map(f -> f.type() + " '" + f.in(text) + "'").toList().toString();
    }

    // ---------------------------------------------------------------- personnummer

    @ParameterizedTest
    @ValueSource(
            strings = { "870312-4521", "8703124521", "19870312-4521", "198703124521", "870312 4521", "19870312 4521" })
    void personnummerInEveryCommonFormIsFound(String number) {
        assertFound("Hon har nummer " + number + " i ansökan.", FindingType.PERSONNUMMER, number);
    }

    @Test
    void personnummerWithPlusForCentenarianIsFound() {
        assertFound("Mannen, 121212+1212, är över hundra.", FindingType.PERSONNUMMER, "121212+1212");
    }

    @Test
    void personnummerWithWrongCheckDigitIsFound() {
        assertFound("Numret 870312-4529 är felskrivet.", FindingType.PERSONNUMMER, "870312-4529");
    }

    @Test
    void samordningsnummerWithDayPlusSixtyIsFound() {
        assertFound("Samordningsnummer 870372-1234.", FindingType.PERSONNUMMER, "870372-1234");
    }

    @Test
    void organisationNumberIsNotAPersonnummer() {
        assertClean("Försäkringskassan har organisationsnummer 202100-5521.");
    }

    // ---------------------------------------------------------------- phone

    @ParameterizedTest
    @ValueSource(strings = { "070-123 45 67", "0701234567", "070 123 45 67", "0701-23 45 67", "+46 70 123 45 67",
            "+46701234567", "0046 70 123 45 67", "08-123 456 78", "08-55 66 77 88", "044-13 50 00", "0451-123 45",
            "(044) 13 50 00", "+46 (0)44 123 456", "+46 8 123 456 78", "040-12 34 56", "070 - 123 45 67" })
    void swedishPhoneNumberInAnyUsualFormattingIsFound(String number) {
        assertFound("Ring " + number + " efter lunch.", FindingType.PHONE, number);
    }

    @Test
    void allowListedSwitchboardIsNotFlagged() {
        assertClean("Ring Arbetsförmedlingen på 0771-416 416 tillsammans med deltagaren.");
        assertClean("Försäkringskassan för samverkanspartner: 0771-17 90 00.");
    }

    @Test
    void shortServiceNumbersAreNotFlagged() {
        assertClean("Ring 1177 för vård och 112 vid nödläge.");
    }

    @Test
    void amountsAreNotPhoneNumbers() {
        assertClean("Hon får 12 500 kr och har en skuld på 1 234,50 kronor, totalt 2 319 210 kr i projektet.");
    }

    @Test
    void budgetTableRowIsNotAPhoneNumber() {
        assertClean("Projektledare 60 712 733 1505");
    }

    // ---------------------------------------------------------------- e-mail

    @Test
    void emailAddressIsFound() {
        assertFound("Mejla anna.lindqvist@hassleholm.se i dag.", FindingType.EMAIL, "anna.lindqvist@hassleholm.se");
    }

    @Test
    void functionMailboxOfConfiguredDomainIsNotFlagged() {
        assertClean("Skicka begäran till registrator@hassleholm.se.");
        assertClean("Frågor till samordning@finsam.example.se.");
    }

    @Test
    void functionMailboxNameAtOtherDomainIsFlagged() {
        assertFound("Skriv till info@gmail.com.", FindingType.EMAIL, "info@gmail.com");
    }

    // ---------------------------------------------------------------- names

    @Test
    void unambiguousFirstNameAloneIsFound() {
        assertFound("Vi har pratat med Ahmed om praktik.", FindingType.NAME, "Ahmed");
    }

    @Test
    void firstNameAtSentenceStartIsFound() {
        assertFound("Abdirahman har fått besked.", FindingType.NAME, "Abdirahman");
    }

    @Test
    void fullNameIsFoundAsOneCertainFinding() {
        Scan scan = guard.scan("Hon heter Amina Hassan och är 34 år.");
        assertThat(scan.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.in("Hon heter Amina Hassan och är 34 år.")).isEqualTo("Amina Hassan");
            assertThat(finding.certainty()).isEqualTo(Certainty.CERTAIN);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "Zeynep Yılmaz", "Goran Petrović", "Fatemeh Rahimi", "Ewa Kowalska", "Yohannes Berhe",
            "Fadumo Abdi", "Linnea Ek" })
    void namesOfEveryOriginCommonInSwedenAreFound(String name) {
        assertFound("Klienten " + name + " vill ha stöd.", FindingType.NAME, name);
    }

    @Test
    void surnameWithTitleIsFound() {
        assertFound("Ring fru Andersson på vårdcentralen.", FindingType.NAME, "Andersson");
        assertFound("Kontakta handläggare Svensson på Försäkringskassan.", FindingType.NAME, "Svensson");
    }

    @Test
    void nameThatIsAlsoAWordIsFoundWhenContextShowsAName() {
        assertFound("Björn berättar att han mår dåligt.", FindingType.NAME, "Björn");
        assertFound("Hennes son Björn är 16 år.", FindingType.NAME, "Björn");
        assertFound("Klienten Rosa har skulder.", FindingType.NAME, "Rosa");
        assertFound("Vi pratade med Sten i går.", FindingType.NAME, "Sten");
    }

    @Test
    void nameThatIsAlsoAWordIsUncertainWithoutStrongContext() {
        Scan scan = guard.scan("Vi pratade med Sten i går.");
        assertThat(scan.findings()).singleElement()
            .satisfies(finding -> assertThat(finding.certainty()).isEqualTo(Certainty.UNCERTAIN));
        assertThat(scan.needsConfirmation()).isTrue();
    }

    @Test
    void wordThatIsAlsoANameIsNotFlaggedAsOrdinaryWord() {
        assertClean("Rosa lappen från Försäkringskassan har kommit. Per månad får hon 9 000 kr.");
        assertClean("Hans mamma har hjälpt till. Bo kvar är det hon vill. Klara mål behövs.");
        assertClean("Man behöver se över situationen. Alla parter var med.");
    }

    @Test
    void unknownCapitalisedWordAfterRelationIsAName() {
        assertFound("Hon bor med sin sambo Micke och deras dotter.", FindingType.NAME, "Micke");
    }

    @Test
    void lowerCaseNameAfterRelationIsFound() {
        assertFound("hon bor med sonen ahmed", FindingType.NAME, "ahmed");
    }

    @Test
    void possessiveOfNameIsFound() {
        assertFound("Ahmeds mamma har hört av sig.", FindingType.NAME, "Ahmeds");
    }

    @Test
    void kommunAndAgencyNamesAreNotFlagged() {
        assertClean("Hässleholm, Osby, Östra Göinge, Perstorp, Högsby, Oskarshamn, Arvika, Eda, Oxelösund och "
                + "Kristianstad samverkar med Arbetsförmedlingen, Försäkringskassan, Region Skåne och vuxenpsykiatrin.");
        assertClean("Han bor i Eda och pendlar till Arvika kommun.");
    }

    @Test
    void countriesAreNotFlagged() {
        assertClean("Hon kommer från Eritrea och har bott i Syrien, Somalia och Kenya.");
    }

    @Test
    void eponymousDiagnosesAreNotFlagged() {
        assertClean("Han har Aspergers syndrom och Tourettes syndrom, hon har Crohns sjukdom.");
    }

    @Test
    void acronymsAndDiagnosesAreNotFlagged() {
        assertClean("SIP, SGI, TUNA, KASAM, LSS, LVM, AF, FK och BUP. Diagnoserna ADHD, PTSD och F32.1.");
    }

    // ---------------------------------------------------------------- addresses

    @ParameterizedTest
    @ValueSource(strings = { "Storgatan 12", "Ringvägen 3 B", "Sveavägen 44 lgh 1102", "Östra Boulevarden 14",
            "Drottninggatan 45B" })
    void streetAddressIsFound(String address) {
        assertFound("Hon bor på " + address + " sedan i fjol.", FindingType.ADDRESS, address);
    }

    @Test
    void postalCodeWithTownIsFound() {
        assertFound("Adress: 281 31 Hässleholm.", FindingType.ADDRESS, "281 31 Hässleholm");
    }

    @Test
    void planWithYearIsNotAnAddress() {
        assertClean("Verksamhetsplan 2021 och Handlingsplan 2 antogs.");
    }

    // ---------------------------------------------------------------- birth dates

    @ParameterizedTest
    @ValueSource(strings = { "född 12 mars 1987|12 mars 1987", "f. 1987-03-12|1987-03-12", "fd 870312|870312",
            "född den 3/1 1995|3/1 1995", "Födelsedatum: 1990-05-17|1990-05-17" })
    void exactDateOfBirthIsFound(String caseAndSpan) {
        String[] parts = caseAndSpan.split("\\|");
        assertFound("Personen är " + parts[0] + " och bor ensam.", FindingType.BIRTH_DATE, parts[1]);
    }

    @Test
    void ordinaryDatesAndYearsAreNotFlagged() {
        assertClean("Mötet är 12 mars kl. 13.00. Beslutet kom 2026-03-12. Han är född 1958.");
    }

    // ---------------------------------------------------------------- case, account and
    // card numbers

    @Test
    void caseNumberAfterCueIsFound() {
        assertFound("Ärendenummer 12345-2024 gäller sjukpenning.", FindingType.CASE_NUMBER, "12345-2024");
        assertFound("Dnr SN 2024/1187, beslut i mars.", FindingType.CASE_NUMBER, "SN 2024/1187");
    }

    @Test
    void accountNumberAfterCueIsFound() {
        assertFound("Kontonummer 8327-9 123 456 789-0 hos banken.", FindingType.CASE_NUMBER, "8327-9 123 456 789-0");
    }

    @Test
    void cardNumberWithValidLuhnIsFound() {
        assertFound("Kortet 4539 1488 0343 6467 är spärrat.", FindingType.CASE_NUMBER, "4539 1488 0343 6467");
    }

    @Test
    void botCaseReferenceIsNotFlagged() {
        assertClean("Ärende K-2026-0042 är stängt.");
    }

    // ---------------------------------------------------------------- what is not
    // flagged

    @Test
    void agesAndAgeRangesAreNotFlagged() {
        assertClean("Kvinna 45 år, man 30–40 år, barn 4 och 7 år, unga 16-29 år.");
    }

    @Test
    void lawReferenceIsNotFlagged() {
        assertClean("Enligt 27 kap. 46 § SFB, SFS 1962:381 och 5 kap. 1 § SoL samt lagen (1993:387).");
    }

    @Test
    void percentagesAreNotFlagged() {
        assertClean("Sjukskriven 25 %, 50 procent och sedan 75 %.");
    }

    @Test
    void emptyTextIsClean() {
        assertThat(guard.scan("").isClean()).isTrue();
        assertThat(guard.scan(null).isClean()).isTrue();
    }

    @Test
    void spansAreJavaStringOffsets() {
        String text = "Ärendet 😀 gäller 070-123 45 67.";
        Finding finding = guard.scan(text).findings().get(0);
        assertThat(finding.in(text)).isEqualTo("070-123 45 67");
    }

    @Test
    void nameInNoListInsideASentenceIsFound() {
        assertFound("Vi träffade Sepideh och hennes man Kourosh.", FindingType.NAME, "Sepideh");
        assertFound("Vi träffade Sepideh och hennes man Kourosh.", FindingType.NAME, "Kourosh");
    }

    @Test
    void nameInNoListAtSentenceStartIsFoundWhenAPersonsVerbFollows() {
        assertFound("Xamse har svårt att hitta jobb.", FindingType.NAME, "Xamse");
        assertFound("Luljeta berättar att hon mår bättre.", FindingType.NAME, "Luljeta");
    }

    @Test
    void unknownFirstNameBeforeKnownSurnameIsAFullName() {
        assertFound("Vi har pratat med Rebaz Karimi.", FindingType.NAME, "Rebaz Karimi");
    }

    @Test
    void capitalisedSwedishWordsAreNotNames() {
        assertClean("Ekonomin är ansträngd. Situationen har förvärrats. Samtidigt har hon fått jobb.");
        assertClean("Vi pratade med Förbundschefen och Arbetsplatsen var positiv.");
    }

    @Test
    void acronymCompoundsAreNotNames() {
        assertClean("Vi har haft SIP-möte och ESF-projektet har startat. Viktor-dagen var inställd.");
    }

    @Test
    void placeAfterPrepositionIsNotAName() {
        assertClean("Kvinnan kommer från Herat och har bott i Teheran.");
    }

    @Test
    void companiesAndSchoolsAreNotNames() {
        assertClean("Han har arbetat på Volvo, Scania och Ericsson och läser nu på Hermods.");
    }

    @Test
    void foreignPhoneNumberIsFound() {
        assertFound("Hennes bror nås på +47 912 34 567 i Norge.", FindingType.PHONE, "+47 912 34 567");
    }

    @Test
    void birthdayWithoutYearAfterBornIsFound() {
        assertFound("Han är född den 12 mars och fyller snart 40.", FindingType.BIRTH_DATE, "12 mars");
    }

    @Test
    void placeTypedWithoutSwedishLettersIsNotAName() {
        assertClean("Hon bor i Monsteras och pendlar till Hassleholm.");
    }

    @Test
    void labelledNumbersAreFound() {
        assertFound("tel:0701234567", FindingType.PHONE, "0701234567");
        assertFound("pnr.870312-4521", FindingType.PERSONNUMMER, "870312-4521");
    }

    @Test
    void surnameAtSentenceStartIsFoundWhenAPersonsVerbFollows() {
        assertFound("Andersson har varit sjukskriven.", FindingType.NAME, "Andersson");
        assertClean("Berg har en fin utsikt.");
    }

    @Test
    void medicinesAreNotNames() {
        assertClean("Hon tar Concerta och Melatonin.");
    }

    @Test
    void obfuscatedEmailIsFound() {
        assertFound("E-post: ali.hassan(at)gmail.com", FindingType.EMAIL, "ali.hassan(at)gmail.com");
    }

    @Test
    void anyPersonalNumberWordIsACue() {
        assertFound("Han har LMA-kortnummer 123456789.", FindingType.CASE_NUMBER, "123456789");
        assertFound("Ärende 4711/2025 hos Kronofogden.", FindingType.CASE_NUMBER, "4711/2025");
        assertClean("Hon har organisationsnummer 212000-1355 på sitt bolag.");
    }

    @Test
    void titleAbbreviatedWithFullStopIsATitle() {
        assertFound("Beskedet kom från Dr. Ahlström på vårdcentralen.", FindingType.NAME, "Ahlström");
    }

    @Test
    void placeNameUsedAsSurnameAfterTitleIsFound() {
        assertFound("Handläggare Berg återkommer.", FindingType.NAME, "Berg");
    }

    @Test
    void nameAfterNicknameCueIsFound() {
        assertFound("Ungdomen, kallad Mo, vill bli elektriker.", FindingType.NAME, "Mo");
    }

    @Test
    void webServiceNamesAreNotNames() {
        assertClean("Hon kan inte logga in på Mina sidor utan BankID.");
    }

    @Test
    void lawsAndInstitutionsNamedAfterPeopleAreNotNames() {
        assertClean("Personalen har gjort en lex Sarah-anmälan och en Lex Maria.");
        assertClean("Hon vårdades på S:t Lars och Drottning Silvias barnsjukhus och har kontakt med Maria Ungdom.");
    }

    @Test
    void timeRangesAndProjectNumbersAreNotFlagged() {
        assertClean("Hon arbetar 08.00–14.24 och mötet är 09:30–11:00.");
        assertClean("Projektnummer 2021-00123 hos ESF-rådet.");
    }

    @Test
    void nameThatIsAWordIsFoundBeforeRelativeOrOchHennes() {
        assertFound("Rosa och hennes bror har flyttat.", FindingType.NAME, "Rosa");
        assertFound("Björns mamma har ringt.", FindingType.NAME, "Björns");
        assertClean("Hans mamma har ringt.");
    }

    @Test
    void postalCodeWithCountryPrefixIsFound() {
        assertFound("Adress: SE-281 31 Hässleholm", FindingType.ADDRESS, "281 31 Hässleholm");
    }

    @Test
    void anyTextIsScannedWithoutErrorAndSpansLieInsideIt() {
        String[] pieces = { "070-123 45 67", "+46", "0046", "(0)", "870312-4521", "Storgatan", " lgh ", "Box ", "född ",
                "f. ", "fd ", "dnr ", "kontonummer ", "(at)", "@", ".se", " Ahmed", " Klienten ", " heter ", "Dr.",
                " SE-", "281 31 ", "Hässleholm", "12 mars ", "1987", "-", "–", "/", ".", ",", "\n", "\t", "ü", "😀",
                "A-", "-B", "'", "s", "0", "7", " ", "Xamse", "Rosa", "12/3-", "ärende " };
        java.util.Random random = new java.util.Random(4);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String value = text.toString();
            assertThat(guard.scan(value).findings()).as(value)
                .allSatisfy(finding -> assertThat(finding.end()).isLessThanOrEqualTo(value.length()));
        }
    }

    @Test
    void compoundOfPlaceAndWordIsNotAName() {
        assertClean("Hon har ingen bil och Skånetrafiken går sällan; hon bor hos Stockholmshem.");
    }

    @Test
    void fullNameTypedInLowerCaseIsFound() {
        assertFound("vi har pratat med johan persson om saken", FindingType.NAME, "johan persson");
    }

}
