package se.finsam.samverkansbot.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The guard: one tokenising pass over the text, then detectors that walk the tokens.
 * Numbers are read as sequences of digit groups (so "070-123 45 67" is one phone number
 * and "12 500 kr" no phone number); names are looked up in hash sets and need context
 * when they are also Swedish words. No regular expressions, no backtracking.
 */
@Component
class RuleBasedPrivacyGuard implements PrivacyGuard {

    private static final Set<String> MONTHS = words("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "nov", "dec");

    private static final Set<String> BIRTH_CUES = words("född", "födda", "föddes", "fd", "f", "födelsedatum",
            "födelsedag", "födelsedagen", "födelsedatumet", "birth", "born");

    private static final Set<String> NUMBER_CUES = words("dnr", "diarienr", "diarienummer", "ärendenr", "ärendenummer",
            "ärendenumret", "ärende-nr", "ärendenummret", "kontonr", "kontonummer", "kontonumret", "konto", "kontot",
            "bankkonto", "bankkontot", "bankkontonummer", "clearingnummer", "clearingnr", "bankgiro", "bankgironummer",
            "bg", "plusgiro", "plusgironummer", "pg", "ocr", "ocr-nummer", "ocr-nr", "referensnummer", "referensnr",
            "ref", "kundnummer", "kundnr", "kortnummer", "kortnr", "kortet", "dossiernummer", "dossiernr", "lma-nummer",
            "lma-kort", "lma-kortet", "lma-nr", "passnummer", "passnr", "id-nummer", "id-nr", "pnr", "personnummer",
            "personnumret", "samordningsnummer", "samordningsnumret", "reservnummer", "reservnumret", "medlemsnummer",
            "patientnummer", "journalnummer", "löpnummer", "försäkringsnummer", "avtalsnummer", "fakturanummer", "iban",
            "swish", "swishnummer", "uc-nummer", "arbetsgivarnummer", "handlingsnummer", "aktnummer", "beslutsnummer",
            "mål", "målnummer", "målnr", "kortnumret", "kort");

    private static final Set<String> NUMBER_WORD_STEMS = words("ärende", "konto", "kort", "kund", "referens", "id",
            "journal", "patient", "dossier", "lma", "pass", "mål", "akt", "bankkonto");

    private static final Set<String> STREET_SUFFIXES = words("gatan", "vägen", "gränd", "gränden", "stigen", "torget",
            "allén", "backen", "platsen", "leden", "slingan", "gången", "liden", "esplanaden", "kajen", "stranden",
            "udden", "höjden", "kroken", "ringen", "svängen", "väg", "gata", "torg", "allé", "backe", "stråket",
            "parken", "hagen", "vägen", "lyckan", "bryggan", "promenaden", "boulevard", "boulevarden", "bågen",
            "vången", "gårdsvägen", "kullen", "gärdet", "ängen", "fältet", "holmen", "vallen");

    private static final Set<String> STREET_PREFIXES = words("norra", "södra", "östra", "västra", "stora", "lilla",
            "gamla", "nya", "övre", "nedre", "sankt", "s:t");

    /** Words before a name that say it is a person: relations, roles, titles. */
    private static final Set<String> PERSON_CUES = words("klienten", "klient", "brukaren", "brukare", "deltagaren",
            "deltagare", "patienten", "patient", "sökanden", "sökande", "individen", "personen", "kvinnan", "mannen",
            "flickan", "pojken", "tjejen", "killen", "ungdomen", "eleven", "barnet", "sonen", "son", "sönerna",
            "dottern", "dotter", "döttrarna", "bror", "brodern", "brorsan", "brorsa", "syster", "systern", "syrran",
            "mamma", "mamman", "mor", "modern", "pappa", "pappan", "far", "fadern", "make", "maken", "maka", "makan",
            "sambo", "sambon", "partner", "partnern", "pojkvän", "pojkvännen", "flickvän", "flickvännen", "frun",
            "hustru", "hustrun", "farmor", "mormor", "farfar", "morfar", "kusin", "kusinen", "moster", "faster",
            "morbror", "farbror", "svärmor", "svärfar", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma", "vän",
            "vännen", "väninnan", "kompis", "kompisen", "granne", "grannen", "kollega", "kollegan", "handläggaren",
            "handläggare", "kontaktperson", "kontaktpersonen", "förvaltare", "förvaltaren", "läkaren", "läkare",
            "kuratorn", "kurator", "psykologen", "psykolog", "sjuksköterskan", "sjuksköterska", "arbetsförmedlaren",
            "arbetsförmedlare", "socialsekreteraren", "socialsekreterare", "coachen", "coach", "chefen",
            "arbetsgivaren", "heter", "hette", "kallas", "kallad", "namn", "namnet", "herr", "hr", "fru", "fröken",
            "frk", "dr", "doktor", "familjen", "fam", "tolken", "tolk", "assistenten", "boendestödjaren",
            "stödpersonen", "försäkringshandläggare", "försäkringshandläggaren", "utredaren", "rektor", "rektorn",
            "mentor", "mentorn", "lärare", "läraren", "elev", "syskonet", "barnbarnet", "fästmö", "fästman", "exmaken",
            "exmakan", "expartnern", "ex", "dottern", "gode", "sjukgymnasten", "arbetsterapeuten", "fysioterapeuten",
            "terapeuten", "ombudet", "advokaten", "juristen", "styvdottern", "styvsonen", "fosterbarnet",
            "fosterhemsföräldern");

    /**
     * Words after a capitalised first name at the start of a sentence that show it is a
     * person.
     */
    private static final Set<String> PERSON_VERBS = words("blev", "blir", "tror", "trodde", "ligger", "låg", "sitter",
            "satt", "äter", "åt", "sover", "sov", "läser", "läste", "skriver", "skrev", "tar", "tog", "ger", "gav",
            "ser", "såg", "hör", "hörde", "gör", "gjorde", "försöker", "försökte", "verkar", "verkade", "upplever",
            "upplevde", "tänker", "tänkte", "vet", "visste", "slutade", "började", "börjar", "hoppas", "hoppades",
            "kämpar", "kämpade", "undrar", "undrade", "glömmer", "glömde", "minns", "står", "stod", "använder",
            "dricker", "drack", "röker", "rökte", "ansöker", "ansökte", "besöker", "besökte", "uteblir", "uteblev",
            "avbröt", "avbryter", "påbörjade", "avslutade", "avslutar", "återkommer", "återkom", "nekades",
            "beviljades", "själv", "själva", "berättar", "berättade", "säger", "sa", "sade", "uppger", "uppgav", "vill",
            "ville", "mår", "mådde", "bor", "bodde", "tycker", "tyckte", "menar", "önskar", "känner", "kände", "jobbar",
            "jobbade", "arbetar", "arbetade", "studerar", "studerade", "går", "gick", "har", "hade", "är", "var", "kom",
            "kommer", "fick", "får", "ska", "skulle", "behöver", "behövde", "söker", "sökte", "väntar", "ringde",
            "ringer", "mejlade", "svarade", "svarar", "frågade", "frågar", "orkar", "orkade", "kan", "kunde", "saknar",
            "lever", "levde", "träffade", "träffar", "flyttade", "flyttar", "fyller", "fyllde", "uttrycker",
            "beskriver", "beskrev", "deltar", "deltog", "nekar", "vägrar", "klarar", "förstår", "pratar", "talar");

    /** Words after a capitalised word that make it a place or an organisation. */
    private static final Set<String> PLACE_FOLLOWERS = words("kommun", "kommuns", "kommuner", "län", "läns", "stad",
            "stads", "region", "regions", "universitet", "sjukhus", "lasarett", "vårdcentral", "socialtjänst",
            "församling", "kyrka", "skola", "gymnasium", "hamn", "centrum", "station", "torg", "arena", "folkhögskola",
            "kommunförbund", "samordningsförbund", "bibliotek", "ab", "hb", "kb", "stift");

    private static final Set<String> PERSON_TITLES = words("herr", "hr", "fru", "fröken", "frk", "dr", "doktor",
            "familjen", "fam", "heter", "hette", "kallas", "namnet", "handläggare", "handläggaren", "läkare", "läkaren",
            "kurator", "kuratorn", "psykolog", "psykologen", "socialsekreterare", "socialsekreteraren", "sjuksköterska",
            "sjuksköterskan", "arbetsförmedlare", "arbetsförmedlaren", "coach", "coachen", "kontaktperson",
            "kontaktpersonen", "rektor", "lärare", "läraren", "mentor", "advokat", "advokaten", "jurist", "juristen",
            "försäkringshandläggare", "försäkringshandläggaren", "tolk", "tolken", "utredare", "utredaren", "chef",
            "chefen", "biståndshandläggare", "biståndshandläggaren");

    /** Person cues strong enough to make any capitalised word after them a name. */
    private static final Set<String> STRONG_PERSON_CUES = words("kallad", "kallade", "son", "sonen", "dotter",
            "dottern", "bror", "brodern", "syster", "systern", "mamma", "mamman", "pappa", "pappan", "make", "maken",
            "maka", "makan", "sambo", "sambon", "fru", "frun", "hustru", "hustrun", "herr", "hr", "fröken", "frk",
            "heter", "hette", "kallas", "klienten", "brukaren", "deltagaren", "pojkvän", "pojkvännen", "flickvän",
            "flickvännen", "partner", "partnern", "dr", "doktor", "familjen", "barnet", "kusin", "kusinen", "mormor",
            "farmor", "morfar", "farfar", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma");

    private static final int[] STRONG_PERSON_CUE_HASHES = STRONG_PERSON_CUES.stream()
        .mapToInt(TextTokens::hash)
        .sorted()
        .toArray();

    private static final Set<String> PLACE_PREPOSITIONS = words("i", "från", "till", "mot", "vid", "utanför", "nära",
            "inom", "runt", "norr", "söder", "öster", "väster", "via");

    private static final List<String> PLACE_ENDINGS = List.of("stad", "holm", "köping", "by", "torp", "ryd", "hult",
            "fors", "berg", "sjö", "vik", "näs", "ås", "inge", "hamn", "borg", "lund", "bro", "dal", "dalen", "fält",
            "åker", "vall", "mark", "red", "tuna", "landa", "boda", "lösa", "arp", "rum", "hed", "sund", "land", "län",
            "ien", "stan", "vägen", "gatan", "torget", "huset", "gården", "skolan", "verket", "kassan", "förmedlingen",
            "myndigheten", "nämnden", "förbundet", "centralen", "mottagningen", "enheten", "kliniken", "boendet",
            "hemmet", "föreningen", "kyrkan", "banken", "bolaget", "rätten", "vården", "tjänsten", "ön", "älven",
            "sjön", "fjället", "skogen", "backe", "bruk", "hus", "ängen", "köpstad");

    /** Words that start Swedish sentences and are never names. */
    private static final Set<String> FUNCTION_WORDS = words("jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dem",
            "det", "den", "detta", "denna", "dessa", "här", "där", "nu", "då", "sedan", "idag", "igår", "imorgon",
            "ofta", "ibland", "aldrig", "alltid", "redan", "snart", "ändå", "också", "även", "bara", "endast", "just",
            "kanske", "tyvärr", "dessutom", "därför", "annars", "alltså", "vidare", "först", "sist", "samma", "andra",
            "annan", "annat", "båda", "flera", "många", "några", "någon", "något", "ingen", "inget", "inga", "alla",
            "allt", "varje", "vissa", "mycket", "lite", "mer", "mest", "mindre", "minst", "hela", "halva", "resten",
            "hälften", "vem", "vad", "var", "vart", "när", "hur", "varför", "vilken", "vilket", "vilka", "som", "och",
            "men", "eller", "att", "om", "för", "med", "utan", "efter", "före", "innan", "under", "över", "mellan",
            "genom", "enligt", "trots", "inför", "hos", "vid", "mot", "från", "till", "inom", "utom", "bland", "kring",
            "runt", "sen", "nej", "ja", "hej", "tack", "hallå", "okej", "ok", "mvh", "obs", "nb", "ps", "ang",
            "angående", "gällande", "ämne", "fråga", "frågan", "svar", "bakgrund", "situation", "status", "övrigt",
            "tidigare", "nästa", "förra", "senare", "nyligen", "fortfarande", "numera", "hittills", "totalt",
            "samtidigt", "sammanfattningsvis", "slutligen", "egentligen", "troligen", "förmodligen", "möjligen",
            "säkert", "absolut", "gärna", "helst", "dock", "ju", "väl", "nog", "visst", "inte", "ej", "klienten",
            "kvinnan", "mannen", "personen", "familjen", "barnet", "barnen", "mamman", "pappan", "föräldrarna",
            "läkaren", "handläggaren", "deltagaren", "sökanden", "ungdomen", "flickan", "pojken", "ekonomin",
            "psykiatrin", "terapin", "ohälsa", "arbete", "studier", "skola", "boende", "hyra", "skulder", "lön",
            "inkomst", "ersättning", "stöd", "hjälp", "kontakt", "möte", "mötet", "samtal", "beslut", "ansökan",
            "intyg", "remiss", "plan", "mål", "syfte", "problem", "behov", "oro", "risk", "diagnos", "medicin",
            "behandling", "insats", "insatser", "kvinna", "man", "ung", "äldre", "yngre", "vuxen", "vuxna", "unga",
            "barn", "person", "personer", "familj", "föräldrar", "mamma", "pappa", "son", "dotter", "syskon", "make",
            "maka", "sambo", "dag", "vecka", "månad", "år", "tid", "period", "timme", "timmar", "dagar", "veckor",
            "månader", "ibland", "oklart", "viktigt", "svårt", "lätt", "bra", "dåligt", "sämre", "bättre", "nej", "ja");

    /**
     * Words after which a capitalised word is a title, not a name ("projektet
     * Drivhuset").
     */
    private static final Set<String> NOT_BEFORE_NAMES = words("projektet", "projekt", "programmet", "program",
            "metoden", "metod", "modellen", "modell", "verksamheten", "verksamhet", "insatsen", "satsningen",
            "föreningen", "stiftelsen", "företaget", "bolaget", "organisationen", "myndigheten", "enheten",
            "avdelningen", "boendet", "kursen", "utbildningen", "appen", "tjänsten", "systemet", "lagen",
            "förordningen", "regionen", "kommunen", "staden", "orten", "byn", "landet", "länet", "gatan", "kvarteret",
            "området", "stadsdelen", "skolan", "gymnasiet", "folkhögskolan", "högskolan", "universitetet", "sjukhuset",
            "vårdcentralen", "kliniken", "mottagningen", "enligt", "via", "på", "språket", "språk", "tolk", "tolken",
            "på", "diagnosen", "syndrom", "sjukdomen");

    private static final List<String> OBFUSCATED_AT = List.of("(at)", "[at]", "(a)", "{at}");

    /** Words ending in -nummer that do not name a personal number. */
    private static final Set<String> NOT_NUMBER_CUES = words("organisationsnummer", "orgnummer", "orgnr",
            "paragrafnummer", "sfs-nummer", "lagnummer", "versionsnummer", "sidnummer", "rumsnummer", "bussnummer",
            "linjenummer", "husnummer", "telefonnummer", "telefonnumret", "artikelnummer", "kapitelnummer",
            "rekvisitionsnummer", "projektnummer", "projektnr", "kursnummer", "blankettnummer", "momentnummer",
            "upphandlingsnummer", "beställningsnummer", "ordernummer", "nummer", "numret", "nr");

    /** Words before a first name that make it the name of a law, place or institution. */
    private static final Set<String> INSTITUTION_PREFIXES = words("lex", "sankt", "sankta", "st", "t", "drottning",
            "kung", "prins", "prinsessan", "kronprinsessan", "drottningens", "kungens");

    private static final Set<String> POSSESSIVES = words("hans", "hennes", "hens", "sin", "sina", "sitt", "dess",
            "deras");

    private static final Set<String> RELATIVES = words("mamma", "pappa", "mor", "far", "bror", "syster", "son",
            "dotter", "fru", "man", "make", "maka", "sambo", "partner", "barn", "föräldrar", "familj", "mormor",
            "morfar", "farmor", "farfar", "handläggare", "läkare", "lärare", "kontaktperson", "gode", "förvaltare",
            "arbetsgivare", "chef", "kollega", "vän", "flickvän", "pojkvän", "exman", "exfru", "syskon");

    private static final Set<String> SKIPPED_AFTER_NUMBER_CUE = words("nr", "nummer", "är", "var", "med", "no");

    /**
     * The word lists load in the background from start-up on (about a second on a busy
     * machine); the first scan waits for them if it comes earlier.
     */
    private final CompletableFuture<NameLexicon> lexiconLoad;

    private final Set<String> allowedPhones;

    private final Set<String> allowedEmails;

    private final Set<String> mailboxDomains;

    private final Set<String> mailboxNames;

    @Autowired
    RuleBasedPrivacyGuard(PrivacyProperties properties) {
        this(properties, CompletableFuture.supplyAsync(NameLexicon::shared));
    }

    RuleBasedPrivacyGuard(PrivacyProperties properties, NameLexicon lexicon) {
        this(properties, CompletableFuture.completedFuture(lexicon));
    }

    private RuleBasedPrivacyGuard(PrivacyProperties properties, CompletableFuture<NameLexicon> lexiconLoad) {
        this.lexiconLoad = lexiconLoad;
        this.allowedPhones = new HashSet<>();
        for (String number : properties.allowedPhoneNumbers()) {
            this.allowedPhones.add(nationalDigits(number));
        }
        this.allowedEmails = lowerCase(properties.allowedEmailAddresses());
        this.mailboxDomains = lowerCase(properties.functionMailboxDomains());
        this.mailboxNames = lowerCase(properties.functionMailboxNames());
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private NameLexicon lexicon() {
        return this.lexiconLoad.join();
    }

    /** A guard without allow-lists, for tests and tools. */
    static RuleBasedPrivacyGuard withoutAllowLists() {
        return new RuleBasedPrivacyGuard(PrivacyProperties.empty());
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> set = new HashSet<>();
        for (String value : values) {
            set.add(value.strip().toLowerCase(Locale.ROOT));
        }
        return set;
    }

    @Override
    public Scan scan(String text) {
        if (text == null || text.isBlank()) {
            return Scan.clean();
        }
        Findings findings = new Findings();
        findEmails(text, findings);
        TextTokens tokens = TextTokens.of(text);
        findCuedNumbersAndBirthDates(tokens, findings);
        findNumbers(tokens, findings);
        findAddressesAndNames(tokens, findings);
        return new Scan(findings.list);
    }

    // ---------------------------------------------------------------- e-mail

    private void findEmails(String text, Findings findings) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            int lastDot = -1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                if (text.charAt(end) == '.') {
                    lastDot = end;
                }
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
                if (lastDot >= end) {
                    lastDot = text.lastIndexOf('.', end - 1);
                }
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            if (start < at && lastDot > at + 1 && end - lastDot - 1 >= 2 && !isAllowedEmail(text, start, at, end)) {
                findings.add(Finding.certain(FindingType.EMAIL, start, end));
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
        findObfuscatedEmails(text, findings);
    }

    /** "ali.hassan(at)gmail.com", "ali[at]gmail.com". */
    private void findObfuscatedEmails(String text, Findings findings) {
        for (String marker : OBFUSCATED_AT) {
            int at = indexOfIgnoreCase(text, marker, 0);
            while (at >= 0) {
                int start = at;
                while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                    start--;
                }
                int end = at + marker.length();
                int dots = 0;
                while (end < text.length() && isDomainChar(text.charAt(end))) {
                    if (text.charAt(end) == '.') {
                        dots++;
                    }
                    end++;
                }
                while (end > at + marker.length() && text.charAt(end - 1) == '.') {
                    end--;
                    dots--;
                }
                if (start < at && dots > 0) {
                    findings.add(Finding.certain(FindingType.EMAIL, start, end));
                }
                at = indexOfIgnoreCase(text, marker, Math.max(end, at + 1));
            }
        }
    }

    private static int indexOfIgnoreCase(String text, String marker, int from) {
        for (int k = from; k <= text.length() - marker.length(); k++) {
            if (text.regionMatches(true, k, marker, 0, marker.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private boolean isAllowedEmail(String text, int start, int at, int end) {
        String address = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (allowedEmails.contains(address)) {
            return true;
        }
        String local = address.substring(0, at - start);
        String domain = address.substring(at - start + 1);
        return mailboxNames.contains(local) && mailboxDomains.contains(domain);
    }

    // ---------------------------------------------------------------- cued numbers

    private void findCuedNumbersAndBirthDates(TextTokens t, Findings findings) {
        // a cue matters only with digits a few tokens after it
        boolean[] numberSoon = new boolean[t.size];
        int nextNumber = Integer.MAX_VALUE;
        for (int i = t.size - 1; i >= 0; i--) {
            if (t.kind[i] == TextTokens.NUMBER) {
                nextNumber = i;
            }
            numberSoon[i] = nextNumber - i <= 7;
        }
        for (int i = 0; i < t.size; i++) {
            if (!numberSoon[i] || !t.isWord(i) || t.length(i) > 24 || findings.covers(t.start[i])) {
                continue;
            }
            String lower = t.lower(i);
            if (BIRTH_CUES.contains(lower)) {
                birthDateAfter(t, i, lower, findings);
            }
            else if (NUMBER_CUES.contains(lower)
                    || ((lower.equals("nr") || lower.equals("nummer") || lower.equals("numret")
                            || lower.equals("numrets")) && t.isWord(i - 1)
                            && NUMBER_WORD_STEMS.contains(t.lower(i - 1)))
                    || ((lower.endsWith("nummer") || lower.endsWith("numret") || lower.endsWith("nr"))
                            && !NOT_NUMBER_CUES.contains(lower))
                    || lower.equals("ärende") || lower.equals("ärendet")) {
                cuedNumberAfter(t, i, lower, findings);
            }
        }
    }

    private void cuedNumberAfter(TextTokens t, int cue, String cueWord, Findings findings) {
        int i = cue + 1;
        // skip "nr", "nummer", "är", ":" and "." between cue and number
        for (int skipped = 0; skipped < 4 && i < t.size; skipped++) {
            if (t.isSymbol(i, ':') || t.isSymbol(i, '.') || t.isSymbol(i, '#')
                    || (t.isWord(i) && SKIPPED_AFTER_NUMBER_CUE.contains(t.lower(i)))) {
                i++;
            }
            else if (t.isWord(i)
                    && (t.equalsIgnoreCase(i, "hos") || t.equalsIgnoreCase(i, "i") || t.equalsIgnoreCase(i, "på"))
                    && t.isCapitalised(i + 1)) {
                i += 2;
            }
            else {
                break;
            }
        }
        if (i >= t.size || t.start[i] - t.end[cue] > 40) {
            return;
        }
        int first = i;
        int last = -1;
        int digits = 0;
        boolean onlyCode = true;
        while (i < t.size) {
            if (t.isNumber(i)) {
                digits += t.length(i);
                last = i;
                onlyCode = false;
            }
            else if (t.isUpperCaseCode(i) && (i == first || t.gap(i - 1) == 0)) {
                last = i;
            }
            else if (t.isWord(i) && t.length(i) == 1 && last == i - 1 && t.gap(i - 1) == 0 && last >= 0) {
                last = i;
            }
            else if (!(t.isSymbolIn(i, "-/–") && i + 1 < t.size && (t.isNumber(i + 1) || t.isUpperCaseCode(i + 1))
                    && t.gap(i) == 0)) {
                break;
            }
            if (i + 1 < t.size && t.gap(i) > 1) {
                break;
            }
            if (i + 1 < t.size && t.gap(i) == 1 && !t.isNumber(i + 1)) {
                break;
            }
            i++;
        }
        if (last < 0 || onlyCode) {
            return;
        }
        boolean personalIdCue = cueWord.startsWith("person") || cueWord.startsWith("samordning")
                || cueWord.equals("pnr") || cueWord.startsWith("reserv");
        int needed = personalIdCue ? 6 : (cueWord.equals("konto") || cueWord.equals("kontot") || cueWord.equals("kort")
                || cueWord.equals("kortet") || cueWord.equals("mål") || cueWord.startsWith("ärende")) ? 6 : 4;
        if (digits < needed) {
            return;
        }
        if (t.isNumber(first) && t.length(first) == 4 && last == first && !personalIdCue) {
            int year = t.digitValue(first);
            if (year >= 1900 && year <= 2100) {
                return;
            }
        }
        FindingType type = personalIdCue ? FindingType.PERSONNUMMER : FindingType.CASE_NUMBER;
        findings.add(Finding.certain(type, t.start[first], t.end[last]));
    }

    private void birthDateAfter(TextTokens t, int cue, String cueWord, Findings findings) {
        int i = cue + 1;
        if (cueWord.equals("f")) {
            // "f. 1987-03-12", not "f.d." (före detta)
            if (!t.isSymbol(i, '.') || t.isWord(i + 1)) {
                return;
            }
        }
        for (int skipped = 0; skipped < 3 && i < t.size; skipped++) {
            if (t.isSymbol(i, ':') || t.isSymbol(i, '.') || t.isSymbol(i, ',')
                    || (t.isWord(i) && (t.equalsIgnoreCase(i, "den") || t.equalsIgnoreCase(i, "är")
                            || t.equalsIgnoreCase(i, "var") || t.equalsIgnoreCase(i, "på")))) {
                i++;
            }
            else {
                break;
            }
        }
        int end = dateAt(t, i);
        if (end > 0) {
            findings.add(Finding.certain(FindingType.BIRTH_DATE, t.start[i], end));
        }
    }

    /** End offset of an exact date (with year) starting at token i, or -1. */
    private int dateAt(TextTokens t, int i) {
        if (!t.isNumber(i)) {
            return -1;
        }
        int len = t.length(i);
        // 19870312 or 870312
        if ((len == 8 || len == 6) && validDate(t.text, t.start[i], len)) {
            return t.end[i];
        }
        // 12 mars 1987, 12:e mars 1987
        if (len <= 2) {
            int j = i + 1;
            if (t.isSymbol(j, '.') || t.isSymbol(j, ':')) {
                j++;
            }
            if (t.isWord(j) && t.length(j) <= 2 && (t.equalsIgnoreCase(j, "e") || t.equalsIgnoreCase(j, "a"))) {
                j++;
            }
            if (t.isWord(j) && MONTHS.contains(t.lower(j))) {
                int k = j + 1;
                if (t.isSymbol(k, '.')) {
                    k++;
                }
                if (t.isNumber(k) && (t.length(k) == 4 || t.length(k) == 2)) {
                    return t.end[k];
                }
                // "född den 12 mars": a birthday, which identifies with the age
                return t.end[j];
            }
            // 12/3 1987, 12.3.1987, 12/3-87, 3-12-1987
            if (j == i + 1 && t.isSymbolIn(j, "/.-") && t.gap(i) == 0 && t.isNumber(j + 1) && t.length(j + 1) <= 2
                    && t.gap(j) == 0) {
                int k = j + 2;
                if (k < t.size && k + 1 < t.size && t.gap(k - 1) <= 1 && t.isNumber(k + 1) && (t.isSymbolIn(k, "/.-"))
                        && (t.length(k + 1) == 4 || t.length(k + 1) == 2)) {
                    return t.end[k + 1];
                }
                if (t.isNumber(k) && t.length(k) == 4 && t.gap(k - 1) == 1) {
                    return t.end[k];
                }
            }
            return -1;
        }
        // 1987-03-12, 87-03-12
        if ((len == 4 || len == 2) && t.isSymbol(i + 1, '-') && t.isNumber(i + 2) && t.length(i + 2) <= 2
                && t.isSymbol(i + 3, '-') && t.isNumber(i + 4) && t.length(i + 4) <= 2) {
            return t.end[i + 4];
        }
        return -1;
    }

    // ---------------------------------------------------------------- numbers

    private void findNumbers(TextTokens t, Findings findings) {
        int[] groups = new int[24];
        for (int i = 0; i < t.size; i++) {
            if (!t.isNumber(i) || findings.covers(t.start[i])) {
                continue;
            }
            if (isCodeSuffix(t, i)) {
                continue;
            }
            int count = sequence(t, i, groups);
            int used = personnummer(t, groups, count, findings);
            if (used == 0) {
                used = phone(t, groups, count, findings);
            }
            if (used == 0) {
                used = card(t, groups, count, findings);
            }
            if (used == 0) {
                used = postalCode(t, groups, count, findings);
            }
            if (used > 0) {
                i = groups[used - 1];
            }
        }
    }

    /** Digits glued to letters ("F32", "K-2026-0042", "SFS 1962:381"'s 381) are codes. */
    private static boolean isCodeSuffix(TextTokens t, int i) {
        int s = t.start[i];
        if (s == 0) {
            return false;
        }
        char before = t.text.charAt(s - 1);
        if (Character.isLetter(before)) {
            return true;
        }
        if (before == '-' && s >= 3 && t.text.regionMatches(true, s - 3, "SE-", 0, 3)
                && (s == 3 || !Character.isLetter(t.text.charAt(s - 4)))) {
            return false; // "SE-281 31 Hässleholm"
        }
        if (s >= 2 && (before == '-' || before == '/')) {
            return Character.isLetterOrDigit(t.text.charAt(s - 2));
        }
        if (s >= 2 && (before == ':' || before == '.' || before == ',')) {
            // "1962:381", "F32.1", "1 234,50"; but "tel:070..." and "pnr.8703..." are
            // labels
            return Character.isDigit(t.text.charAt(s - 2));
        }
        return false;
    }

    /** Collects the digit groups of a number written with separators, from token i on. */
    private static int sequence(TextTokens t, int i, int[] groups) {
        int count = 0;
        groups[count++] = i;
        int current = i;
        while (count < groups.length) {
            int next = current + 1;
            int separatorChars = 0;
            while (next < t.size && t.isSymbolIn(next, "-+/().–") && separatorChars < 3) {
                separatorChars++;
                next++;
            }
            if (next >= t.size || !t.isNumber(next) || t.afterLineBreak[next]) {
                break;
            }
            int between = t.start[next] - t.end[current];
            if (between > 3 || between - separatorChars > (separatorChars == 0 ? 1 : 2)) {
                break;
            }
            groups[count++] = next;
            current = next;
        }
        return count;
    }

    private static String separator(TextTokens t, int from, int to) {
        return t.text.substring(t.end[from], t.start[to]);
    }

    private int personnummer(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        int len = t.length(first);
        if ((len == 10 || len == 12) && isPersonnummerDate(t.text, t.start[first], len)) {
            if (len == 10 && t.text.charAt(t.start[first]) == '0' && isMobilePrefix(t.text, t.start[first])) {
                return 0; // a mobile number written without separators
            }
            findings.add(Finding.certain(FindingType.PERSONNUMMER, t.start[first], t.end[first]));
            return 1;
        }
        if ((len == 6 || len == 8) && count >= 2 && t.length(g[1]) == 4
                && isPersonnummerDate(t.text, t.start[first], len)) {
            String sep = separator(t, first, g[1]);
            if (sep.equals("-") || sep.equals("+") || sep.equals(" ") || sep.equals("–") || sep.equals(" - ")) {
                findings.add(Finding.certain(FindingType.PERSONNUMMER, t.start[first], t.end[g[1]]));
                return 2;
            }
        }
        return 0;
    }

    private static boolean isMobilePrefix(String text, int start) {
        return text.charAt(start + 1) == '7' && "02369".indexOf(text.charAt(start + 2)) >= 0;
    }

    /** yymmdd or yyyymmdd, day may be + 60 (samordningsnummer). */
    private static boolean isPersonnummerDate(String text, int start, int len) {
        int offset = (len == 8 || len == 12) ? 2 : 0;
        if (offset == 2) {
            String century = text.substring(start, start + 2);
            if (!century.equals("18") && !century.equals("19") && !century.equals("20")) {
                return false;
            }
        }
        int month = twoDigits(text, start + offset + 2);
        int day = twoDigits(text, start + offset + 4);
        if (day > 60) {
            day -= 60;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean validDate(String text, int start, int len) {
        int offset = len == 8 ? 2 : 0;
        if (len == 8) {
            int century = twoDigits(text, start);
            if (century != 19 && century != 20) {
                return false;
            }
        }
        int month = twoDigits(text, start + offset + 2);
        int day = twoDigits(text, start + offset + 4);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int twoDigits(String text, int at) {
        return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
    }

    private int phone(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        String firstGroup = t.string(first);
        StringBuilder national = new StringBuilder(12);
        int start = t.start[first];
        int index = 0;
        boolean plus = start > 0 && t.text.charAt(start - 1) == '+';
        if (plus && firstGroup.startsWith("46")) {
            start--;
            national.append('0').append(firstGroup, 2, firstGroup.length());
        }
        else if (firstGroup.startsWith("0046")) {
            national.append('0').append(firstGroup, 4, firstGroup.length());
        }
        else if (!plus && firstGroup.length() >= 2 && firstGroup.charAt(0) == '0' && firstGroup.charAt(1) != '0') {
            national.append(firstGroup);
            if (start > 0 && t.text.charAt(start - 1) == '(') {
                start--;
            }
        }
        else if (plus && firstGroup.charAt(0) != '0') {
            return foreignPhone(t, g, count, findings);
        }
        else {
            return 0;
        }
        // "+46 (0)8 ...": the trunk zero in parentheses
        if (national.length() == 1 && count > 1 && t.string(g[1]).equals("0")
                && separator(t, first, g[1]).contains("(")) {
            index = 1;
        }
        int last = first;
        int used = 1;
        for (int k = index + 1; k < count; k++) {
            if (national.length() + t.length(g[k]) > 10) {
                break;
            }
            String sep = separator(t, g[k - 1], g[k]);
            // "+" starts another number, "–" is a range ("08.00–14.24"); "." only in
            // "070.123.45.67"
            if (sep.contains("+") || sep.contains("–")
                    || (sep.contains(".") && (t.length(g[0]) < 3 || !separator(t, g[0], g[1]).equals(".")))) {
                break;
            }
            national.append(t.string(g[k]));
            last = g[k];
            used = k + 1;
        }
        int digits = national.length();
        boolean mobile = digits >= 3 && national.charAt(1) == '7';
        if ((mobile && digits != 10) || digits < 8 || digits > 10) {
            return 0;
        }
        if (national.charAt(1) == '0') {
            return 0;
        }
        if (allowedPhones.contains(national.toString())) {
            findings.allow(start, t.end[last]);
            return used;
        }
        findings.add(Finding.certain(FindingType.PHONE, start, t.end[last]));
        return used;
    }

    /** "+47 912 34 567", "+358 40 123 4567": 8 to 15 digits after a country code. */
    private static int foreignPhone(TextTokens t, int[] g, int count, Findings findings) {
        int digits = t.length(g[0]);
        int used = 1;
        for (int k = 1; k < count; k++) {
            String sep = separator(t, g[k - 1], g[k]);
            if (sep.contains("+") || sep.contains("/") || digits + t.length(g[k]) > 15) {
                break;
            }
            digits += t.length(g[k]);
            used = k + 1;
        }
        if (digits < 8 || digits > 15) {
            return 0;
        }
        findings.add(Finding.certain(FindingType.PHONE, t.start[g[0]] - 1, t.end[g[used - 1]]));
        return used;
    }

    private int card(TextTokens t, int[] g, int count, Findings findings) {
        StringBuilder digits = new StringBuilder(20);
        int last = -1;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                String sep = separator(t, g[k - 1], g[k]);
                if (!sep.equals(" ") && !sep.equals("-")) {
                    break;
                }
            }
            if (digits.length() + t.length(g[k]) > 19) {
                break;
            }
            digits.append(t.string(g[k]));
            last = k;
            if (digits.length() >= 13 && luhn(digits)) {
                findings.add(Finding.certain(FindingType.CASE_NUMBER, t.start[g[0]], t.end[g[k]]));
                return k + 1;
            }
        }
        return 0;
    }

    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** "281 31 Hässleholm", "28131 Hässleholm". */
    private int postalCode(TextTokens t, int[] g, int count, Findings findings) {
        int first = g[0];
        int last;
        if (t.length(first) == 3 && count >= 2 && t.length(g[1]) == 2 && separator(t, first, g[1]).equals(" ")) {
            last = g[1];
        }
        else if (t.length(first) == 5 && count == 1) {
            last = first;
        }
        else {
            return 0;
        }
        if (t.text.charAt(t.start[first]) == '0') {
            return 0;
        }
        int town = last + 1;
        if (town >= t.size || t.gap(last) != 1 || !t.isWord(town)
                || !Character.isUpperCase(t.text.charAt(t.start[town])) || t.length(town) < 2) {
            return 0;
        }
        int end = t.end[town];
        if (t.isCapitalised(town + 1) && t.gap(town) == 1 && lexicon().notNames.contains(t.lower(town + 1))) {
            end = t.end[town + 1];
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[first], end));
        return last == first ? 1 : 2;
    }

    // ---------------------------------------------------------------- words

    private void findAddressesAndNames(TextTokens t, Findings findings) {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || findings.covers(t.start[i])) {
                continue;
            }
            int consumed = address(t, i, findings);
            if (consumed < 0) {
                consumed = name(t, i, findings);
            }
            if (consumed > i) {
                i = consumed;
            }
        }
    }

    /** Returns the last token of a found address, or -1. */
    private int address(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) && !t.isWord(i)) {
            return -1;
        }
        String lower = null;
        boolean street = false;
        boolean box = false;
        if (t.isCapitalised(i)) {
            lower = t.lower(i);
            if (lower.equals("box") || lower.equals("lgh")) {
                box = true;
            }
            else {
                street = isStreetName(lower);
            }
        }
        else if (t.equalsIgnoreCase(i, "lgh")) {
            box = true;
        }
        if (!street && !box) {
            // "Karl Johans väg 5", "Stora Torget 3": a suffix word after a capitalised
            // word
            if (t.isCapitalised(i) && t.isWord(i + 1) && t.gap(i) == 1) {
                String next = t.lower(i + 1);
                if ((STREET_SUFFIXES.contains(next) || isStreetName(next)) && t.isNumber(i + 2) && t.gap(i + 1) == 1
                        && t.length(i + 2) <= 4) {
                    return finishAddress(t, i, i + 2, findings);
                }
            }
            return -1;
        }
        int number = i + 1;
        if (!t.isNumber(number) || t.gap(i) > 1 || t.length(number) > (box ? 5 : 3) || t.afterLineBreak[number]) {
            return -1;
        }
        if (box && lower != null && lower.equals("box") && t.length(number) < 2) {
            return -1;
        }
        int start = i;
        if (street && t.isWord(i - 1) && t.gap(i - 1) == 1 && STREET_PREFIXES.contains(t.lower(i - 1))) {
            start = i - 1;
        }
        return finishAddress(t, start, number, findings);
    }

    private boolean isStreetName(String lower) {
        for (String suffix : STREET_SUFFIXES) {
            if (lower.length() > suffix.length() + 1 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private int finishAddress(TextTokens t, int start, int number, Findings findings) {
        int last = number;
        // 3 B, 45B
        if (t.isWord(last + 1) && t.length(last + 1) == 1 && t.gap(last) <= 1
                && Character.isUpperCase(t.text.charAt(t.start[last + 1]))
                && (last + 2 >= t.size || !t.isWord(last + 2) || t.gap(last + 1) > 0)) {
            last++;
        }
        // lgh 1102, tr 2, nb
        int k = last + 1;
        if (t.isSymbol(k, ',')) {
            k++;
        }
        if (t.isWord(k) && (t.equalsIgnoreCase(k, "lgh") || t.equalsIgnoreCase(k, "lägenhet")
                || t.equalsIgnoreCase(k, "tr") || t.equalsIgnoreCase(k, "lght"))) {
            int n = k + 1;
            if (t.isSymbol(n, '.')) {
                n++;
            }
            if (t.isNumber(n)) {
                last = n;
            }
        }
        findings.add(Finding.certain(FindingType.ADDRESS, t.start[start], t.end[last]));
        return last;
    }

    /** Returns the last token of a found name, or -1. */
    private int name(TextTokens t, int i, Findings findings) {
        if (!t.isCapitalised(i) && isLowerCaseFullName(t, i)) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
            return i + 1;
        }
        if (!t.isCapitalised(i)) {
            // "sonen ali": a name typed in lower case right after a relation
            if (t.isWord(i) && t.length(i) > 2 && t.spaceBefore(i) && t.isWord(i - 1)
                    && Character.isLowerCase(t.text.charAt(t.start[i]))
                    && Arrays.binarySearch(STRONG_PERSON_CUE_HASHES, t.lowerHash(i - 1)) >= 0
                    && STRONG_PERSON_CUES.contains(t.lower(i - 1))) {
                String lower = t.lower(i);
                if (lexicon().firstNames.contains(lower) && !lexicon().nameWords.contains(lower)
                        && !lexicon().notNames.contains(lower)) {
                    findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
                    return i;
                }
            }
            return -1;
        }
        if (hasLowerCasePart(t, i)) {
            return -1; // "Viktor-dagen", "Eva-modellen"
        }
        String lower = t.lower(i);
        NameKind kind = kind(lower);
        String previous = t.isWord(i - 1) && t.gap(i - 1) <= 1 ? t.lower(i - 1) : null;
        if (previous == null && afterTitleAbbreviation(t, i)) {
            previous = t.lower(i - 2); // "Dr. Ahlström", "hr. Nilsson"
        }
        if (kind == NameKind.NONE) {
            // "sambon Micke", "fru Xhemajli": a capitalised word nobody lists, right
            // after a person
            if (previous != null && STRONG_PERSON_CUES.contains(previous) && !startsSentence(t, i)
                    && !(t.isWord(i + 1) && PLACE_FOLLOWERS.contains(t.lower(i + 1)))) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
                return i;
            }
            if (unknownWordLooksLikeName(t, i, lower, previous)) {
                // "Rebaz Karimi": an unknown first name before a known surname is a full
                // name
                if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && kind(t.lower(i + 1)).surname) {
                    findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
                    return i + 1;
                }
                findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
                return i;
            }
            return -1;
        }
        boolean personCue = previous != null && PERSON_CUES.contains(previous);
        boolean titleCue = previous != null && PERSON_TITLES.contains(previous);
        boolean placeFollows = t.isWord(i + 1) && PLACE_FOLLOWERS.contains(t.lower(i + 1));
        if (kind == NameKind.NOT_NAME && (titleCue || (previous != null && STRONG_PERSON_CUES.contains(previous)))
                && (lexicon().surnames.contains(lower) || lexicon().firstNames.contains(lower))) {
            // "handläggare Berg", "klienten Nora": a place name used as a person's name
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (placeFollows || kind == NameKind.NOT_NAME) {
            return -1;
        }
        if (previous != null && INSTITUTION_PREFIXES.contains(previous)) {
            return -1; // "lex Sarah", "S:t Lars", "Drottning Silvia"
        }
        if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && lexicon().notNames.contains(t.lower(i + 1))
                && !kind(t.lower(i + 1)).any()) {
            return -1; // "Maria Ungdom", "Maria Skåne": a clinic, not a person
        }
        // full names: a first name followed by one or two surnames
        if (kind.first) {
            int last = i;
            int j = i + 1;
            while (j < t.size && j <= i + 3 && t.spaceBefore(j) && t.isCapitalised(j)) {
                String next = t.lower(j);
                NameKind nextKind = kind(next);
                boolean surname = nextKind.surname || nextKind.other || (nextKind.first && j > i);
                boolean unknown = nextKind == NameKind.NONE;
                if (nextKind == NameKind.NOT_NAME || nextKind.word && !surname) {
                    break;
                }
                if (surname || (unknown && !kind.word)) {
                    last = j;
                    j++;
                }
                else {
                    break;
                }
            }
            if (last > i) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[last]));
                return last;
            }
        }
        boolean sentenceStart = startsSentence(t, i);
        if (titleCue && (kind.any() || kind == NameKind.NONE)) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (previous != null && STRONG_PERSON_CUES.contains(previous) && kind.any()) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (!kind.first && !kind.surname) {
            return -1;
        }
        if (personCue && kind.first) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (kind.word) {
            if (!sentenceStart && kind.first && (previous == null
                    || !(PLACE_PREPOSITIONS.contains(previous) || NOT_BEFORE_NAMES.contains(previous)))) {
                findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
                return i;
            }
            if (sentenceStart && kind.first && personFollows(t, i)) {
                findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
                return i;
            }
            return -1;
        }
        if (kind.first) {
            findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        // a surname alone: not where a place would be ("i Berg"); at a sentence start
        // only when a
        // person's verb follows ("Andersson har ...")
        if ((!sentenceStart || (!kind.word && personFollows(t, i)))
                && (previous == null || !PLACE_PREPOSITIONS.contains(previous))) {
            findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        return -1;
    }

    /**
     * A capitalised word in no list: in Swedish, inside a sentence that makes it a proper
     * noun, so a name unless it looks like a place, an organisation or a Swedish word; at
     * the start of a sentence only when a verb of a person follows ("Xamse berättar").
     */
    private boolean unknownWordLooksLikeName(TextTokens t, int i, String lower, String previous) {
        if (lower.length() < 3 || lower.length() > 16 || t.isUpperCaseCode(i) || lexicon().swedishWords.isEmpty()) {
            return false; // without a Swedish word list, unknown words are never taken
                          // for names
        }
        if (previous != null && (PLACE_PREPOSITIONS.contains(previous) || NOT_BEFORE_NAMES.contains(previous))) {
            return false;
        }
        if (t.isWord(i + 1) && PLACE_FOLLOWERS.contains(t.lower(i + 1))) {
            return false;
        }
        if (FUNCTION_WORDS.contains(lower) || looksLikePlace(lower) || lexicon().isSwedishWord(lower)
                || (lower.length() >= 6 && lower.endsWith("ing"))) {
            return false;
        }
        if (startsWithPlace(lower)) {
            return false; // "Skånetrafiken", "Stockholmshem"
        }
        if (lower.indexOf('-') >= 0 && !allPartsUnknownCapitalised(t.string(i))) {
            // "SIP-möte", "ESF-projektet", "Okt-Dec" are no names; "Hemström-Hemmingsson"
            // is
            return false;
        }
        if (startsSentence(t, i)) {
            return personFollows(t, i)
                    || (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && kind(t.lower(i + 1)).surname);
        }
        // "Region Xyz", "Save the Children": after another capitalised word, a proper
        // noun of
        // several words
        return !(t.isCapitalised(i - 1) && t.spaceBefore(i) && !kind(t.lower(i - 1)).any());
    }

    private static boolean hasLowerCasePart(TextTokens t, int i) {
        for (int k = t.start[i] + 1; k < t.end[i] - 1; k++) {
            if (t.text.charAt(k) == '-' && Character.isLowerCase(t.text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "anna svensson": a first name and a surname typed in lower case, neither a word.
     */
    private boolean isLowerCaseFullName(TextTokens t, int i) {
        if (!t.isWord(i) || !t.isWord(i + 1) || t.length(i) < 3 || t.length(i + 1) < 4 || !t.spaceBefore(i + 1)
                || !Character.isLowerCase(t.text.charAt(t.start[i]))
                || !Character.isLowerCase(t.text.charAt(t.start[i + 1]))) {
            return false;
        }
        NameLexicon lexicon = lexicon();
        String first = t.lower(i);
        if (!lexicon.firstNames.contains(first) || lexicon.nameWords.contains(first)
                || lexicon.notNames.contains(first)) {
            return false;
        }
        String last = t.lower(i + 1);
        return lexicon.surnames.contains(last) && !lexicon.nameWords.contains(last) && !lexicon.notNames.contains(last)
                && !lexicon.isSwedishWord(last) && !lexicon.isSwedishWord(first);
    }

    /** A place or organisation followed by a Swedish word, as one compound. */
    private boolean startsWithPlace(String lower) {
        NameLexicon lexicon = lexicon();
        for (int k = 4; k <= lower.length() - 3; k++) {
            String left = lower.substring(0, k);
            boolean place = lexicon.notNames.contains(left)
                    || (left.endsWith("s") && lexicon.notNames.contains(left.substring(0, k - 1)));
            if (place && lexicon.isSwedishWord(lower.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean allPartsUnknownCapitalised(String word) {
        for (String part : word.split("-")) {
            String lower = NameLexicon.key(part);
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))
                    || part.equals(part.toUpperCase(Locale.ROOT)) || lexicon().notNames.contains(lower)
                    || lexicon().isSwedishWord(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Endings of Swedish place and organisation names. */
    static boolean looksLikePlace(String lower) {
        int n = lower.length();
        for (String ending : PLACE_ENDINGS) {
            if (n > ending.length() + 1 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean personFollows(TextTokens t, int i) {
        int next = i + 1;
        if (t.isWord(next) && PERSON_VERBS.contains(t.lower(next))) {
            return true;
        }
        // "Björn, 45 år," and "Rosa (32)"
        if (t.isSymbol(next, ',') && t.isNumber(next + 1) && t.length(next + 1) <= 2) {
            return true;
        }
        // "Xamse, som är 34,"
        if (t.isSymbol(next, ',') && t.equalsIgnoreCase(next + 1, "som")) {
            return true;
        }
        // "Rosa och hennes bror", "Björns mamma" (but "Hans mamma" is "his mother")
        if (t.equalsIgnoreCase(next, "och") && t.isWord(next + 1) && POSSESSIVES.contains(t.lower(next + 1))) {
            return true;
        }
        String lower = t.lower(i);
        if (lower.length() > 3 && lower.endsWith("s") && !POSSESSIVES.contains(lower) && t.isWord(next)
                && RELATIVES.contains(t.lower(next))) {
            return true;
        }
        return t.isSymbol(next, '(') && t.isNumber(next + 1) && t.length(next + 1) <= 2;
    }

    private static final Set<String> TITLE_ABBREVIATIONS = words("dr", "hr", "fr", "frk", "doc", "prof", "leg", "ssk",
            "usk");

    /** True when token i follows "Dr." or another title abbreviated with a full stop. */
    private static boolean afterTitleAbbreviation(TextTokens t, int i) {
        return i >= 2 && t.isSymbol(i - 1, '.') && t.gap(i - 1) <= 1 && t.gap(i - 2) == 0 && t.isWord(i - 2)
                && TITLE_ABBREVIATIONS.contains(t.lower(i - 2));
    }

    private static boolean startsSentence(TextTokens t, int i) {
        if (i == 0 || t.afterLineBreak[i]) {
            return true;
        }
        if (afterTitleAbbreviation(t, i)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.kind[k] == TextTokens.SYMBOL && "\"”“'‘’«»([*".indexOf(t.text.charAt(t.start[k])) >= 0) {
            if (t.afterLineBreak[k] || "\"“«(['‘".indexOf(t.text.charAt(t.start[k])) >= 0) {
                // a quoted title or a parenthesis starts like a sentence
                return true;
            }
            k--;
        }
        if (k < 0) {
            return true;
        }
        if (t.kind[k] != TextTokens.SYMBOL) {
            return false;
        }
        char c = t.text.charAt(t.start[k]);
        if (".!?:;…•·▪>|".indexOf(c) >= 0) {
            return true;
        }
        return ("-–—".indexOf(c) >= 0) && (k == 0 || t.afterLineBreak[k]);
    }

    private NameKind kind(String lower) {
        String key = lower;
        if (lexicon().notNames.contains(key)) {
            return NameKind.NOT_NAME;
        }
        boolean first = lexicon().firstNames.contains(key);
        boolean surname = lexicon().surnames.contains(key);
        boolean other = !first && !surname && lexicon().otherNames.contains(key);
        if (!first && !surname && !other) {
            // possessive: Ahmeds, Björns
            if (key.length() > 3 && key.endsWith("s")) {
                String base = key.substring(0, key.length() - 1);
                if (lexicon().notNames.contains(base)) {
                    return NameKind.NOT_NAME;
                }
                if (lexicon().nameWords.contains(base)) {
                    lower = base;
                }
                first = lexicon().firstNames.contains(base);
                surname = lexicon().surnames.contains(base);
                other = !first && !surname && lexicon().otherNames.contains(base);
                if (first || surname || other) {
                    key = base;
                }
            }
            // Ann-Marie, Hemström-Hemmingsson
            int hyphen = key.indexOf('-');
            if (!first && !surname && !other && hyphen > 1) {
                String part = key.substring(0, hyphen);
                first = lexicon().firstNames.contains(part);
                surname = lexicon().surnames.contains(part);
            }
        }
        if (!first && !surname && !other) {
            return NameKind.NONE;
        }
        return NameKind.of(first, surname, other, lexicon().nameWords.contains(lower));
    }

    private record NameKind(boolean first, boolean surname, boolean other, boolean word, boolean notName) {

        static final NameKind NONE = new NameKind(false, false, false, false, false);

        static final NameKind NOT_NAME = new NameKind(false, false, false, false, true);

        static NameKind of(boolean first, boolean surname, boolean other, boolean word) {
            return new NameKind(first, surname, other, word, false);
        }

        boolean any() {
            return first || surname || other;
        }

    }

    // ---------------------------------------------------------------- helpers

    /** Digits of a Swedish phone number in national form: +46 and 0046 read as 0. */
    static String nationalDigits(String number) {
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String all = digits.toString();
        if (number.strip().startsWith("+46")) {
            return "0" + all.substring(2);
        }
        if (all.startsWith("0046")) {
            return "0" + all.substring(4);
        }
        return all;
    }

    /** Findings so far; a later finding that overlaps an earlier one is dropped. */
    private static final class Findings {

        final List<Finding> list = new ArrayList<>();

        private final List<int[]> blocked = new ArrayList<>();

        void add(Finding finding) {
            if (overlaps(finding.start(), finding.end())) {
                return;
            }
            list.add(finding);
        }

        /** Marks a span as handled without reporting it (an allow-listed number). */
        void allow(int start, int end) {
            blocked.add(new int[] { start, end });
        }

        boolean covers(int offset) {
            return overlaps(offset, offset + 1);
        }

        private boolean overlaps(int start, int end) {
            for (Finding finding : list) {
                if (start < finding.end() && finding.start() < end) {
                    return true;
                }
            }
            for (int[] span : blocked) {
                if (start < span[1] && span[0] < end) {
                    return true;
                }
            }
            return false;
        }

    }

}
