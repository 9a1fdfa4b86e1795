package se.finsam.samverkansbot.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Finds names of people. Names are looked up in the hash sets of the {@link NameLexicon}
 * (first names, surnames, other names); because many Swedish names are also words or
 * places ("Berg", "Rosa", "Lund"), a name that is also a word needs context: a person cue
 * or title before it ("sonen", "handläggare"), a person's verb after it ("Rosa
 * berättar"), or a known surname next to it. Findings are certain when the context makes
 * them so and uncertain otherwise, so the user is asked to confirm. A capitalised word in
 * no list is taken for a name only inside a sentence and when it looks neither like a
 * place, an organisation nor a Swedish word. Like {@link AddressDetector} it works on one
 * word token at a time and returns the last token it used.
 */
final class NameDetector {

    /** The word lists, loaded in the background; joined on first use. */
    private final CompletableFuture<NameLexicon> lexiconLoad;

    NameDetector(CompletableFuture<NameLexicon> lexiconLoad) {
        this.lexiconLoad = lexiconLoad;
    }

    private NameLexicon lexicon() {
        return this.lexiconLoad.join();
    }

    /** Returns the last token of a found name, or -1. */
    int at(TextTokens t, int i, Findings findings) {
        int initials = initialsOfAPerson(t, i);
        if (initials > i) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[initials]));
            return initials;
        }
        if (isAllCapitals(t, i)) {
            return capitalsName(t, i, findings);
        }
        if (!t.isCapitalised(i) && isLowerCaseFullName(t, i)) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
            return i + 1;
        }
        if (!t.isCapitalised(i)) {
            // "sonen ali": a name typed in lower case right after a relation
            if (t.isWord(i) && t.length(i) > 2 && t.spaceBefore(i) && t.isWord(i - 1)
                    && Character.isLowerCase(t.text.charAt(t.start[i]))
                    && Arrays.binarySearch(NameCues.STRONG_PERSON_CUE_HASHES, t.lowerHash(i - 1)) >= 0
                    && NameCues.STRONG_PERSON_CUES.contains(t.lower(i - 1))) {
                String lower = t.lower(i);
                if (isFirstName(lower) && !lexicon().nameWords.contains(lower) && !lexicon().notNames.contains(lower)) {
                    findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i],
                            certainty(!lexicon().isKnownWord(lower))));
                    return i;
                }
            }
            if (bracketedAfterPerson(t, i) && t.length(i) > 2 && hasVowel(t.lower(i))
                    && !NameCues.FUNCTION_WORDS.contains(t.lower(i)) && !lexicon().isKnownWord(t.lower(i))
                    && (isFirstName(t.lower(i)) || looksLikeName(t.lower(i)))) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i])); // "pojken
                                                                                       // (elias)"
                return i;
            }
            return lowerCaseName(t, i, findings);
        }
        if (hasLowerCasePart(t, i) || namesAConcept(t, i) || partOfOrganisation(t, i) || isShortMixedCaseCode(t, i)) {
            return -1; // "Viktor-dagen", "Maslows behovstrappa", "ICA Maxi"
        }
        String lower = t.lower(i);
        NameKind kind = kind(lower);
        String previous = t.isWord(i - 1) && t.gap(i - 1) <= 1 ? t.lower(i - 1) : null;
        if (previous == null && afterTitleAbbreviation(t, i)) {
            previous = t.lower(i - 2); // "Dr. Ahlström", "hr. Nilsson"
        }
        boolean unlisted = kind == NameKind.NONE && !lexicon().isKnownWord(lower)
                && !NameCues.FUNCTION_WORDS.contains(lower);
        // "Namn: Ilir Berisha", "Kontaktperson: Gunnel"
        if (afterPersonLabel(t, i) && (kind.any() || unlisted)) {
            return fullNameFrom(t, i, findings);
        }
        // "Pappan (Bilal)", "Hen (Charlie)", "eleven (Liv, åk 8)": a capitalised word in
        // brackets right after a person is the person's name, even when it is a word
        if (bracketedAfterPerson(t, i) && !NameCues.FUNCTION_WORDS.contains(lower) && !t.isUpperCaseCode(i)
                && (kind != NameKind.NOT_NAME || lexicon().firstNames.contains(lower))) {
            return fullNameFrom(t, i, findings);
        }
        // "Dottern, Jenni, har": a name in apposition to a person noun in any form
        if (t.isSymbol(i - 1, ',') && t.isWord(i - 2) && isPersonNoun(t.lower(i - 2)) && t.isSymbolIn(i + 1, ",.")
                && !NameCues.FUNCTION_WORDS.contains(lower) && !t.isUpperCaseCode(i) && kind != NameKind.NOT_NAME
                && (kind.any() || unlisted || lexicon().nameWords.contains(lower))) {
            return fullNameFrom(t, i, findings);
        }
        // "Kallelse skickad till Dimitrios Papadopoulos": the receiver of a message
        if ("till".equals(previous)
                && (messageBefore(t, i - 2) || t.isWord(i - 2) && NameCues.SENDING_VERBS.contains(t.lower(i - 2)))
                && !lexicon().nameWords.contains(lower) && kind != NameKind.NOT_NAME
                && (kind.first || kind.surname || (unlisted && !looksLikePlace(lower)))) {
            boolean pair = unknownPairFollows(t, i, null) || kind.first;
            int last = fullNameFrom(t, i, findings);
            if (!pair && last == i) {
                // one word in no list: asked about, it may be a place
                findings.list.set(findings.list.size() - 1, new Finding(FindingType.NAME, t.start[i], t.end[i],
                        certainty(kind.first || kind.surname || looksLikeName(lower))));
            }
            return last;
        }
        if (notAPerson(t, i, lower, previous)
                || (NameCues.FUNCTION_WORDS.contains(lower) && startsSentence(t, i) && !ageFollows(t, i))) {
            return -1;
        }
        int scholars = scholarPair(t, i, kind, previous);
        if (scholars > i) {
            return scholars; // "enligt Miller och Rollnick", "Prochaska och DiClementes
                             // förändringshjul"
        }
        // "ett mejl från Liridona": the sender of a message is a person unless a known
        // organisation or place
        if ("från".equals(previous) && messageBefore(t, i - 2) && !lexicon().nameWords.contains(lower)
                && (kind.first || kind.surname || (unlisted && !looksLikePlace(lower)))) {
            findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i],
                    certainty(kind.first || kind.surname || looksLikeName(lower))));
            return i;
        }
        // "mamma till Emir", "kallas 'Tjabbe'": a person named by a relation or a
        // nickname
        if ((kind.any() || unlisted || lexicon().nameWords.contains(lower) || quotedAfterNamingVerb(t, i))
                && !NameCues.FUNCTION_WORDS.contains(lower) && namedByRelation(t, i, previous)) {
            return fullNameFrom(t, i, findings);
        }
        // "Sol är 64": a subject with an age
        if (startsSentence(t, i) && ageFollows(t, i) && !NameCues.FUNCTION_WORDS.contains(lower)
                && !NameCues.POSSESSIVES.contains(lower)
                && (kind.any() || unlisted || lexicon().nameWords.contains(lower)
                        || !lexicon().isSwedishWord(lower) && !lexicon().notNames.contains(lower))) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        // "Vilja (16) bor hos sin pappa": a subject with an age in brackets before its
        // verb
        if (startsSentence(t, i) && t.isSymbol(i + 1, '(') && t.isNumber(i + 2) && t.length(i + 2) <= 2
                && t.isSymbol(i + 3, ')') && t.isWord(i + 4) && NameCues.PERSON_VERBS.contains(t.lower(i + 4))
                && !NameCues.FUNCTION_WORDS.contains(lower) && !NameCues.POSSESSIVES.contains(lower)
                && kind != NameKind.NOT_NAME) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        // "c/o Osmani": the person or family a letter goes to
        if (t.equalsIgnoreCase(i - 1, "o") && t.isSymbol(i - 2, '/') && t.equalsIgnoreCase(i - 3, "c")
                && t.gap(i - 3) == 0 && t.gap(i - 2) == 0 && !NameCues.FUNCTION_WORDS.contains(lower)
                && (kind != NameKind.NOT_NAME || lexicon().surnames.contains(lower))) {
            return fullNameFrom(t, i, findings);
        }
        if ((unlisted || strongNameFollows(t, i)) && unknownPairFollows(t, i, previous)) {
            return fullNameFrom(t, i, findings); // "Ánde Gaup", "Oluwaseun Adeyemi"
        }
        if (unlisted && unknownPairAnyway(t, i, previous)) {
            // "Somchai Wongsakul": two capitalised words in no list and no language, even
            // spelt unlike the names the model knows; certain after a person noun or as
            // the subject of a verb
            int last = fullNameFrom(t, i, findings);
            if ((previous == null || !NameCues.PERSON_CUES.contains(previous)) && !finiteVerbFollows(t, last)) {
                findings.list.set(findings.list.size() - 1,
                        Finding.uncertain(FindingType.NAME, t.start[i], t.end[last]));
            }
            return last;
        }
        if (kind == NameKind.NONE && compoundSurnameSubject(t, i, lower)) {
            findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i])); // "Bergkvist
                                                                                     // ringde"
            return i;
        }
        if (kind == NameKind.NONE) {
            // "sambon Micke", "fru Xhemajli": a capitalised word nobody lists, right
            // after a person
            if (previous != null && NameCues.STRONG_PERSON_CUES.contains(previous) && !startsSentence(t, i)
                    && !(t.isWord(i + 1) && NameCues.PLACE_FOLLOWERS.contains(t.lower(i + 1)))) {
                return fullNameFrom(t, i, findings); // "Klienten Somchai Wongsakul"
            }
            if (unknownWordLooksLikeName(t, i, lower, previous)) {
                // "Rebaz Karimi": an unknown first name before a known surname is a
                // full name
                if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && kind(t.lower(i + 1)).surname) {
                    findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
                    return i + 1;
                }
                boolean person = strongPersonContext(t, i, previous)
                        || (previous != null && NameCues.PERSON_CUES.contains(previous))
                        || (startsSentence(t, i) && finiteVerbFollows(t, i) && lexicon().likeness.score(lower) > 0);
                findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i], certainty(person)));
                return i;
            }
            return -1;
        }
        boolean personCue = previous != null && NameCues.PERSON_CUES.contains(previous);
        boolean titleCue = previous != null && (NameCues.PERSON_TITLES.contains(previous) || isRoleNoun(previous));
        boolean placeFollows = t.isWord(i + 1) && NameCues.PLACE_FOLLOWERS.contains(t.lower(i + 1));
        if (kind == NameKind.NOT_NAME
                && (titleCue || (previous != null && NameCues.STRONG_PERSON_CUES.contains(previous)))
                && (lexicon().surnames.contains(lower) || lexicon().firstNames.contains(lower))) {
            // "handläggare Berg", "klienten Nora": a place name used as a person's name
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (kind == NameKind.NOT_NAME && (lexicon().surnames.contains(lower) || lexicon().firstNames.contains(lower))
                && !t.isUpperCaseCode(i) && (strongPersonContext(t, i, previous)
                        || startsSentence(t, i) && finiteVerbFollows(t, i) && ownPossessiveSoon(t, i))) {
            // "Nora säger", "Lund har skickat in sin ansökan": a place does not do that
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (placeFollows || kind == NameKind.NOT_NAME) {
            return -1;
        }
        if (previous != null && NameCues.INSTITUTION_PREFIXES.contains(previous)) {
            return -1; // "lex Sarah", "S:t Lars", "Drottning Silvia"
        }
        if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && lexicon().notNames.contains(t.lower(i + 1))
                && !kind(t.lower(i + 1)).any() && !lexicon().surnames.contains(t.lower(i + 1))) {
            return -1; // "Maria Ungdom", "Maria Skåne": a clinic, not a person
        }
        if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && NameCues.ORGANISATION_HEADS.contains(t.lower(i + 1))) {
            return i + 1; // "Svea Ekonomi", "Nordic Bemanning": a company
        }
        // full names: a first name followed by one or two surnames
        if (kind.first) {
            int last = i;
            int j = i + 1;
            if (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && hasLowerCasePart(t, i + 1)) {
                return i + 1; // "Hugo Boss-jackan": a brand in a compound, not a person
            }
            if (!kind.word && t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && !lexicon().isEnglishWord(lower)) {
                // "Ruth Ågren", "Gabriel Ängel": a capitalised word inside a sentence
                // after a
                // first name that is no word is the surname, even when it is a word
                String next = t.lower(i + 1);
                if (!lexicon().notNames.contains(next) && !NameCues.FUNCTION_WORDS.contains(next)
                        && !NameCues.PLACE_FOLLOWERS.contains(next) && !NameCues.ORGANISATION_HEADS.contains(next)
                        && !hasLowerCasePart(t, i + 1)
                        && !(t.isWord(i + 2) && NameCues.PLACE_FOLLOWERS.contains(t.lower(i + 2)))) {
                    if (institutionFollows(t, i + 1) || namesAConcept(t, i + 1)) {
                        return i + 1; // "Astrid Lindgrens barnsjukhus", "Viktor Frankls
                                      // logoterapi"
                    }
                    findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
                    return i + 1;
                }
            }
            while (j < t.size && j <= i + 3 && t.spaceBefore(j) && t.isCapitalised(j)) {
                String next = t.lower(j);
                NameKind nextKind = kind(next);
                boolean surname = nextKind.surname || nextKind.other || (nextKind.first && j > i);
                boolean unknown = nextKind == NameKind.NONE && !lexicon().isKnownWord(next);
                if (nextKind == NameKind.NOT_NAME || nextKind.word && !surname
                        || NameCues.ORGANISATION_HEADS.contains(next)) {
                    break;
                }
                if (surname || (unknown && (!kind.word || looksLikeName(next)))) {
                    last = j;
                    j++;
                }
                else {
                    break;
                }
            }
            if (last > i && (institutionFollows(t, last) || namesAConcept(t, last))) {
                return last; // "Astrid Lindgrens barnsjukhus", "Paulo Freires pedagogik"
            }
            if (last > i && t.isWord(last + 1) && t.spaceBefore(last + 1)
                    && NameCues.PLACE_FOLLOWERS.contains(t.lower(last + 1))) {
                return last; // "Maria Magdalena församling"
            }
            if (last > i) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[last]));
                return last;
            }
            // "Senad B.": a first name and a surname's initial
            if (t.isWord(i + 1) && t.length(i + 1) == 1 && Character.isUpperCase(t.text.charAt(t.start[i + 1]))
                    && t.spaceBefore(i + 1) && t.isSymbol(i + 2, '.') && t.gap(i + 1) == 0) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 2]));
                return i + 2;
            }
        }
        boolean sentenceStart = startsSentence(t, i);
        if (titleCue && (kind.any() || kind == NameKind.NONE)) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (previous != null && NameCues.STRONG_PERSON_CUES.contains(previous) && kind.any()) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (!kind.first && !kind.surname) {
            // "Ivanov har fått": a name of the wider lists as the subject of a finite
            // verb
            if (kind.other && !kind.word && startsSentence(t, i) && finiteVerbFollows(t, i)
                    && !lexicon().isKnownWord(lower) && !NameCues.FUNCTION_WORDS.contains(lower)) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
                return i;
            }
            // "Mwangi Kamau har": two names of the wider lists, or one and a word in no
            // list, as the subject of a verb
            if (kind.other && !kind.word && startsSentence(t, i) && !lexicon().isKnownWord(lower)
                    && t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && finiteVerbFollows(t, i + 1)) {
                String next = t.lower(i + 1);
                NameKind nextKind = kind(next);
                if (nextKind != NameKind.NOT_NAME && !nextKind.word && !lexicon().isKnownWord(next)
                        && (nextKind.any() || !looksLikeOrganisation(next))) {
                    findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i + 1]));
                    return i + 1;
                }
            }
            // "hennes man Miklos", "Osmani (morbror)": a name of the wider lists where
            // only a person can stand
            if (kind.other && !kind.word && !lexicon().isKnownWord(lower) && !NameCues.FUNCTION_WORDS.contains(lower)
                    && (strongPersonContext(t, i, previous) || personCue)) {
                return fullNameFrom(t, i, findings);
            }
            return -1;
        }
        if (personCue && kind.first) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (kind.word) {
            boolean person = strongPersonContext(t, i, previous);
            if (!sentenceStart && kind.first && (previous == null || !(NameCues.PLACE_PREPOSITIONS.contains(previous)
                    || NameCues.NOT_BEFORE_NAMES.contains(previous)))) {
                findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i],
                        certainty(person || finiteVerbFollows(t, i))));
                return i;
            }
            if (sentenceStart && kind.first && (person || personFollows(t, i) || placePhraseThenVerb(t, i)
                    || finiteVerbFollows(t, i) || firstNamePairFollows(t, i) && !kind(t.lower(i + 2)).word)) {
                // "Sten har varit hemlös": a count noun needs an article as a subject,
                // so a first name before a finite verb is the name
                findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i], certainty(
                        person || finiteVerbFollows(t, i) || placePhraseThenVerb(t, i) || firstNamePairFollows(t, i))));
                return i;
            }
            if (sentenceStart && kind.surname && !NameCues.FUNCTION_WORDS.contains(lower)
                    && !NameCues.POSSESSIVES.contains(lower)
                    && (person || personFollows(t, i) || placePhraseThenVerb(t, i) || finiteVerbFollows(t, i))) {
                // "Björk har haft kontakt", "Ljung på FK säger": a surname that is also
                // a word, as the subject; certain with a verb only a person does or a
                // place phrase before the verb, asked about otherwise (a mass noun can
                // be a subject without an article)
                findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i],
                        certainty(person || placePhraseThenVerb(t, i))));
                return i;
            }
            return -1;
        }
        if (kind.first) {
            // a first name that is no word: certain where a person stands, in a sentence
            // or as its subject ("Sigrid vill", "Ronja på vårdcentralen har")
            // "enligt Zeynep": scholars are cited by their surnames, a first name is a
            // person of the case
            boolean strong = strongPersonContext(t, i, previous)
                    || "enligt".equals(previous) && !kind.surname && !kind.other;
            boolean subject = !sentenceStart || personFollows(t, i) || placePhraseThenVerb(t, i)
                    || firstNamePairFollows(t, i) || strong || verbFormFollows(t, i);
            boolean placeLike = previous != null
                    && (NameCues.PLACE_PREPOSITIONS.contains(previous) || NameCues.NOT_BEFORE_NAMES.contains(previous));
            if (subject && (!placeLike || strong) && (!lexicon().isEnglishWord(lower) || finiteVerbFollows(t, i)
                    || strong || placePhraseThenVerb(t, i))) {
                findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            }
            else {
                findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
            }
            return i;
        }
        // a surname alone: not where a place would be ("i Berg"); at a sentence start
        // only when a
        // person's verb follows ("Andersson har ...")
        if (sentenceStart && !kind.word && (personFollows(t, i) || placePhraseThenVerb(t, i))
                && !lexicon().isKnownWord(lower)) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i])); // "Lindholm
                                                                                   // ringde"
            return i;
        }
        if (sentenceStart && kind.word && finiteVerbFollows(t, i) && !NameCues.FUNCTION_WORDS.contains(lower)
                && !NameCues.POSSESSIVES.contains(lower)) {
            // "Malmberg har inte lämnat in": a surname that is also a word, as a subject
            findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i],
                    certainty(strongPersonContext(t, i, previous))));
            return i;
        }
        if ((!sentenceStart || (!kind.word && personFollows(t, i)))
                && (previous == null || !NameCues.PLACE_PREPOSITIONS.contains(previous))) {
            boolean person = !kind.word && strongPersonContext(t, i, previous);
            findings.add(new Finding(FindingType.NAME, t.start[i], t.end[i], certainty(person)));
            return i;
        }
        return -1;
    }

    /**
     * Once a person, always a person: a word taken for a name somewhere in the text is a
     * name wherever else it stands capitalised in that text, also in its possessive
     * ("Sirpa Lahtinen ... Sirpa är orolig ... Sirpas dotter"), as certain as its most
     * certain finding. A text with a name in it is refused or asked about anyway, so this
     * adds no friction to a clean text; it finds the mentions whose own context is weak.
     */
    void propagate(TextTokens t, Findings findings) {
        java.util.Map<String, Certainty> names = null;
        for (Finding finding : findings.list) {
            if (finding.type() != FindingType.NAME) {
                continue;
            }
            for (int k = 0; k < t.size; k++) {
                if (t.start[k] >= finding.end()) {
                    break;
                }
                if (t.start[k] < finding.start() || !t.isWord(k) || t.length(k) < 2
                        || !Character.isUpperCase(t.text.charAt(t.start[k]))) {
                    continue;
                }
                String lower = t.lower(k);
                if (NameCues.FUNCTION_WORDS.contains(lower) || NameCues.POSSESSIVES.contains(lower)
                        || NameCues.PERSON_CUES.contains(lower) || NameCues.RELATIVES.contains(lower)) {
                    continue;
                }
                if (names == null) {
                    names = new java.util.HashMap<>();
                }
                names.merge(lower, finding.certainty(), (a, b) -> a == Certainty.CERTAIN || b == Certainty.CERTAIN
                        ? Certainty.CERTAIN : Certainty.UNCERTAIN);
            }
        }
        if (names == null) {
            return;
        }
        for (int k = 0; k < t.size; k++) {
            if (!t.isWord(k) || t.length(k) < 2 || !Character.isUpperCase(t.text.charAt(t.start[k]))) {
                continue;
            }
            String lower = t.lower(k);
            Certainty certainty = names.get(lower);
            if (certainty == null && lower.length() > 3 && lower.endsWith("s")) {
                certainty = names.get(lower.substring(0, lower.length() - 1));
            }
            if (certainty == null) {
                continue;
            }
            int at = findings.indexOverlapping(t.start[k], t.end[k]);
            if (at >= 0) {
                Finding there = findings.list.get(at);
                if (there.type() == FindingType.NAME && there.certainty() == Certainty.UNCERTAIN
                        && certainty == Certainty.CERTAIN) {
                    findings.list.set(at, Finding.certain(FindingType.NAME, there.start(), there.end()));
                }
                continue;
            }
            if (findings.covers(t.start[k])) {
                continue; // an allowed span
            }
            String previous = t.isWord(k - 1) ? t.lower(k - 1) : null;
            if (previous != null && NameCues.PLACE_PREPOSITIONS.contains(previous)
                    && lexicon().notNames.contains(lower)) {
                continue; // "Tina Lund ... mötet i Lund"
            }
            findings.add(new Finding(FindingType.NAME, t.start[k], t.end[k], certainty));
        }
    }

    /**
     * A capitalised word in no list: in Swedish, inside a sentence that makes it a proper
     * noun, so a name unless it looks like a place, an organisation or a Swedish word; at
     * the start of a sentence only when a verb of a person follows ("Xamse berättar").
     */
    private boolean unknownWordLooksLikeName(TextTokens t, int i, String lower, String previous) {
        if (lower.length() < 3 || lower.length() > 16 || t.isUpperCaseCode(i)) {
            return false;
        }
        if (previous != null
                && (NameCues.PLACE_PREPOSITIONS.contains(previous) || NameCues.NOT_BEFORE_NAMES.contains(previous))) {
            return false;
        }
        if (t.isWord(i + 1) && NameCues.PLACE_FOLLOWERS.contains(t.lower(i + 1))) {
            return false;
        }
        if (NameCues.FUNCTION_WORDS.contains(lower) || looksLikePlace(lower) || lexicon().isKnownWord(lower)
                || (lower.length() >= 6 && lower.endsWith("ing"))) {
            return false;
        }
        if (startsWithPlace(lower) || endsWithDefiniteNoun(lower)) {
            return false; // "Skånetrafiken", "Stockholmshem", "Järvamodellen"
        }
        if (lower.indexOf('-') >= 0 && !allPartsUnknownCapitalised(t.string(i))) {
            // "SIP-möte", "ESF-projektet", "Okt-Dec" are no names;
            // "Hemström-Hemmingsson" is
            return false;
        }
        if (startsSentence(t, i)) {
            return personFollows(t, i)
                    || (t.isCapitalised(i + 1) && t.spaceBefore(i + 1) && kind(t.lower(i + 1)).surname);
        }
        // "Region Xyz", "Save the Children": after another capitalised word, a proper
        // noun of several words
        return !(t.isCapitalised(i - 1) && t.spaceBefore(i) && !kind(t.lower(i - 1)).any()
                && !NameCues.PERSON_CUES.contains(t.lower(i - 1))
                && !(startsSentence(t, i - 1) && lexicon().isSwedishWord(t.lower(i - 1)))); // but
                                                                                            // "Angående
                                                                                            // Merja:"
    }

    private static Certainty certainty(boolean certain) {
        return certain ? Certainty.CERTAIN : Certainty.UNCERTAIN;
    }

    /**
     * Evidence strong enough to refuse a word that may be a name: a verb only a person
     * does after it ("Klara säger"), an age ("Iris, 45 år", "Golnar (52)"), someone met,
     * called or spoken with ("träffade Linnea", "pratat med Hedlund", "Ring Deeq"), or a
     * relative's possessive ("hennes man Kourosh").
     */
    private static boolean strongPersonContext(TextTokens t, int i, String previous) {
        if (t.isWord(i + 1) && t.spaceBefore(i + 1) && NameCues.PERSON_ONLY_VERBS.contains(t.lower(i + 1))) {
            return true;
        }
        if ((t.isSymbol(i + 1, ',') || t.isSymbol(i + 1, '(')) && t.isNumber(i + 2) && t.length(i + 2) <= 3
                && (t.isSymbol(i + 3, ')') || t.equalsIgnoreCase(i + 3, "år") || t.isSymbol(i + 3, ','))) {
            return true; // "Iris, 45 år", "Golnar (52)", "Alva, 24, har"
        }
        if (t.isNumber(i + 1) && t.length(i + 1) <= 2 && t.gap(i) == 1 && t.equalsIgnoreCase(i + 2, "år")) {
            return true; // "Stig 61 år"
        }
        if (t.isWord(i + 1) && t.spaceBefore(i + 1)
                && (t.equalsIgnoreCase(i + 1, "själv") || t.equalsIgnoreCase(i + 1, "själva"))) {
            return true; // "enligt Hampus själv"
        }
        if ((t.isSymbolIn(i + 1, "(–-,:") && t.isWord(i + 2) && NameCues.PERSON_PRONOUNS.contains(t.lower(i + 2)))
                || (t.isSymbolIn(i + 1, "–-") && t.isNumber(i + 2) && t.length(i + 2) <= 2)) {
            return true; // "Rosa – hon är inlagd", "Hakan (han stavar ...)", "Lisa – 28"
        }
        if (t.equalsIgnoreCase(i + 1, "i") && classFollows(t, i + 2)) {
            return true; // "Noah i 4:an", "Fatima i 2B", "Nora i åk 5"
        }
        if (t.equalsIgnoreCase(i + 1, "som") && t.isWord(i + 2) && NameCues.NICKNAME_WORDS.contains(t.lower(i + 2))) {
            return true; // "har Jarda som smeknamn"
        }
        if (t.isWord(i + 1) && NameCues.NAMING_VERBS.contains(t.lower(i + 1)) && t.isWord(i + 2)
                && NameCues.PERSON_PRONOUNS.contains(t.lower(i + 2))) {
            return true; // "Per heter han"
        }
        if (previous != null && NameCues.QUESTION_VERBS.contains(previous) && startsSentence(t, i - 1)
                && t.isWord(i + 1) && Character.isLowerCase(t.text.charAt(t.start[i + 1]))
                && !NameCues.FUNCTION_WORDS.contains(t.lower(i + 1))) {
            return true; // "Kan Saga ringa upp mig?": the subject after a question's verb
        }
        if (t.isSymbol(i + 1, '(') && relationWithin(t, i + 2, 2)) {
            return true; // "Eriksson (morbror)", "Lindberg-Öhman (klientens mamma)"
        }
        if (t.isSymbol(i + 1, '(') && t.isUpperCaseCode(i + 2) && t.isSymbolIn(i + 3, "),") && t.length(i + 2) <= 5) {
            return true; // "Gunnel (IFO)": a person with the agency they come from
        }
        if (t.isSymbolIn(i + 1, "(\"”'’") && t.isSymbol(i + 2, '(') && t.isWord(i + 3)
                && NameCues.NICKNAME_WORDS.contains(t.lower(i + 3))
                || t.isSymbol(i + 1, '(') && t.isWord(i + 2) && NameCues.NICKNAME_WORDS.contains(t.lower(i + 2))) {
            return true; // "Mimmi" (smeknamn)
        }
        if (t.isSymbol(i + 1, ',') && t.isWord(i + 2) && t.isWord(i + 3)
                && (t.equalsIgnoreCase(i + 2, "en") || t.equalsIgnoreCase(i + 2, "ett")
                        || NameCues.POSSESSIVES.contains(t.lower(i + 2)))
                && (NameCues.RELATIVES.contains(t.lower(i + 3)) || NameCues.PERSON_CUES.contains(t.lower(i + 3))
                        || NameCues.APPOSITION_NOUNS.contains(t.lower(i + 3)))) {
            return true; // "Kvist, en granne,"
        }
        if (t.isSymbol(i - 1, ',') && t.isWord(i - 2) && NameCues.APPOSITION_NOUNS.contains(t.lower(i - 2))
                && (t.isSymbol(i + 1, ',') || t.isSymbol(i + 1, '.'))) {
            return true; // "en ung kvinna, Nasteho, som"
        }
        if (t.equalsIgnoreCase(i + 1, "och") && t.equalsIgnoreCase(i + 2, "jag") && t.isWord(i + 3)
                && Character.isLowerCase(t.text.charAt(t.start[i + 3]))) {
            return true; // "Fredrika och jag träffade"
        }
        if (t.isSymbol(i - 1, '/') && t.gap(i - 1) == 0 && (i < 2 || t.gap(i - 2) > 0 || !t.isWord(i - 2))
                && (i + 1 >= t.size || t.isSymbolIn(i + 1, ",.") || t.afterLineBreak[i + 1])) {
            return true; // "Tack! /Lotta": a signature
        }
        String self = t.lower(i);
        if (self.length() > 3 && self.endsWith("s") && t.isWord(i + 1) && t.spaceBefore(i + 1)
                && NameCues.RELATIVES.contains(t.lower(i + 1))) {
            return true; // "Juulias mamma"
        }
        if (previous == null) {
            return false;
        }
        if ((previous.equals("var") || previous.equals("är")) && t.equalsIgnoreCase(i - 2, "det")
                && t.equalsIgnoreCase(i + 1, "som") && t.isWord(i + 2)
                && NameCues.PERSON_VERBS.contains(t.lower(i + 2))) {
            return true; // "Det var Krister som ringde"
        }
        if (previous.equals("är") && t.isWord(i - 2) && (t.equalsIgnoreCase(i - 2, "namn")
                || t.equalsIgnoreCase(i - 2, "namnet") || t.equalsIgnoreCase(i - 2, "förnamn"))) {
            return true; // "Pojkvännens namn är Vide"
        }
        if (NameCues.TOPIC_CUES.contains(previous)) {
            return true; // "Angående Hallberg:"
        }
        if (NameCues.INTERACTION_CUES.contains(previous)) {
            return true;
        }
        if ((previous.equals("med") || previous.equals("till")) && t.isWord(i - 2)
                && NameCues.INTERACTION_CUES.contains(t.lower(i - 2))) {
            return true;
        }
        return NameCues.RELATIVES.contains(previous) && t.isWord(i - 2)
                && NameCues.POSSESSIVES.contains(t.lower(i - 2));
    }

    /**
     * "sin", "sitt", "sina" a few words after a subject: the subject owns something, as a
     * person does ("Lund har skickat in sin ansökan").
     */
    private static boolean ownPossessiveSoon(TextTokens t, int i) {
        for (int k = i + 2; k <= i + 5 && t.isWord(k); k++) {
            String lower = t.lower(k);
            if (lower.equals("sin") || lower.equals("sitt") || lower.equals("sina")) {
                return true;
            }
        }
        return false;
    }

    /** "skolsköterska", "diabetessköterskan", "frivårdsinspektör": a role at work. */
    private static boolean isRoleNoun(String lower) {
        for (String ending : NameCues.ROLE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "SoL", "BoU", "LiU": a short abbreviation with a capital inside, never a name. */
    private static boolean isShortMixedCaseCode(TextTokens t, int i) {
        if (t.length(i) > 5) {
            return false;
        }
        for (int k = t.start[i] + 1; k < t.end[i]; k++) {
            if (Character.isUpperCase(t.text.charAt(k)) && Character.isLowerCase(t.text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "åk 5", "4:an", "2B", "klass 7": a school class. */
    private static boolean classFollows(TextTokens t, int k) {
        if (t.isWord(k) && (t.equalsIgnoreCase(k, "åk") || t.equalsIgnoreCase(k, "årskurs")
                || t.equalsIgnoreCase(k, "klass") || t.equalsIgnoreCase(k, "ettan") || t.equalsIgnoreCase(k, "tvåan")
                || t.equalsIgnoreCase(k, "trean") || t.equalsIgnoreCase(k, "fyran") || t.equalsIgnoreCase(k, "femman")
                || t.equalsIgnoreCase(k, "sexan") || t.equalsIgnoreCase(k, "sjuan") || t.equalsIgnoreCase(k, "åttan")
                || t.equalsIgnoreCase(k, "nian"))) {
            return true;
        }
        if (!t.isNumber(k) || t.length(k) > 1) {
            return false;
        }
        // "4:an", "2B"
        return t.isSymbol(k + 1, ':') && t.gap(k) == 0 && t.isWord(k + 2)
                || t.isWord(k + 1) && t.gap(k) == 0 && t.length(k + 1) == 1;
    }

    /** "Ewa och Piotr har", "Ilir, Arben och ...": first names in a row. */
    private boolean firstNamePairFollows(TextTokens t, int i) {
        if (!t.isCapitalised(i + 2) || !kind(t.lower(i + 2)).first) {
            return false;
        }
        return t.equalsIgnoreCase(i + 1, "och") || t.isSymbol(i + 1, ',') && !kind(t.lower(i + 2)).word;
    }

    /** "HODAN WARSAME" in a record header: names in capitals, known from the lists. */
    private static boolean isAllCapitals(TextTokens t, int i) {
        if (!t.isWord(i) || t.length(i) < 3) {
            return false;
        }
        for (int k = t.start[i]; k < t.end[i]; k++) {
            char c = t.text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private int capitalsName(TextTokens t, int i, Findings findings) {
        String lower = t.lower(i);
        int given = t.isSymbol(i + 1, ',') && t.gap(i) == 0 ? i + 2 : i + 1;
        if (lexicon().surnames.contains(lower) && !lexicon().isSwedishWord(lower) && isAllCapitals(t, given)
                && t.start[given] - t.end[i] <= 2 && isFirstName(t.lower(given))) {
            // "LINDGREN PER-OLOF", "KORHONEN, AILA": a record's surname before the first
            // name
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[given]));
            return given;
        }
        if (!lexicon().firstNames.contains(lower) || lexicon().nameWords.contains(lower)
                || lexicon().notNames.contains(lower) || lexicon().isSwedishWord(lower)) {
            return -1;
        }
        int last = i;
        if (isAllCapitals(t, i + 1) && t.gap(i) == 1) {
            String next = t.lower(i + 1);
            if (lexicon().surnames.contains(next) || (!lexicon().isKnownWord(next) && looksLikeName(next))) {
                last = i + 1;
            }
        }
        if (last == i && !afterPersonLabel(t, i)) {
            return -1; // one word in capitals is more often an acronym ("SEM") than a
                       // name
        }
        findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[last]));
        return last;
    }

    /**
     * "pratade med kerstin", "ang. mirsad": a first name typed in lower case, which is no
     * Swedish or English word, where a person is spoken of; or a word in no list that is
     * spelt like a name, right after such a cue.
     */
    private int lowerCaseName(TextTokens t, int i, Findings findings) {
        if (!t.isWord(i) || t.length(i) < 3 || !Character.isLowerCase(t.text.charAt(t.start[i]))) {
            return -1;
        }
        String previous = t.isWord(i - 1) && t.gap(i - 1) <= 1 ? t.lower(i - 1)
                : (t.isSymbol(i - 1, '.') && t.isWord(i - 2) ? t.lower(i - 2) : null);
        int aged = lowerCaseNameWithAge(t, i, findings);
        if (aged >= 0) {
            return aged;
        }
        if (previous != null && NameCues.INTERACTION_CUES.contains(previous) && t.gap(i - 1) == 1
                && isFirstName(t.lower(i)) && lexicon().nameWords.contains(t.lower(i))
                && !NameCues.POSSESSIVES.contains(t.lower(i)) && !NameCues.FUNCTION_WORDS.contains(t.lower(i))
                && !lexicon().notNames.contains(t.lower(i))
                && (!t.isWord(i + 1) || NameCues.AFTER_OBJECT_WORDS.contains(t.lower(i + 1)))) {
            // "ringer lisa imorgon": a first name that is also a word, right after a
            // person is called or met and before no noun it could qualify ("ringer
            // klara besked"), is asked about
            findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        boolean cue = previous != null
                && (NameCues.LOWER_CASE_NAME_CUES.contains(previous) || NameCues.INTERACTION_CUES.contains(previous));
        if (!cue && !(t.isWord(i + 1) && NameCues.PERSON_VERBS.contains(t.lower(i + 1)) && t.spaceBefore(i + 1))) {
            return lowerCaseNamePair(t, i, findings);
        }
        String lower = t.lower(i);
        NameLexicon lexicon = lexicon();
        if (lexicon.nameWords.contains(lower) || lexicon.notNames.contains(lower)
                || NameCues.FUNCTION_WORDS.contains(lower) || lexicon.isKnownWord(lower)) {
            return -1;
        }
        if (lexicon.firstNames.contains(lower) && cue) {
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (lexicon.firstNames.contains(lower) && hasVowel(lower)) {
            // "jamal har fått": a first name in no language as the subject of a verb
            findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        if (cue && hasVowel(lower)
                && (looksLikeName(lower)
                        || lower.length() >= 4 && lexicon.likeness.score(lower) > NameCues.LOWER_CASE_NAME_LIKENESS
                                && !hasLowerCaseNounEnding(lower))) {
            // "träffade nkiruka": asked about, a word in no list after a person is met
            findings.add(Finding.uncertain(FindingType.NAME, t.start[i], t.end[i]));
            return i;
        }
        return -1;
    }

    /**
     * "stig 61 år", "fredrik (40 nånting)": a first name typed in lower case with an age
     * right after it, at the start of a sentence or a clause, or before an age in
     * brackets; certain even when the name is also a word.
     */
    private int lowerCaseNameWithAge(TextTokens t, int i, Findings findings) {
        String lower = t.lower(i);
        if (!isFirstName(lower) || NameCues.FUNCTION_WORDS.contains(lower) || NameCues.POSSESSIVES.contains(lower)
                || lexicon().notNames.contains(lower) || isPersonNoun(lower)) {
            return -1;
        }
        boolean bracketedAge = t.isSymbol(i + 1, '(') && t.isNumber(i + 2) && t.length(i + 2) <= 2
                && (!lexicon().nameWords.contains(lower) || startsSentence(t, i) || t.isSymbolIn(i - 1, ",:"));
        boolean age = t.isNumber(i + 1) && t.length(i + 1) <= 2 && t.gap(i) == 1 && t.equalsIgnoreCase(i + 2, "år")
                && (startsSentence(t, i) || t.isSymbolIn(i - 1, ",:"));
        if (!bracketedAge && !age) {
            return -1;
        }
        findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
        return i;
    }

    /** "handläggarn", "kompisarna": a colloquial noun's ending, which names have not. */
    private static boolean hasLowerCaseNounEnding(String lower) {
        return lower.endsWith("arn") || lower.endsWith("ern") || lower.endsWith("arna") || lower.endsWith("erna")
                || lower.endsWith("orna") || lower.endsWith("en") && lower.length() > 6;
    }

    /**
     * "hassan o fatima kom": two first names in lower case, neither a word, joined by
     * "och", "o" or "&".
     */
    private int lowerCaseNamePair(TextTokens t, int i, Findings findings) {
        int other = i + 2;
        if (!(t.equalsIgnoreCase(i + 1, "och") || t.equalsIgnoreCase(i + 1, "o") || t.isSymbol(i + 1, '&'))
                || !t.isWord(other) || t.length(other) < 3 || !Character.isLowerCase(t.text.charAt(t.start[other]))) {
            return -1;
        }
        if (!isLowerCaseFirstName(t.lower(i)) || !isLowerCaseFirstName(t.lower(other))) {
            return -1;
        }
        findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[i]));
        findings.add(Finding.certain(FindingType.NAME, t.start[other], t.end[other]));
        return other;
    }

    private boolean isLowerCaseFirstName(String lower) {
        NameLexicon lexicon = lexicon();
        return lexicon.firstNames.contains(lower) && !lexicon.nameWords.contains(lower)
                && !lexicon.notNames.contains(lower) && !NameCues.FUNCTION_WORDS.contains(lower)
                && !lexicon.isKnownWord(lower) && hasVowel(lower);
    }

    /**
     * Spelt like a name rather than a Swedish word, by the {@link NameLikeness} model.
     */
    private boolean looksLikeName(String lower) {
        return lexicon().likeness.score(lower) > NameCues.NAME_LIKENESS_THRESHOLD;
    }

    /** "Namn: ...", "Kontaktperson: ...": the value of a label that names a person. */
    private static boolean afterPersonLabel(TextTokens t, int i) {
        if (!t.isSymbol(i - 1, ':') || !t.isWord(i - 2)) {
            return false;
        }
        String label = t.lower(i - 2);
        // "Förnamn:", "Efternamn:", "Anhörig:"
        return NameCues.PERSON_LABELS.contains(label) || label.endsWith("namn") || NameCues.PERSON_CUES.contains(label);
    }

    /** "är 64", "fyllde 40 år": an age after the word, so the word is a person. */
    private static boolean ageFollows(TextTokens t, int i) {
        if (!t.isWord(i + 1) || !NameCues.AGE_VERBS.contains(t.lower(i + 1)) || !t.isNumber(i + 2)
                || t.length(i + 2) > 3 || t.digitValue(i + 2) > 110) {
            return false;
        }
        int after = i + 3;
        return !(t.isSymbolIn(after, "%,.:") && t.gap(i + 2) == 0 && (t.isNumber(after + 1) || t.isSymbol(after, '%')))
                && !(t.isWord(after) && NameCues.NOT_AGE_UNITS.contains(t.lower(after)));
    }

    /**
     * A capitalised word in no list and no language with another one after it: a full
     * name ("Ánde Gaup"), unless the pair is a place ("från Nya Zeeland") or an
     * organisation ("Xyz kommun").
     */
    private boolean unknownPairFollows(TextTokens t, int i, String previous) {
        if (!unknownPairShape(t, i, previous)) {
            return false;
        }
        String second = t.lower(i + 1);
        return kind(second).any() || looksLikeName(second) || looksLikeName(t.lower(i));
    }

    private boolean unknownPairShape(TextTokens t, int i, String previous) {
        int next = i + 1;
        if (!t.isCapitalised(next) || !t.spaceBefore(next) || t.length(i) < 2) {
            return false;
        }
        if (previous != null && (NameCues.PLACE_PREPOSITIONS.contains(previous)
                || NameCues.NOT_BEFORE_NAMES.contains(previous) || NameCues.INSTITUTION_PREFIXES.contains(previous))) {
            return false;
        }
        if (t.isCapitalised(i - 1) && t.spaceBefore(i)
                && !(startsSentence(t, i - 1) && lexicon().isSwedishWord(t.lower(i - 1)))) {
            return false; // inside a longer proper noun, not after "Kunden" at a sentence
                          // start
        }
        String second = t.lower(next);
        if (lexicon().isKnownWord(second) || NameCues.FUNCTION_WORDS.contains(second) || hasLowerCasePart(t, next)) {
            return false;
        }
        return !(t.isWord(next + 1) && NameCues.PLACE_FOLLOWERS.contains(t.lower(next + 1)));
    }

    /**
     * Two capitalised words in no list and no language, neither spelt like a place,
     * inside a sentence or after a person noun: a full name however they are spelt.
     */
    private boolean unknownPairAnyway(TextTokens t, int i, String previous) {
        if (!unknownPairShape(t, i, previous)) {
            return false;
        }
        String first = t.lower(i);
        String second = t.lower(i + 1);
        return kind(second) == NameKind.NONE && t.length(i) >= 3 && t.length(i + 1) >= 3 && !looksLikePlace(first)
                && !looksLikePlace(second) && !startsWithPlace(second) && !endsWithDefiniteNoun(second)
                && second.indexOf('-') < 0 && !t.isUpperCaseCode(i + 1)
                && (!startsSentence(t, i) || previous != null && NameCues.PERSON_CUES.contains(previous)
                        || finiteVerbFollows(t, i + 1) && !looksLikeOrganisation(first)
                                && !looksLikeOrganisation(second));
    }

    /**
     * Spelt like an organisation, a product or a place rather than a person: a place's
     * ending, a place or a Swedish word before a Swedish word, a definite noun's ending.
     */
    private boolean looksLikeOrganisation(String lower) {
        return looksLikePlace(lower) || startsWithPlace(lower) || endsWithDefiniteNoun(lower);
    }

    /**
     * "Rasa Kazlauskienė": a capitalised word, even a Swedish one, before a word in no
     * list that is spelt very much like a name.
     */
    private boolean strongNameFollows(TextTokens t, int i) {
        if (!t.isCapitalised(i + 1) || !t.spaceBefore(i + 1) || NameCues.FUNCTION_WORDS.contains(t.lower(i))) {
            return false;
        }
        String next = t.lower(i + 1);
        return kind(next) == NameKind.NONE && !lexicon().isKnownWord(next)
                && (hasLetterOutsideSwedish(next) || lexicon().likeness.score(next) > NameCues.STRONG_NAME_LIKENESS);
    }

    /**
     * "Bergkvist ringde": many Swedish surnames are compounds Hunspell accepts (berg +
     * kvist). As the subject of a verb only a person does, a word with no ending of a
     * definite noun ("Handläggaren", "Socialsekreteraren") is likely a surname.
     */
    private boolean compoundSurnameSubject(TextTokens t, int i, String lower) {
        if (!startsSentence(t, i) || lower.length() < 6 || !t.isWord(i + 1)
                || !NameCues.PERSON_ONLY_VERBS.contains(t.lower(i + 1)) || NameCues.FUNCTION_WORDS.contains(lower)
                || NameCues.PERSON_CUES.contains(lower) || lexicon().notNames.contains(lower)
                || (!lexicon().isSwedishWord(lower) && lexicon().likeness.score(lower) > 0)) {
            return false;
        }
        for (String ending : NameCues.DEFINITE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "en ung man, A.M., 20 år": a person's initials ("A.M.", "A. M.") with an age after
     * them or a person noun before them. Returns the last token (the final full stop), or
     * -1.
     */
    private static int initialsOfAPerson(TextTokens t, int i) {
        if (t.length(i) != 1 || !t.isSymbol(i + 1, '.') || t.gap(i) != 0 || !t.isWord(i + 2) || t.length(i + 2) != 1
                || !Character.isUpperCase(t.text.charAt(t.start[i + 2])) || t.gap(i + 1) > 1 || !t.isSymbol(i + 3, '.')
                || t.gap(i + 2) != 0) {
            return -1;
        }
        int last = i + 3;
        boolean age = (t.isSymbol(last + 1, ',') || t.isSymbol(last + 1, '(')) && t.isNumber(last + 2)
                && t.length(last + 2) <= 2;
        boolean person = (t.isSymbol(i - 1, ',') || t.isSymbol(i - 1, '(')) && t.isWord(i - 2)
                && isPersonNoun(t.lower(i - 2))
                || t.isWord(i - 1) && NameCues.STRONG_PERSON_CUES.contains(t.lower(i - 1));
        return age || person ? last : -1;
    }

    /**
     * "Pappan (Bilal)", "hen (Charlie)", "eleven (Liv, åk 8)": the word is alone in
     * brackets, or first before a comma, right after a noun or pronoun of a person.
     */
    private static boolean bracketedAfterPerson(TextTokens t, int i) {
        if (!t.isSymbol(i - 1, '(') || t.gap(i - 1) != 0 || !t.isWord(i - 2) || !t.isSymbolIn(i + 1, "),")
                || t.gap(i) != 0) {
            return false;
        }
        return isPersonNoun(t.lower(i - 2));
    }

    /** A noun of a person in any form ("pappan", "kvinnan", "sonen") or "han/hon/hen". */
    static boolean isPersonNoun(String lower) {
        if (lower.equals("han") || lower.equals("hon") || lower.equals("hen")) {
            return true;
        }
        if (NameCues.PERSON_CUES.contains(lower) || NameCues.RELATIVES.contains(lower)
                || NameCues.APPOSITION_NOUNS.contains(lower)) {
            return !NameCues.NAMING_VERBS.contains(lower) && !lower.startsWith("namn");
        }
        int n = lower.length();
        return n > 4 && ((lower.endsWith("n") && isPersonNounBase(lower.substring(0, n - 1)))
                || (lower.endsWith("en") && isPersonNounBase(lower.substring(0, n - 2))));
    }

    private static boolean isPersonNounBase(String base) {
        return NameCues.RELATIVES.contains(base) || NameCues.APPOSITION_NOUNS.contains(base);
    }

    /**
     * "Josefin fortsätter", "Hodan erbjuds": a Swedish verb in the present or past tense,
     * active or passive, right after the word, as a subject's verb at a sentence start.
     */
    private boolean verbFormFollows(TextTokens t, int i) {
        int next = i + 1;
        if (!t.isWord(next) || !t.spaceBefore(next) || t.length(next) < 3
                || !Character.isLowerCase(t.text.charAt(t.start[next]))) {
            return false;
        }
        String verb = t.lower(next);
        if (NameCues.FUNCTION_WORDS.contains(verb) || NameCues.PLACE_PHRASE_PREPOSITIONS.contains(verb)) {
            return false;
        }
        boolean finite = verb.endsWith("ar") || verb.endsWith("er") || verb.endsWith("ir") || verb.endsWith("år")
                || verb.endsWith("or") || verb.endsWith("ds") || verb.endsWith("as") || verb.endsWith("es")
                || verb.endsWith("de") || verb.endsWith("te");
        return finite && lexicon().isSwedishWord(verb);
    }

    /** "pnr", "tfn": abbreviations have no vowel, names do. */
    private static boolean hasVowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouyåäöéèáíóúüæø".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A first name, or first names joined by a hyphen ("per-olof"). */
    private boolean isFirstName(String lower) {
        if (lexicon().firstNames.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && lexicon().firstNames.contains(lower.substring(0, hyphen))
                && lexicon().firstNames.contains(lower.substring(hyphen + 1));
    }

    /** "ė", "ć", "ł": letters no Swedish word has, but many names do. */
    private static boolean hasLetterOutsideSwedish(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c > 'z' && c != 'å' && c != 'ä' && c != 'ö' && c != 'é' && c != 'è' && c != 'ü'
                    && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** A name from token i on, over up to two more capitalised names or unknown words. */
    private int fullNameFrom(TextTokens t, int i, Findings findings) {
        int last = i;
        for (int j = i + 1; j <= i + 2 && t.isCapitalised(j) && t.spaceBefore(j); j++) {
            String next = t.lower(j);
            if ((kind(next) == NameKind.NOT_NAME && !lexicon().surnames.contains(next))
                    || (!kind(next).any() && lexicon().isKnownWord(next))) {
                break;
            }
            last = j;
        }
        findings.add(Finding.certain(FindingType.NAME, t.start[i], t.end[last]));
        return last;
    }

    /** "Maslows behovstrappa", "Antonovskys begrepp": a scholar's name for a concept. */
    private boolean namesAConcept(TextTokens t, int i) {
        if (t.length(i) < 4 || Character.toLowerCase(t.text.charAt(t.end[i] - 1)) != 's' || !t.isWord(i + 1)
                || t.gap(i) != 1) {
            return false;
        }
        if (t.isUpperCaseCode(i + 1)) {
            // "Antonovskys KASAM", but "Jönssons SIP" is a person's
            String base = t.lower(i);
            base = base.substring(0, base.length() - 1);
            return !lexicon().firstNames.contains(base) && !lexicon().surnames.contains(base);
        }
        // "Bronfenbrenners utvecklingsekologiska modell": also after an adjective or two
        for (int k = i + 1; k <= i + 3 && t.isWord(k) && Character.isLowerCase(t.text.charAt(t.start[k])); k++) {
            String next = t.lower(k);
            for (String head : NameCues.CONCEPT_HEADS) {
                if (next.endsWith(head)) {
                    return true;
                }
            }
            if (!(next.endsWith("a") || next.endsWith("e")) || k > i + 1 && t.gap(k - 1) != 1) {
                return false;
            }
        }
        return false;
    }

    /** "ICA Maxi", "SOS Barnbyar": a word after an organisation's capital letters. */
    private static boolean partOfOrganisation(TextTokens t, int i) {
        return t.isUpperCaseCode(i - 1) && t.spaceBefore(i) && !t.isSymbol(i - 2, ':')
                && !t.equalsIgnoreCase(i - 1, "dr");
    }

    /**
     * "Ronja på vårdcentralen har ...": a place phrase between a subject and its verb.
     */
    private boolean placePhraseThenVerb(TextTokens t, int i) {
        if (!t.isWord(i + 1) || !NameCues.PLACE_PHRASE_PREPOSITIONS.contains(t.lower(i + 1))) {
            return false;
        }
        for (int k = i + 2; k <= i + 4 && k < t.size; k++) {
            if (!t.isWord(k)) {
                return false;
            }
            if (k > i + 2 && (NameCues.PERSON_VERBS.contains(t.lower(k)) || finiteVerbFollows(t, k - 1))) {
                return true;
            }
        }
        return false;
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

    /**
     * "Järvamodellen", "Lindsdalsskolan": a proper noun of something, ending in a Swedish
     * noun in its definite form; names do not.
     */
    private boolean endsWithDefiniteNoun(String lower) {
        for (int k = 3; k <= lower.length() - 5; k++) {
            String tail = lower.substring(k);
            if ((tail.endsWith("en") || tail.endsWith("et") || tail.endsWith("an") || tail.endsWith("na"))
                    && lexicon().isSwedishWord(tail)) {
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
        for (String ending : NameCues.PLACE_ENDINGS) {
            if (n > ending.length() + 1 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean personFollows(TextTokens t, int i) {
        int next = i + 1;
        if (t.isWord(next) && NameCues.PERSON_VERBS.contains(t.lower(next))
                && !(t.isWord(next + 1) && NameCues.SUBJECT_PRONOUNS.contains(t.lower(next + 1)))) {
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
        if (t.equalsIgnoreCase(next, "och") && t.isWord(next + 1) && NameCues.POSSESSIVES.contains(t.lower(next + 1))) {
            return true;
        }
        // "Fredrika och jag träffade": a subject together with the writer
        if (t.equalsIgnoreCase(next, "och") && t.isWord(next + 1)
                && (t.equalsIgnoreCase(next + 1, "jag") || t.equalsIgnoreCase(next + 1, "jag,")) && t.isWord(next + 2)
                && Character.isLowerCase(t.text.charAt(t.start[next + 2]))) {
            return true;
        }
        String lower = t.lower(i);
        if (lower.length() > 3 && lower.endsWith("s") && !NameCues.POSSESSIVES.contains(lower) && t.isWord(next)
                && NameCues.RELATIVES.contains(t.lower(next))) {
            return true;
        }
        return t.isSymbol(next, '(') && t.isNumber(next + 1) && t.length(next + 1) <= 2;
    }

    /** True when token i follows "Dr." or another title abbreviated with a full stop. */
    private static boolean afterTitleAbbreviation(TextTokens t, int i) {
        return i >= 2 && t.isSymbol(i - 1, '.') && t.gap(i - 1) <= 1 && t.gap(i - 2) == 0 && t.isWord(i - 2)
                && NameCues.TITLE_ABBREVIATIONS.contains(t.lower(i - 2));
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

    /**
     * A finite verb after the word, as the subject's verb in Swedish word order: a verb
     * of a person ("har", "vill", "berättar") or the past tense of a regular verb that
     * the Swedish dictionary knows ("tackade", "flyttade").
     */
    private boolean finiteVerbFollows(TextTokens t, int i) {
        int next = i + 1;
        if (!t.isWord(next) || !t.spaceBefore(next) || !Character.isLowerCase(t.text.charAt(t.start[next]))) {
            return false;
        }
        String verb = t.lower(next);
        if (t.isWord(next + 1) && NameCues.SUBJECT_PRONOUNS.contains(t.lower(next + 1))) {
            return false; // "Falk har vi inte hört": the verb's subject comes after it
        }
        if (NameCues.PERSON_VERBS.contains(verb)) {
            return true;
        }
        return verb.length() >= 5 && (verb.endsWith("de") || verb.endsWith("te")) && !verb.endsWith("ende")
                && !verb.endsWith("ande") && !NameCues.FUNCTION_WORDS.contains(verb) && lexicon().isSwedishWord(verb);
    }

    /** A relation or a person's role within the next few words ("(klientens mamma)"). */
    private static boolean relationWithin(TextTokens t, int from, int words) {
        for (int k = from; k < from + words && t.isWord(k); k++) {
            String lower = t.lower(k);
            if (NameCues.RELATIVES.contains(lower) || NameCues.PERSON_CUES.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words that are no person where they stand: a room's name ("sal
     * Ljusnan"), a thing that is called something ("den kallas Lotsen"), a possessive
     * pronoun before its noun ("Mina sidor").
     */
    private boolean notAPerson(TextTokens t, int i, String lower, String previous) {
        if (previous != null) {
            for (String venue : NameCues.VENUE_ENDINGS) {
                if (previous.endsWith(venue)) {
                    return true;
                }
            }
            if (NameCues.NAMING_VERBS.contains(previous) && t.isWord(i - 2)
                    && (NameCues.THING_PRONOUNS.contains(t.lower(i - 2)) || (namesAThing(t, i - 2)
                            && lexicon().isSwedishWord(lower) && !lexicon().firstNames.contains(lower)))) {
                return true; // "den kallas Lotsen", "Samverkansmodellen kallas Lotsen"
            }
        }
        if (isBrandCompound(t, i)) {
            return true;
        }
        if (NameCues.WEEKDAY_ABBREVIATIONS.contains(lower)
                && (t.isNumber(i + 1) || t.isSymbol(i + 1, '.') && t.isNumber(i + 2))) {
            return true; // "Tor 3/10 kl 9", "Fre. 12/4": a weekday before a date
        }
        return (NameCues.POSSESSIVE_PRONOUNS.contains(lower) || NameCues.POSSESSIVES.contains(lower)) && t.isWord(i + 1)
                && t.spaceBefore(i + 1) && Character.isLowerCase(t.text.charAt(t.start[i + 1]))
                && !finiteVerbFollows(t, i);
    }

    /**
     * "enligt Miller och Rollnick", "Prochaska och DiClementes förändringshjul": two
     * surnames joined by "och", cited for a method or a model, name scholars, not people
     * of the case. Returns the last token of the pair, or -1.
     */
    private int scholarPair(TextTokens t, int i, NameKind kind, String previous) {
        int second = i + 2;
        if (!t.equalsIgnoreCase(i + 1, "och") || !t.isCapitalised(second) || !t.spaceBefore(second)
                || (kind.first && !kind.surname)) {
            return -1;
        }
        String other = t.lower(second);
        NameKind otherKind = kind(other);
        boolean cited = previous != null && previous.equals("enligt");
        if ((otherKind.first && !otherKind.surname && !(cited && otherKind.word && kind.surname))
                || otherKind == NameKind.NOT_NAME) {
            return -1; // but "enligt Becker och Drake" cites two authors
        }
        boolean possessive = other.length() > 3 && other.endsWith("s") && t.isWord(second + 1)
                && t.spaceBefore(second + 1) && Character.isLowerCase(t.text.charAt(t.start[second + 1]))
                && !NameCues.RELATIVES.contains(t.lower(second + 1))
                && !NameCues.PERSON_CUES.contains(t.lower(second + 1));
        return cited || possessive ? second : -1;
    }

    /**
     * "mamma till Emir", "kallas 'Tjabbe'", "heter Björn Berg": the word is named as a
     * person by a relation before "till", or by a naming verb, also in quotes.
     */
    private boolean namedByRelation(TextTokens t, int i, String previous) {
        if ("till".equals(previous) && t.isWord(i - 2) && (NameCues.RELATIVES.contains(t.lower(i - 2))
                || NameCues.STRONG_PERSON_CUES.contains(t.lower(i - 2)))) {
            return true;
        }
        if (t.isSymbolIn(i - 1, "'\"‘’“”«") && t.isWord(i - 2)
                && (NameCues.NAMING_VERBS.contains(t.lower(i - 2)) || t.equalsIgnoreCase(i - 2, "sig")
                        && t.isWord(i - 3) && NameCues.NAMING_VERBS.contains(t.lower(i - 3)))) {
            return true; // "kallas 'Tjabbe'", "kallar sig "Kicki""
        }
        return previous != null && NameCues.NAMING_VERBS.contains(previous) && !startsSentence(t, i)
                && !(t.isWord(i - 2) && NameCues.THING_PRONOUNS.contains(t.lower(i - 2)));
    }

    /**
     * "kallas 'Pyret'", "kallar sig "Kicki"": a nickname in quotes after a naming verb.
     */
    private boolean quotedAfterNamingVerb(TextTokens t, int i) {
        if (lexicon().isSwedishWord(t.lower(i)) && !lexicon().firstNames.contains(t.lower(i))) {
            return false; // "som heter "Arbetsmarknadsenheten ..."": a unit, not a
                          // nickname
        }
        return t.isSymbolIn(i - 1, "'\"‘’“”«") && t.isWord(i - 2)
                && (NameCues.NAMING_VERBS.contains(t.lower(i - 2)) || t.equalsIgnoreCase(i - 2, "sig")
                        && t.isWord(i - 3) && NameCues.NAMING_VERBS.contains(t.lower(i - 3)));
    }

    /**
     * "Samverkansmodellen kallas": the subject of a naming verb may be a thing, a noun in
     * its definite form that is no person noun, so that a Swedish word it is called is no
     * person's name.
     */
    private boolean namesAThing(TextTokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String subject = t.lower(k);
        if (NameCues.THING_PRONOUNS.contains(subject)) {
            return true;
        }
        return (subject.endsWith("en") || subject.endsWith("et") || subject.endsWith("an"))
                && !NameCues.PERSON_CUES.contains(subject) && !NameCues.RELATIVES.contains(subject)
                && !NameCues.FUNCTION_WORDS.contains(subject) && !lexicon().isName(subject)
                && lexicon().isSwedishWord(subject);
    }

    /**
     * "OneDrive", "PowerPoint": a product's name glued from words, with a capital inside
     * after a word of its own (names such as "McDonald" or "DiClemente" have a short
     * prefix before theirs).
     */
    private boolean isBrandCompound(TextTokens t, int i) {
        for (int k = t.start[i] + 3; k < t.end[i] - 2; k++) {
            if (Character.isUpperCase(t.text.charAt(k)) && Character.isLowerCase(t.text.charAt(k - 1))) {
                return lexicon().isKnownWord(NameLexicon.key(t.text.substring(t.start[i], k)));
            }
        }
        return false;
    }

    /** "mejl", "sms:et", "samtalet": a message whose sender may be named after it. */
    private static boolean messageBefore(TextTokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String word = t.lower(k);
        for (String message : NameCues.MESSAGE_NOUNS) {
            if (word.endsWith(message)) {
                return true;
            }
        }
        return false;
    }

    /** "Astrid Lindgrens barnsjukhus": a possessive name before an institution. */
    private static boolean institutionFollows(TextTokens t, int last) {
        if (Character.toLowerCase(t.text.charAt(t.end[last] - 1)) != 's' || !t.isWord(last + 1)
                || !t.spaceBefore(last + 1)) {
            return false;
        }
        String next = t.lower(last + 1);
        for (String head : NameCues.INSTITUTION_HEADS) {
            if (next.endsWith(head)) {
                return true;
            }
        }
        return false;
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

}
