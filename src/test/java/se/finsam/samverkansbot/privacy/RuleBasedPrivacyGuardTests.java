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
                    List.of("hassleholm.se"), List.of("registrator", "info"), null, 100_000, 120));

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
            strings = { "910614-3382", "9106143382", "19910614-3382", "199106143382", "910614 3382", "19910614 3382" })
    void personnummerInEveryCommonFormIsFound(String number) {
        assertFound("Hon har nummer " + number + " i ansökan.", FindingType.PERSONNUMMER, number);
    }

    @Test
    void personnummerWithPlusForCentenarianIsFound() {
        assertFound("Mannen, 111104+2314, är över hundra.", FindingType.PERSONNUMMER, "111104+2314");
    }

    @Test
    void personnummerWithWrongCheckDigitIsFound() {
        assertFound("Numret 910614-3389 är felskrivet.", FindingType.PERSONNUMMER, "910614-3389");
    }

    @Test
    void samordningsnummerWithDayPlusSixtyIsFound() {
        assertFound("Samordningsnummer 930578-2241.", FindingType.PERSONNUMMER, "930578-2241");
    }

    @Test
    void organisationNumberIsNotAPersonnummer() {
        assertClean("Försäkringskassan har organisationsnummer 202100-5521.");
    }

    // ---------------------------------------------------------------- phone

    @ParameterizedTest
    @ValueSource(strings = { "072-604 18 39", "0726041839", "072 604 18 39", "0726-04 18 39", "+46 72 604 18 39",
            "+46726041839", "0046 72 604 18 39", "08-417 302 65", "08-39 71 26 54", "044-29 61 07", "0451-386 12",
            "(0413) 52 86 10", "+46 (0)44 318 207", "+46 8 652 190 43", "040-63 18 27", "072 - 604 18 39",
            "072–604 18 39", "0413 – 52 86 10", "010-486 31 72" })
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
    void aRangeWithAnEnDashIsNoPhoneNumber() {
        assertClean("Öppet 08.00–14.30 och 10–12 på fredagar, ärenden 2019–2023.");
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
        assertFound("Mejla sofia.wennberg@hassleholm.se i dag.", FindingType.EMAIL, "sofia.wennberg@hassleholm.se");
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
        assertFound("Shirin har fått besked.", FindingType.NAME, "Shirin");
    }

    @Test
    void fullNameIsFoundAsOneCertainFinding() {
        Scan scan = guard.scan("Hon heter Leyla Demir och är 34 år.");
        assertThat(scan.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.in("Hon heter Leyla Demir och är 34 år.")).isEqualTo("Leyla Demir");
            assertThat(finding.certainty()).isEqualTo(Certainty.CERTAIN);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "Elif Çelik", "Dragan Nikolić", "Shirin Moradi", "Agnieszka Wójcik", "Yohannes Berhe",
            "Fadumo Abdi", "Ebba Lind" })
    void namesOfEveryOriginCommonInSwedenAreFound(String name) {
        assertFound("Klienten " + name + " vill ha stöd.", FindingType.NAME, name);
    }

    @Test
    void surnameWithTitleIsFound() {
        assertFound("Ring fru Lundqvist på vårdcentralen.", FindingType.NAME, "Lundqvist");
        assertFound("Kontakta handläggare Holmberg på Försäkringskassan.", FindingType.NAME, "Holmberg");
    }

    @Test
    void nameThatIsAlsoAWordIsFoundWhenContextShowsAName() {
        assertFound("Stig berättar att han mår dåligt.", FindingType.NAME, "Stig");
        assertFound("Hennes son Stig är 16 år.", FindingType.NAME, "Stig");
        assertFound("Klienten Lilja har skulder.", FindingType.NAME, "Lilja");
        assertFound("Vi pratade med Dag i går.", FindingType.NAME, "Dag");
    }

    @Test
    void nameThatIsAlsoAWordIsUncertainWithoutStrongContext() {
        Scan scan = guard.scan("Vi skrev om Dag i protokollet.");
        assertThat(scan.findings()).singleElement()
            .satisfies(finding -> assertThat(finding.certainty()).isEqualTo(Certainty.UNCERTAIN));
        assertThat(scan.needsConfirmation()).isTrue();
    }

    @Test
    void wordThatIsAlsoANameIsNotFlaggedAsOrdinaryWord() {
        assertClean("Dag för dag blir det lättare. Per månad får hon 9 000 kr.");
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
    @ValueSource(strings = { "Tallvägen 19", "Kvarngatan 7 C", "Bäckvägen 31 lgh 1204", "Östra Boulevarden 14",
            "Drottninggatan 45B" })
    void streetAddressIsFound(String address) {
        assertFound("Hon bor på " + address + " sedan i fjol.", FindingType.ADDRESS, address);
    }

    @Test
    void postalCodeWithTownIsFound() {
        assertFound("Adress: 264 33 Klippan.", FindingType.ADDRESS, "264 33 Klippan");
    }

    @Test
    void planWithYearIsNotAnAddress() {
        assertClean("Verksamhetsplan 2021 och Handlingsplan 2 antogs.");
    }

    // ---------------------------------------------------------------- birth dates

    @ParameterizedTest
    @ValueSource(strings = { "född 4 oktober 1979|4 oktober 1979", "f. 1979-10-04|1979-10-04", "fd 791004|791004",
            "född den 3/1 1995|3/1 1995", "Födelsedatum: 1983-08-21|1983-08-21",
            "född enligt passet 1983/08/21|1983/08/21", "född 1983.08.21|1983.08.21" })
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
        assertFound("Ärendenummer 48213-2025 gäller sjukpenning.", FindingType.CASE_NUMBER, "48213-2025");
        assertFound("Dnr SN 2025/2214, beslut i mars.", FindingType.CASE_NUMBER, "SN 2025/2214");
    }

    @Test
    void accountNumberAfterCueIsFound() {
        assertFound("Kontonummer 8214-7 903 512 466-3 hos banken.", FindingType.CASE_NUMBER, "8214-7 903 512 466-3");
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
        String text = "Ärendet 😀 gäller 072-604 18 39.";
        Finding finding = guard.scan(text).findings().get(0);
        assertThat(finding.in(text)).isEqualTo("072-604 18 39");
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
        assertFound("Gustafsson har varit sjukskriven.", FindingType.NAME, "Gustafsson");
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
        assertFound("Ebba och hennes bror har flyttat.", FindingType.NAME, "Ebba");
        assertFound("Stigs mamma har ringt.", FindingType.NAME, "Stigs");
        assertClean("Hans mamma har ringt.");
    }

    @Test
    void postalCodeWithCountryPrefixIsFound() {
        assertFound("Adress: SE-264 33 Klippan", FindingType.ADDRESS, "264 33 Klippan");
    }

    @Test
    void anyTextIsScannedWithoutErrorAndSpansLieInsideIt() {
        String[] pieces = { "072-604 18 39", "+46", "0046", "(0)", "910614-3382", "Tallvägen", " lgh ", "Box ", "född ",
                "f. ", "fd ", "dnr ", "kontonummer ", "(at)", "@", ".se", " Ahmed", " Klienten ", " heter ", "Dr.",
                " SE-", "264 33 ", "Klippan", "4 oktober ", "1979", "-", "–", "/", ".", ",", "\n", "\t", "ü", "😀",
                "A-", "-B", "'", "s", "0", "7", " ", "Xamse", "Lilja", "12/3-", "ärende " };
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

    // ---------------------------------------------------------------- generalised rules

    private void assertCertain(String text, FindingType type, String expected) {
        Scan scan = guard.scan(text);
        assertThat(scan.findings()).as("findings in: " + text + " " + describe(text, scan)).anySatisfy(finding -> {
            assertThat(finding.type()).isEqualTo(type);
            assertThat(finding.in(text)).isEqualTo(expected);
            assertThat(finding.certainty()).isEqualTo(Certainty.CERTAIN);
        });
    }

    @Test
    void twoCapitalisedWordsInNoListAndNoLanguageAreAFullName() {
        assertCertain("Nkechi Obiora har fått avslag på sin ansökan.", FindingType.NAME, "Nkechi Obiora");
        assertCertain("Vi har träffat Ruslan Tkachuk två gånger.", FindingType.NAME, "Ruslan Tkachuk");
    }

    @Test
    void aSwedishWordBeforeASurnameSpeltLikeANameIsAFullName() {
        assertCertain("Rasa Paulauskaitė behöver hjälp med blanketten.", FindingType.NAME, "Rasa Paulauskaitė");
    }

    @Test
    void englishMethodNamesAreNoNames() {
        assertClean("Vi använder Critical Time Intervention och Peer Support i teamet.");
    }

    @Test
    void firstNameWhereAPersonStandsIsCertain() {
        assertCertain("Vi träffade Grzegorz i förra veckan.", FindingType.NAME, "Grzegorz");
        assertCertain("Siri vill inte att vi ringer hennes mamma.", FindingType.NAME, "Siri");
    }

    @Test
    void subjectWithAnAgeIsAName() {
        assertCertain("Ask är 57 och har varit arbetslös länge.", FindingType.NAME, "Ask");
        assertClean("Hon är 57 och har varit arbetslös länge. Ersättningen är 80 procent.");
    }

    @Test
    void subjectBeforeAPlacePhraseAndAVerbIsAName() {
        assertFound("Siv på vårdcentralen har skrivit intyget.", FindingType.NAME, "Siv");
    }

    @Test
    void surnameAloneBeforeAVerbAtASentenceStartIsFound() {
        assertFound("Bergkvist ringde i morse.", FindingType.NAME, "Bergkvist");
        assertCertain("Lindqvist ringde i morse.", FindingType.NAME, "Lindqvist");
    }

    @Test
    void firstNameInLowerCaseAfterAChatCueIsFound() {
        assertCertain("pratade med birgitta om det igår", FindingType.NAME, "birgitta");
        assertFound("ang. goran – han kom inte", FindingType.NAME, "goran");
        assertClean("pratade med henne om det igår, ang. mötet");
    }

    @Test
    void namesInCapitalsOfARecordHeaderAreFound() {
        assertCertain("KLIENT: FARAH ISMAIL", FindingType.NAME, "FARAH ISMAIL");
        assertClean("Begreppen SEM, SGI och ADHD förklarades.");
    }

    @Test
    void valueOfAPersonLabelIsAName() {
        assertCertain("Kontaktperson: Dragana Ilić\nÄrende: ekonomi", FindingType.NAME, "Dragana Ilić");
    }

    @Test
    void scholarsNameForAConceptIsNoName() {
        assertClean("Vi utgår från Eriksons utvecklingsteori och Antonovskys begrepp KASAM.");
        assertClean("Maslows behovstrappa hjälper oss att prioritera.");
    }

    @Test
    void wordAfterAnOrganisationsCapitalsIsNoName() {
        assertClean("Han har jobbat på ICA Maxi och hos SOS Barnbyar.");
    }

    @Test
    void otherAgenciesCaseNumbersAreFound() {
        assertCertain("Hos Arbetsförmedlingen har ärendet Af-2026/0412377.", FindingType.CASE_NUMBER,
                "Af-2026/0412377");
        assertCertain("Socialtjänsten skrev in det som IFO 2025-4410.", FindingType.CASE_NUMBER, "IFO 2025-4410");
        assertCertain("Ärendet hos Försäkringskassan har nummer 204-551870-26.", FindingType.CASE_NUMBER,
                "204-551870-26");
        assertClean("Ärende K-2026-0042 gäller SFS 2010:110 och SOSFS 2014:5.");
    }

    @Test
    void clearingAndAccountNumbersAreFound() {
        assertCertain("Sätt in det på 8327-1, 903 441 228-6 i morgon.", FindingType.CASE_NUMBER,
                "8327-1, 903 441 228-6");
        assertCertain("Kontot är 5213 - 706 114 289.", FindingType.CASE_NUMBER, "5213 - 706 114 289");
        assertClean("Perioden 2019 - 2024 och beloppen 3 400 och 12 000 kr.");
    }

    @Test
    void birthDatesInOtherFormsAreFound() {
        assertCertain("Hon föddes den 21.02.1979 i Tuzla.", FindingType.BIRTH_DATE, "21.02.1979");
        assertCertain("Mannen, f 19790221, bor ensam.", FindingType.BIRTH_DATE, "19790221");
    }

    @Test
    void ruralAndLowerCaseAddressesAreFound() {
        assertCertain("Hon bor på Norrgården 7 utanför byn.", FindingType.ADDRESS, "Norrgården 7");
        assertCertain("bor på björkvägen 22 med sin bror", FindingType.ADDRESS, "björkvägen 22");
        assertClean("Hon bor i Eksjö 3 dagar i veckan och i Tranås resten.");
    }

    @Test
    void agenciesNationalServiceNumbersAreNotFlagged() {
        assertClean("Ring CSN på 0771-276 000 eller jouren på 020-81 81 81.");
    }

    @Test
    void functionMailboxOfAnOrganisationIsNotFlagged() {
        assertClean("Skriv till konsultationsteamet@finsamnord.se eller arbetsmarknadsenheten@eksjo.se.");
        assertFound("Skriv till linnea.ostberg@eksjo.se.", FindingType.EMAIL, "linnea.ostberg@eksjo.se");
        assertFound("Skriv till samordning@gmail.com.", FindingType.EMAIL, "samordning@gmail.com");
    }

    @Test
    void nameThatIsAWordIsCertainWithStrongEvidenceOfAPerson() {
        assertCertain("Vera säger att hon vill flytta.", FindingType.NAME, "Vera");
        assertCertain("Ella, 41 år, har varit sjukskriven länge.", FindingType.NAME, "Ella");
        assertCertain("Vi har pratat med Dag om planen.", FindingType.NAME, "Dag");
        assertCertain("Vi träffade Sigvard och hennes man Dzenan.", FindingType.NAME, "Dzenan");
        assertClean("Vi träffade Samhall och ringde Komvux. Klara besked säger mycket.");
    }

    @Test
    void twoFirstNamesJoinedByOchAreCertain() {
        assertCertain("Ewelina och Marek har fyra barn.", FindingType.NAME, "Ewelina");
    }

    // ---------------------------------------------------------------- generalised rules

    @Test
    void firstNameThatIsAWordIsCertainAsTheSubjectOfAFiniteVerb() {
        assertCertain("Sten har sökt tre jobb den här veckan.", FindingType.NAME, "Sten");
        assertCertain("Björn flyttade till Umeå i somras.", FindingType.NAME, "Björn");
        assertClean("Inga misslyckade meddelanden finns. Nya ärenden läggs upp i kanalen.");
    }

    @Test
    void wordInNoListSpeltLikeANameIsCertainAsTheSubjectOfAFiniteVerb() {
        assertCertain("Qorsheeye har berättat att hon vill byta skola.", FindingType.NAME, "Qorsheeye");
    }

    @Test
    void nameInApposition_byRelation_orInQuotesIsCertain() {
        assertCertain("Vi har en ung man, Tesfamariam, som vill plugga.", FindingType.NAME, "Tesfamariam");
        assertCertain("Hon är pappa till Liam och bor ensam.", FindingType.NAME, "Liam");
        assertCertain("Han kallas 'Pyret' av alla på boendet.", FindingType.NAME, "Pyret");
    }

    @Test
    void recordHeaderWithTheSurnameFirstInCapitalsIsAName() {
        assertFound("ANHÖRIG: Dotter, JOHANSSON ANN-SOFIE", FindingType.NAME, "JOHANSSON ANN-SOFIE");
        assertFound("Förnamn: Ramin\nEfternamn: Qasemi", FindingType.NAME, "Qasemi");
    }

    @Test
    void textTypedInCapitalsIsReadAsIfInSentenceCase() {
        assertCertain("HEJ! KAN NÅN HJÄLPA? TSEGAYE BEHÖVER TOLK TILL MÖTET", FindingType.NAME, "TSEGAYE");
        assertFound("HON BOR PÅ LINGONVÄGEN 12 A SEDAN MAJ", FindingType.ADDRESS, "LINGONVÄGEN 12 A");
        assertClean("VI BEHÖVER HJÄLP MED EN KLIENT SOM HAR SKULDER HOS KRONOFOGDEN OCH INGEN BOSTAD.");
    }

    @Test
    void registerNumbersWithoutACueAreFound() {
        assertFound("Han är inskriven med id 77120455 sedan i våras.", FindingType.CASE_NUMBER, "77120455");
        assertFound("Polisens anmälan K-4410972-25 gäller stölden.", FindingType.CASE_NUMBER, "K-4410972-25");
        assertFound("Ärendet hos FK (204-558120) ligger kvar.", FindingType.CASE_NUMBER, "204-558120");
        assertFound("Kortet 4929 1180 7731 2206 är spärrat.", FindingType.CASE_NUMBER, "4929 1180 7731 2206");
        assertClean("Ärende K-2026-0042 är stängt. Bolaget har organisationsnummer 556677-8899.");
        assertClean("Bidraget är 1500000 kr och ökar med 3 procent.");
    }

    @Test
    void fullDateLongAgoIsADateOfBirth() {
        assertFound("Migrationsverket har registrerat 1984-01-01 i hennes papper.", FindingType.BIRTH_DATE,
                "1984-01-01");
        assertClean("Beslutet kom 2025-02-14 och mötet är 2026-03-02.");
    }

    @Test
    void organisationsPublicNumbersAndAddressesAreNotFlagged() {
        assertClean("Ring kommunens växel 0431-48 70 00 och be om enheten.");
        assertClean("Skicka till Socialförvaltningen, Box 400, 281 80 Hässleholm.");
        assertClean("Gåvor till stiftelsens bankgiro 5432-1098 är välkomna.");
        assertClean("Frågor om behörighet till it-support@klippan.se eller projekt.nystart@finsamnord.se.");
        assertFound("Skriv till jkarlsson@klippan.se.", FindingType.EMAIL, "jkarlsson@klippan.se");
    }

    @Test
    void scholarsInstitutionsRoomsAndNamedThingsAreNotPeople() {
        assertClean("Vi arbetar enligt Miller och Rollnick och med Prochaska och DiClementes förändringshjul.");
        assertClean("Astrid Lindgrens barnsjukhus har skickat epikrisen.");
        assertClean("Vi ses i sal Ljusnan. Samverkansmodellen kallas Lotsen. Logga in på Mina sidor.");
        assertClean("Filen sparas i din OneDrive.");
    }

    @Test
    void flatNumbersAndRuralAddressesWithALivingCueEarlierAreFound() {
        assertFound("Hon bor i lägenhet 1104 hos bostadsbolaget.", FindingType.ADDRESS, "lägenhet 1104");
        assertFound("bor i en stuga på Lillnäs 4, Svartby sedan i fjol", FindingType.ADDRESS, "Lillnäs 4, Svartby");
    }

    @Test
    void aNameFoundOnceIsANameWhereverItStandsAgainInTheText() {
        String text = "Klienten Ronja Hedlund har flyttat. Socialtjänsten har träffat Ronja två gånger. "
                + "Ronjas mamma hjälper till.";
        Scan scan = guard.scan(text);
        assertThat(scan.findings()).extracting(finding -> finding.in(text))
            .containsExactly("Ronja Hedlund", "Ronja", "Ronjas");
        assertThat(scan.findings()).allSatisfy(finding -> assertThat(finding.certainty()).isEqualTo(Certainty.CERTAIN));
    }

    @Test
    void aNameInBracketsOrInAppositionAfterAPersonIsCertain() {
        assertCertain("Mamman (Dragana) har tackat nej till tolk.", "Dragana");
        assertCertain("Brodern (Teodor) har flyttat hem.", "Teodor");
        assertCertain("Vi har en flicka (Saga, 14 år) som inte går till skolan.", "Saga");
        assertCertain("Hen (Kim) har fått plats på ett stödboende.", "Kim");
        assertCertain("pojken (kenan) vill inte gå till skolan", "kenan");
        assertCertain("Sonen, Mattias, har flyttat hem.", "Mattias");
        assertCertain("Anhörig: Yusuf (morbror)", "Yusuf");
    }

    @Test
    void aPersonWithTheAgencyTheyComeFromIsCertain() {
        assertCertain("Närvarande: Gunilla (FK), Vera (AF) och klienten.", "Gunilla");
        assertCertain("Närvarande: Gunilla (FK), Vera (AF) och klienten.", "Vera");
    }

    @Test
    void aFirstNameAtASentenceStartBeforeAVerbInAnyTenseIsCertain() {
        assertCertain("Ahmad fortsätter med praktiken.", "Ahmad");
        assertCertain("Sedan förra mötet: Marwa erbjuds en plats på folkhögskolan.", "Marwa");
        assertCertain("- Josefine bokar tid hos läkaren.", "Josefine");
    }

    @Test
    void initialsWithAnAgeOrAfterAPersonAreAName() {
        assertCertain("Det gäller en flicka, B.K., 15 år, som bor hos sin moster.", "B.K.");
    }

    @Test
    void theReceiverOfAMessageIsAName() {
        assertCertain("Kallelsen skickades till Teodora Vasilescu i går.", "Teodora Vasilescu");
        assertClean("Underlaget skickades till Region Skåne och remissen till Arbetsförmedlingen.");
    }

    @Test
    void twoFirstNamesInLowerCaseJoinedByAndAreNames() {
        assertCertain("ahmed och leyla har separerat", "ahmed");
        assertCertain("ahmed o leyla har separerat", "leyla");
    }

    @Test
    void aSecondNumberOfTheSameShapeAfterACuedNumberIsFound() {
        assertFound("Båda har LMA-kort (nr 418 226 och 418 227).", FindingType.CASE_NUMBER, "418 226");
        assertFound("Båda har LMA-kort (nr 418 226 och 418 227).", FindingType.CASE_NUMBER, "418 227");
    }

    @Test
    void weekdaysConceptsPremisesAndNamedThingsAreNotPeopleOrHomes() {
        assertClean("Tor 3/10 kl 9 passar alla utom psykiatrin.");
        assertClean("Vi använder Bronfenbrenners utvecklingsekologiska modell och Antonovskys KASAM.");
        assertClean("Träffen hålls i Arbetsförmedlingens lokaler på Storgatan 25 i Luleå.");
        assertClean("Familjen har besökt Astrid Lindgrens Värld.");
        assertClean("Vi har fått svar på enkäten Liv och hälsa ung.");
        assertFound("Hon bor på Storgatan 25 i Luleå.", FindingType.ADDRESS, "Storgatan 25");
    }

    @Test
    void aNameOfTheWiderListsOrTwoUnknownWordsWhereOnlyAPersonStandsAreCertain() {
        assertCertain("Hon och hennes man Miklos har sex barn.", "Miklos");
        assertCertain("Kunden Somchai Wongsakul driver en restaurang.", "Somchai Wongsakul");
        assertCertain("Hon är skriven c/o Osmani, Björkvägen 3.", "Osmani");
    }

    @Test
    void aSubjectWithAnAgeIsANameEvenWhenItIsAWord() {
        assertCertain("Odd är 70 och bor ensam.", "Odd");
        assertCertain("Vilja (16) bor hos sin pappa.", "Vilja");
    }

    @Test
    void aFirstNameThatIsAnEnglishWordBeforeAPlaceAndAVerbIsCertain() {
        assertCertain("Jenny på AF sa att han får börja.", "Jenny");
    }

    @Test
    void aRuralAddressInLowerCaseAfterALivingCueIsFound() {
        assertFound("hennes adress: norrbyn 214, 922 92 vindeln", FindingType.ADDRESS, "norrbyn 214, 922 92 vindeln");
        assertFound("han bor på nedre bäckhult 210 strax utanför byn", FindingType.ADDRESS, "nedre bäckhult 210");
        assertClean("hon bor på plan 3 och bor i stugan 2 dagar i veckan");
    }

    @Test
    void aNameInBracketsInATextTypedInCapitalsIsFound() {
        assertCertain("SNÄLLA HJÄLP, MAMMAN TILL ELEVEN (HEJIN) HAR RINGT", "HEJIN");
    }

    @Test
    void twoAuthorsCitedTogetherAreNoPeopleOfTheCase() {
        assertClean("Vi föreslår IPS enligt Becker och Drake.");
    }

    @Test
    void aCleftASignatureAndTheWritersCompanionAreNames() {
        assertCertain("Det var Krister som ringde om orosanmälan.", "Krister");
        assertCertain("Tack för i dag! /Lotta", "Lotta");
        assertCertain("Fredrika och jag träffade familjen i tisdags.", "Fredrika");
        assertCertain("Angående Merja: hon har fått avslag igen.", "Merja");
        assertClean("Maria Magdalena församling erbjuder samtalsstöd.");
    }

    @Test
    void commonSwedishFirstNamesAndSurnamesOfEveryGenerationAreListed() {
        assertCertain("Orvar har slutat svara i telefon.", "Orvar");
        assertCertain("Vi pratade med Ingegerd om hemtjänsten.", "Ingegerd");
        assertCertain("Söderström har lämnat in sin ansökan.", "Söderström");
    }

    @Test
    void aSurnameThatIsAWordAsASubjectIsAskedAboutAndCertainWithAPlacePhrase() {
        Scan scan = this.guard.scan("Gran har lämnat in underlaget.");
        assertThat(scan.findings()).singleElement()
            .satisfies(finding -> assertThat(finding.certainty()).isEqualTo(Certainty.UNCERTAIN));
        assertCertain("Gran på Arbetsförmedlingen säger att platsen är kvar.", "Gran");
        assertCertain("Wikström från socialtjänsten har ringt.", "Wikström");
        assertClean("Gran har vi inte hört något om.");
    }

    @Test
    void courtCaseNumbersAndDiarienummerWithoutACueAreFound() {
        assertFound("Överklagandet har fått UM 9921-26 i förvaltningsrätten.", FindingType.CASE_NUMBER, "UM 9921-26");
        assertFound("Anmälan 2026-0317 gjordes av skolan.", FindingType.CASE_NUMBER, "2026-0317");
        assertFound("Ärendet hos kommunen har id B-55102.", FindingType.CASE_NUMBER, "B-55102");
        assertClean("Projektet pågår 2024-2026 och LSS infördes 1994-95.");
    }

    @Test
    void aBirthdayAfterFyllerArAndAStreetWithoutNumberWhereSomeoneLivesAreFound() {
        assertFound("Han fyller år den 9 oktober.", FindingType.BIRTH_DATE, "9 oktober");
        assertFound("Hon bor på Prästgårdsvägen sedan i somras.", FindingType.ADDRESS, "Prästgårdsvägen");
        assertFound("bor på tallvändan 7b med barnen", FindingType.ADDRESS, "tallvändan 7b");
        assertClean("Hon bor på ett boende och fyller 40 år i maj.");
    }

    @Test
    void aNameIsCertainWhereOnlyAPersonStands() {
        assertCertain("Kan Ylva ringa upp mig efter lunch?", "Ylva");
        assertCertain("Vi har pratat om Tilde i 3B med mentorn.", "Tilde");
        assertCertain("Frågan gäller Ragnhild – hon har fått avslag.", "Ragnhild");
        assertCertain("Ärendet har skolkurator Birgitta tagit över.", "Birgitta");
        assertCertain("Mariam Tesfaldet, 51 år, har fått avslag.", "Mariam Tesfaldet");
    }

    @Test
    void organisationsConceptsAndSwitchboardsAreNoPeople() {
        assertClean("Vi har skulder hos Svea Ekonomi och Nordea Finans.");
        assertClean("Gruppen läser om Paulo Freires pedagogik.");
        assertClean("Enheten ligger på Avdelning Lindgren och följer SoL.");
        assertClean("Ring 0650-55 00 00 eller 031-455 12 34 (växeln).");
        assertClean("Swish 123 900 41 17 går till föreningen, Kronofogdens bankgiro är 5050-1055.");
        assertClean("Mottagningen flyttar till nya lokaler på Kungsgatan 12.");
    }

    private void assertCertain(String text, String expected) {
        Scan scan = guard.scan(text);
        assertThat(scan.findings()).as("findings in: " + text + " " + describe(text, scan)).anySatisfy(finding -> {
            assertThat(finding.type()).isEqualTo(FindingType.NAME);
            assertThat(finding.in(text)).isEqualTo(expected);
            assertThat(finding.certainty()).isEqualTo(Certainty.CERTAIN);
        });
    }

}
