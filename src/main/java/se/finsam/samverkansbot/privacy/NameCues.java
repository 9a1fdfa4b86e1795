package se.finsam.samverkansbot.privacy;

import java.util.List;
import java.util.Set;

/**
 * The word lists {@link NameDetector} reads its context from: person cues and titles
 * before a name, verbs of a person after it, words that make a capitalised word a place,
 * an organisation or a title instead, and Swedish function words that start sentences.
 * They are hand-made and tuned on the privacy corpus, so they live apart from the
 * detection logic where they can be read and extended as lists; all are hash sets looked
 * up with a token's lower-case form (the strong person cues also as sorted hashes, so
 * that a lower-case word is checked without building its string first).
 */
final class NameCues {

    private NameCues() {
    }

    /** Words before a name that say it is a person: relations, roles, titles. */
    static final Set<String> PERSON_CUES = WordSets.of("klienten", "klient", "kunden", "kund", "brukaren", "brukare",
            "deltagaren", "deltagare", "patienten", "patient", "sökanden", "sökande", "individen", "personen",
            "kvinnan", "mannen", "flickan", "pojken", "tjejen", "killen", "ungdomen", "eleven", "barnet", "sonen",
            "son", "sönerna", "dottern", "dotter", "döttrarna", "bror", "brodern", "brorsan", "brorsa", "syster",
            "systern", "syrran", "mamma", "mamman", "mor", "modern", "pappa", "pappan", "far", "fadern", "make",
            "maken", "maka", "makan", "sambo", "sambon", "partner", "partnern", "pojkvän", "pojkvännen", "flickvän",
            "flickvännen", "frun", "hustru", "hustrun", "farmor", "mormor", "farfar", "morfar", "kusin", "kusinen",
            "moster", "faster", "morbror", "farbror", "svärmor", "svärfar", "styvpappa", "styvmamma", "bonuspappa",
            "bonusmamma", "vän", "vännen", "väninnan", "kompis", "kompisen", "granne", "grannen", "kollega", "kollegan",
            "handläggaren", "handläggare", "kontaktperson", "kontaktpersonen", "förvaltare", "förvaltaren", "läkaren",
            "läkare", "kuratorn", "kurator", "psykologen", "psykolog", "sjuksköterskan", "sjuksköterska",
            "arbetsförmedlaren", "arbetsförmedlare", "socialsekreteraren", "socialsekreterare", "coachen", "coach",
            "chefen", "arbetsgivaren", "heter", "hette", "kallas", "kallad", "namn", "namnet", "herr", "hr", "fru",
            "fröken", "frk", "dr", "doktor", "familjen", "fam", "tolken", "tolk", "assistenten", "boendestödjaren",
            "stödpersonen", "försäkringshandläggare", "försäkringshandläggaren", "utredaren", "rektor", "rektorn",
            "mentor", "mentorn", "lärare", "läraren", "elev", "syskonet", "barnbarnet", "fästmö", "fästman", "exmaken",
            "exmakan", "expartnern", "ex", "dottern", "gode", "sjukgymnasten", "arbetsterapeuten", "fysioterapeuten",
            "terapeuten", "ombudet", "advokaten", "juristen", "styvdottern", "styvsonen", "fosterbarnet",
            "fosterhemsföräldern");

    /**
     * Words after a capitalised first name at the start of a sentence that show it is a
     * person.
     */
    static final Set<String> PERSON_VERBS = WordSets.of("blev", "blir", "tror", "trodde", "ligger", "låg", "sitter",
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
            "beskriver", "beskrev", "deltar", "deltog", "nekar", "vägrar", "klarar", "förstår", "pratar", "talar",
            "dök", "föll", "sprang", "drog", "valde", "väljer", "slog", "bröt", "försvann", "hjälper", "hjälpte",
            "driver", "drev", "bjöd", "lämnade", "lämnar", "tackade", "tackar", "sköter", "skötte", "somnade",
            "vaknade", "grät", "skrattar", "skrattade", "hotar", "hotade", "slutar", "betalar", "betalade", "lånade",
            "lånar");

    /** Words after a capitalised word that make it a place or an organisation. */
    static final Set<String> PLACE_FOLLOWERS = WordSets.of("kommun", "kommuns", "kommuner", "län", "läns", "stad",
            "stads", "region", "regions", "universitet", "sjukhus", "lasarett", "vårdcentral", "socialtjänst",
            "församling", "kyrka", "skola", "gymnasium", "hamn", "centrum", "station", "torg", "arena", "folkhögskola",
            "kommunförbund", "samordningsförbund", "bibliotek", "ab", "hb", "kb", "stift");

    /**
     * Capitalised words after a name that make it a company ("Svea Ekonomi", "Nordic
     * Bemanning").
     */
    static final Set<String> ORGANISATION_HEADS = WordSets.of("ekonomi", "inkasso", "bank", "finans", "fastigheter",
            "bostäder", "bemanning", "assistans", "omsorg", "bygg", "städ", "service", "konsult", "consulting",
            "gruppen", "group", "invest", "kredit", "försäkring", "försäkringar", "redovisning", "transport",
            "logistik", "svets", "måleri", "el", "vvs", "åkeri", "restaurang", "café", "pizzeria", "frisör");

    static final Set<String> PERSON_TITLES = WordSets.of("herr", "hr", "fru", "fröken", "frk", "dr", "doktor",
            "familjen", "fam", "heter", "hette", "kallas", "namnet", "handläggare", "handläggaren", "läkare", "läkaren",
            "kurator", "kuratorn", "psykolog", "psykologen", "socialsekreterare", "socialsekreteraren", "sjuksköterska",
            "sjuksköterskan", "arbetsförmedlare", "arbetsförmedlaren", "coach", "coachen", "kontaktperson",
            "kontaktpersonen", "rektor", "lärare", "läraren", "mentor", "advokat", "advokaten", "jurist", "juristen",
            "försäkringshandläggare", "försäkringshandläggaren", "tolk", "tolken", "utredare", "utredaren", "chef",
            "chefen", "biståndshandläggare", "biståndshandläggaren");

    /** Person cues strong enough to make any capitalised word after them a name. */
    static final Set<String> STRONG_PERSON_CUES = WordSets.of("klient", "kallad", "kallade", "son", "sonen", "dotter",
            "dottern", "bror", "brodern", "syster", "systern", "mamma", "mamman", "pappa", "pappan", "make", "maken",
            "maka", "makan", "sambo", "sambon", "fru", "frun", "hustru", "hustrun", "herr", "hr", "fröken", "frk",
            "heter", "hette", "kallas", "klienten", "brukaren", "deltagaren", "pojkvän", "pojkvännen", "flickvän",
            "flickvännen", "partner", "partnern", "dr", "doktor", "familjen", "barnet", "kusin", "kusinen", "mormor",
            "farmor", "morfar", "farfar", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma");

    static final int[] STRONG_PERSON_CUE_HASHES = STRONG_PERSON_CUES.stream()
        .mapToInt(TextTokens::hash)
        .sorted()
        .toArray();

    static final Set<String> PLACE_PREPOSITIONS = WordSets.of("i", "från", "till", "mot", "vid", "utanför", "nära",
            "inom", "runt", "norr", "söder", "öster", "väster", "via");

    static final List<String> PLACE_ENDINGS = List.of("stad", "holm", "köping", "by", "torp", "ryd", "hult", "fors",
            "berg", "sjö", "vik", "näs", "ås", "inge", "hamn", "borg", "lund", "bro", "dal", "dalen", "fält", "åker",
            "vall", "mark", "red", "tuna", "landa", "boda", "lösa", "arp", "rum", "hed", "sund", "land", "län", "ien",
            "stan", "vägen", "gatan", "torget", "huset", "gården", "skolan", "verket", "kassan", "förmedlingen",
            "myndigheten", "nämnden", "förbundet", "centralen", "mottagningen", "enheten", "kliniken", "boendet",
            "hemmet", "föreningen", "kyrkan", "banken", "bolaget", "rätten", "vården", "tjänsten", "ön", "älven",
            "sjön", "fjället", "skogen", "backe", "bruk", "hus", "ängen", "köpstad");

    /**
     * Subject pronouns: right after a sentence's first word and its verb they make that
     * word no subject ("Falk har vi inte hört något om").
     */
    static final Set<String> SUBJECT_PRONOUNS = WordSets.of("jag", "du", "han", "hon", "hen", "vi", "ni", "de", "man");

    /**
     * Words that follow the object of a verb rather than qualify it: adverbs of time,
     * prepositions, conjunctions ("ringer lisa imorgon", "träffade sten och hans bror").
     */
    static final Set<String> AFTER_OBJECT_WORDS = WordSets.of("imorgon", "idag", "igår", "ikväll", "imorse", "nu",
            "senare", "igen", "tillbaka", "sen", "sedan", "i", "på", "om", "och", "o", "efter", "före", "innan", "hos",
            "med", "men", "som", "så", "angående", "ang", "kl", "förra", "nästa", "också", "direkt", "snart");

    /** Words that start Swedish sentences and are never names. */
    static final Set<String> FUNCTION_WORDS = WordSets.of("jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dem",
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
            "maka", "sambo", "vecka", "månad", "år", "tid", "period", "timme", "timmar", "dagar", "veckor", "månader",
            "ibland", "oklart", "viktigt", "svårt", "lätt", "bra", "dåligt", "sämre", "bättre", "nej", "ja");

    /**
     * Words after which a capitalised word is a title, not a name ("projektet
     * Drivhuset").
     */
    static final Set<String> NOT_BEFORE_NAMES = WordSets.of("projektet", "projekt", "programmet", "program", "metoden",
            "metod", "modellen", "modell", "verksamheten", "verksamhet", "insatsen", "satsningen", "föreningen",
            "stiftelsen", "företaget", "bolaget", "organisationen", "myndigheten", "enheten", "avdelningen",
            "avdelning", "avd", "boendet", "kursen", "utbildningen", "appen", "tjänsten", "systemet", "lagen",
            "förordningen", "regionen", "kommunen", "staden", "orten", "byn", "landet", "länet", "gatan", "kvarteret",
            "området", "stadsdelen", "skolan", "gymnasiet", "folkhögskolan", "högskolan", "universitetet", "sjukhuset",
            "vårdcentralen", "kliniken", "mottagningen", "enligt", "via", "på", "språket", "språk", "tolk", "tolken",
            "på", "diagnosen", "syndrom", "sjukdomen", "enkäten", "enkät", "kampanjen", "konferensen", "rapporten",
            "boken", "filmen", "nätverket", "gruppen", "samtalsgruppen", "spelet", "tidningen", "podden", "evenemanget",
            "festivalen");

    /** Verbs of sending before "till" and its receiver ("skickad till ..."). */
    static final Set<String> SENDING_VERBS = WordSets.of("skickad", "skickade", "skickat", "skickas", "skrev",
            "skrivit", "mejlade", "mejlat", "mailade", "mailat", "sms:ade", "sms:at", "vidarebefordrade", "postade",
            "gick");

    /** Weekdays as abbreviated before a date ("Tor 3/10", "fre 12/4"). */
    static final Set<String> WEEKDAY_ABBREVIATIONS = WordSets.of("mån", "tis", "ons", "tor", "tors", "fre", "lör",
            "sön");

    /** Words before a first name that make it the name of a law, place or institution. */
    static final Set<String> INSTITUTION_PREFIXES = WordSets.of("lex", "sankt", "sankta", "st", "t", "drottning",
            "kung", "prins", "prinsessan", "kronprinsessan", "drottningens", "kungens");

    static final Set<String> POSSESSIVES = WordSets.of("hans", "hennes", "hens", "sin", "sina", "sitt", "dess",
            "deras");

    static final Set<String> RELATIVES = WordSets.of("mamma", "pappa", "mor", "far", "bror", "syster", "son", "dotter",
            "fru", "man", "make", "maka", "sambo", "partner", "barn", "föräldrar", "familj", "mormor", "morfar",
            "farmor", "farfar", "handläggare", "läkare", "lärare", "kontaktperson", "gode", "förvaltare",
            "arbetsgivare", "chef", "kollega", "vän", "flickvän", "pojkvän", "exman", "exfru", "syskon");
    static final Set<String> TITLE_ABBREVIATIONS = WordSets.of("dr", "hr", "fr", "frk", "doc", "prof", "leg", "ssk",
            "usk");

    /** Labels whose value is a person ("Namn: ...", "Klient: ..."). */
    static final Set<String> PERSON_LABELS = WordSets.of("namn", "klient", "klienten", "sökande", "sökanden",
            "kontaktperson", "handläggare", "handläggaren", "förälder", "vårdnadshavare", "mamma", "pappa", "patient",
            "patienten", "elev", "deltagare", "deltagaren", "brukare", "ombud", "företrädare", "förvaltare", "barn",
            "barnet", "make", "maka", "sambo", "läkare", "kurator", "från", "till", "kopia", "av", "person", "individ",
            "medsökande", "god", "man", "referent", "utredare", "kontakt", "anhörig", "anhöriga", "närstående",
            "närvarande", "frånvarande", "referensperson");

    /** Words before a lower-case name in chat ("pratade med kerstin", "ang. mirsad"). */
    static final Set<String> LOWER_CASE_NAME_CUES = WordSets.of("med", "ang", "angående", "gällande", "rörande", "från",
            "till", "åt", "hos", "ringde", "ringt", "träffade", "träffat", "pratade", "pratat", "mejlade", "mejlat",
            "mailade", "mötte", "möter", "träffar", "besökte", "enligt", "och", "klienten", "brukaren", "deltagaren",
            "sonen", "dottern", "mamman", "pappan", "sambon", "frun", "maken", "hälsa", "fråga", "frågade", "sa",
            "sade", "skrev", "sms", "sms:a");

    /** Verbs after a subject and before an age: "är 64". */
    static final Set<String> AGE_VERBS = WordSets.of("är", "var", "blev", "fyller", "fyllde", "blir");

    /** Units that make the number after a verb no age ("är 64 kr", "var 3 procent"). */
    static final Set<String> NOT_AGE_UNITS = WordSets.of("kr", "kronor", "procent", "timmar", "dagar", "veckor",
            "månader", "minuter", "km", "mil", "st", "gånger", "personer", "platser", "ärenden", "deltagare", "kap",
            "av", "till", "i", "mot");

    /** Prepositions of a place phrase between a subject and its verb. */
    static final Set<String> PLACE_PHRASE_PREPOSITIONS = WordSets.of("på", "från", "vid", "hos", "inom");

    /**
     * Heads of concept nouns after a scholar's possessive ("Maslows behovstrappa"),
     * matched as word endings so that compounds count.
     */
    static final List<String> CONCEPT_HEADS = List.of("begrepp", "begreppet", "modell", "modellen", "teori", "teorin",
            "teorier", "trappa", "trappan", "metod", "metoden", "skala", "skalan", "princip", "principen", "perspektiv",
            "perspektivet", "kurva", "kurvan", "cirkel", "cirkeln", "stege", "stegen", "triangel", "triangeln",
            "pyramid", "pyramiden", "hierarki", "hierarkin", "stadier", "stadierna", "faser", "faserna", "kriterier",
            "kriterierna", "syndrom", "sjukdom", "effekt", "effekten", "test", "testet", "formel", "formeln", "lag",
            "lagen", "paradox", "paradoxen", "fenomen", "fenomenet", "tes", "tesen", "pedagogik", "pedagogiken",
            "terapi", "terapin", "program", "programmet", "zon", "zonen", "filosofi", "filosofin", "tankar", "idéer",
            "forskning", "forskningen", "bok", "boken", "böcker", "studier", "studie", "studien", "verktyg", "synsätt",
            "synsättet", "ansats", "ansatsen", "begreppen", "modeller", "metoder");

    /** Above this {@link NameLikeness} score a word in no list is spelt like a name. */
    static final double NAME_LIKENESS_THRESHOLD = 0.5;

    /**
     * Name-likeness above which a word in no list, typed in lower case right after a
     * person is met or spoken with, is asked about.
     */
    static final double LOWER_CASE_NAME_LIKENESS = 0.1;

    /** Verbs only a person does: their subject is a person, not a thing or a place. */
    static final Set<String> PERSON_ONLY_VERBS = WordSets.of("ringde", "ringer", "berättar", "berättade", "säger", "sa",
            "sade", "uppger", "uppgav", "mår", "mådde", "tycker", "tyckte", "känner", "kände", "orkar", "orkade",
            "hoppas", "hoppades", "undrar", "undrade", "mejlade", "svarade", "frågade", "jobbar", "jobbade", "studerar",
            "studerade", "bor", "bodde", "önskar", "önskade", "menar", "tänker", "tänkte", "minns", "pratar", "pratade",
            "träffade", "uteblev", "uteblir", "kämpar", "skäms", "gråter", "grät");

    /** Verbs of meeting, calling and writing to a person, before the person. */
    static final Set<String> INTERACTION_CUES = WordSets.of("träffade", "träffat", "träffar", "träffa", "ringde",
            "ringt", "ring", "ringa", "ringer", "mejlade", "mejlat", "mejla", "mailade", "kontakta", "kontaktade",
            "kontaktat", "pratade", "pratat", "pratar", "prata", "talade", "talat", "hälsa", "frågade", "fråga",
            "besökte", "besökt", "hjälpte", "hjälpt", "sms:a", "sms:ade");

    /** Endings of definite and plural nouns, which a surname seldom has. */
    static final List<String> DEFINITE_ENDINGS = List.of("en", "et", "an", "na", "ar", "er", "or", "ande", "ende",
            "ing", "het", "skap", "tion", "ism", "are");

    /** Words before a name that make it the topic of a message ("Angående Hallberg:"). */
    static final Set<String> TOPIC_CUES = WordSets.of("angående", "ang", "gällande", "rörande", "beträffande");

    /** Endings of rooms and venues, whose names are no people ("sal Ljusnan"). */
    static final List<String> VENUE_ENDINGS = List.of("sal", "salen", "rum", "rummet", "lokal", "lokalen", "lokalerna",
            "avdelning", "avd");

    /** Nouns that say the word before them is a nickname ("Mimmi" (smeknamn)). */
    static final Set<String> NICKNAME_WORDS = WordSets.of("smeknamn", "smeknamnet", "alias", "kallad", "kallas",
            "efternamn", "förnamn", "tilltalsnamn", "mellannamn");

    /** Pronouns of a person, which make the word before them a person's name. */
    static final Set<String> PERSON_PRONOUNS = WordSets.of("han", "hon", "hen");

    /** Verbs that start a question before its subject ("Kan Saga ringa upp mig?"). */
    static final Set<String> QUESTION_VERBS = WordSets.of("kan", "kunde", "ska", "skulle", "vill", "ville", "får",
            "fick", "har", "hade", "är", "var", "bör", "måste", "brukar", "kommer", "tänker", "behöver", "vet");

    /** Endings of nouns of a role at work, used as a title before a name. */
    static final List<String> ROLE_ENDINGS = List.of("sköterska", "sköterskan", "handläggare", "handläggaren", "läkare",
            "läkaren", "kurator", "kuratorn", "psykolog", "psykologen", "inspektör", "inspektören", "sekreterare",
            "sekreteraren", "terapeut", "terapeuten", "pedagog", "pedagogen", "assistent", "assistenten", "rektor",
            "rektorn", "mentor", "mentorn", "samordnare", "samordnaren", "coach", "coachen", "chef", "chefen", "lärare",
            "läraren", "förmedlare", "förmedlaren", "utredare", "utredaren");

    /** Person nouns before a name in apposition ("en ung kvinna, Nasteho, som"). */
    static final Set<String> APPOSITION_NOUNS = WordSets.of("kvinna", "man", "kille", "tjej", "pojke", "flicka",
            "ungdom", "person", "klient", "brukare", "deltagare", "patient", "elev", "sökande", "granne", "vän",
            "kompis", "kollega", "pappa", "mamma", "son", "dotter", "bror", "syster", "sambo", "partner");

    /** Messages whose sender follows "från" ("ett mejl från ..."), as word endings. */
    static final List<String> MESSAGE_NOUNS = List.of("mejl", "mejlet", "mail", "mailet", "sms", "sms:et", "samtal",
            "samtalet", "brev", "brevet", "meddelande", "meddelandet", "anmälan", "hälsning", "hälsningar", "besked",
            "beskedet", "fråga", "frågan", "svar", "svaret");

    /** Verbs that give a name ("heter", "kallas"). */
    static final Set<String> NAMING_VERBS = WordSets.of("heter", "hette", "kallas", "kallades", "kallad", "kallade",
            "kallar");

    /** Pronouns of things, which a naming verb after them names ("den kallas Lotsen"). */
    static final Set<String> THING_PRONOUNS = WordSets.of("den", "det", "detta", "denna", "dessa", "vilket", "vilken",
            "projektet", "modellen", "metoden", "programmet", "gruppen", "verksamheten");

    /**
     * Possessive pronouns, capitalised only at a sentence start or in a service's name.
     */
    static final Set<String> POSSESSIVE_PRONOUNS = WordSets.of("min", "mitt", "mina", "din", "ditt", "dina");

    /**
     * Heads of institutions and places named after a person ("Astrid Lindgrens
     * barnsjukhus"), matched as word endings so that compounds count.
     */
    static final List<String> INSTITUTION_HEADS = List.of("sjukhus", "sjukhuset", "skola", "skolan", "gymnasium",
            "gymnasiet", "stiftelse", "stiftelsen", "fond", "fonden", "pris", "priset", "hus", "huset", "plats",
            "platsen", "park", "parken", "gata", "gatan", "väg", "vägen", "institut", "institutet", "center", "centrum",
            "hem", "hemmet", "mottagning", "mottagningen", "klinik", "kliniken", "förening", "föreningen", "museum",
            "museet", "bibliotek", "biblioteket", "värld", "världen", "torg", "torget");

    /** Above this score the spelling alone makes a name ("Kazlauskienė"). */
    static final double STRONG_NAME_LIKENESS = 1.0;

}
