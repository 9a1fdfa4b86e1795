package se.finsam.samverkansbot.teams.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.MeetingWish;
import se.finsam.samverkansbot.cases.NewCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * Reads the submitted case form: each field checked, a message per field that is missing
 * or wrong, and what was typed kept to show the form again.
 */
final class CaseForm {

    static final String KOMMUN = "kommun";

    static final String OWN_AGENCY = "ownAgency";

    static final String AGENCIES = "agencies";

    static final String AGE_BAND = "ageBand";

    static final String GENDER = "gender";

    static final String CATEGORIES = "categories";

    static final String SITUATION = "situation";

    static final String QUESTION = "question";

    static final String WRITTEN_ADVICE = "writtenAdvice";

    static final String MEETING = "meeting";

    private final Map<String, String> values = new LinkedHashMap<>();

    private final Map<String, String> errors = new LinkedHashMap<>();

    private Kommun kommun;

    private Agency ownAgency;

    private Set<Agency> agencies = Set.of();

    private AgeBand ageBand;

    private Gender gender;

    private Set<Category> categories = Set.of();

    private MeetingWish meetingWish = MeetingWish.NONE;

    private CaseForm() {
    }

    static CaseForm read(CardData data, Organisation organisation, Texts texts, Locale locale) {
        CaseForm form = new CaseForm();
        for (String id : new String[] { KOMMUN, OWN_AGENCY, AGENCIES, AGE_BAND, GENDER, CATEGORIES, SITUATION, QUESTION,
                WRITTEN_ADVICE, MEETING }) {
            JsonNode value = data.json().get(id);
            if (value != null && !value.isNull()) {
                form.values.put(id, value.asText());
            }
        }
        form.kommun = organisation.kommun(form.values.get(KOMMUN)).orElse(null);
        if (form.kommun == null) {
            form.errors.put(KOMMUN, texts.get(locale, "case.error.kommun"));
        }
        form.ownAgency = parse(Agency.class, form.values.get(OWN_AGENCY)).orElse(null);
        if (form.ownAgency == null) {
            form.errors.put(OWN_AGENCY, texts.get(locale, "case.error.ownAgency"));
        }
        form.agencies = parseAll(Agency.class, form.values.get(AGENCIES));
        if (form.agencies == null || form.agencies.isEmpty()) {
            form.errors.put(AGENCIES, texts.get(locale, "case.error.agencies"));
        }
        form.ageBand = parse(AgeBand.class, form.values.get(AGE_BAND)).orElse(null);
        if (form.ageBand == null) {
            form.errors.put(AGE_BAND, texts.get(locale, "case.error.ageBand"));
        }
        String gender = form.values.get(GENDER);
        form.gender = parse(Gender.class, gender).orElse(null);
        if (gender != null && !gender.isBlank() && form.gender == null) {
            // Not a choice the form offers: only forged card data sends it.
            form.values.remove(GENDER);
            form.errors.put(GENDER, texts.get(locale, "case.error.gender"));
        }
        form.categories = parseAll(Category.class, form.values.get(CATEGORIES));
        if (form.categories == null || form.categories.isEmpty()) {
            form.errors.put(CATEGORIES, texts.get(locale, "case.error.categories"));
        }
        String meeting = form.values.get(MEETING);
        if (meeting != null && !meeting.isBlank()) {
            form.meetingWish = parse(MeetingWish.class, meeting).orElse(null);
            if (form.meetingWish == null) {
                // Not a choice the form offers: only forged card data sends it.
                form.values.remove(MEETING);
                form.errors.put(MEETING, texts.get(locale, "case.error.meeting"));
            }
        }
        requireText(form, SITUATION, texts.get(locale, "case.error.situation"), texts, locale);
        requireText(form, QUESTION, texts.get(locale, "case.error.question"), texts, locale);
        return form;
    }

    private static void requireText(CaseForm form, String id, String missing, Texts texts, Locale locale) {
        String value = form.values.get(id);
        if (value == null || invisible(value)) {
            form.errors.put(id, missing);
        }
        else if (value.length() > CaseCards.TEXT_LIMIT) {
            form.errors.put(id, texts.get(locale, "case.error.tooLong", CaseCards.TEXT_LIMIT));
        }
    }

    /**
     * Nothing a reader would see: white space, control and format characters (zero-width
     * spaces, direction marks) only.
     */
    static boolean invisible(String value) {
        return value.codePoints()
            .allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    String situation() {
        return values.get(SITUATION);
    }

    String question() {
        return values.get(QUESTION);
    }

    NewCase toNewCase(Person caseworker, String tenantId, Set<String> confirmedNotNames) {
        return new NewCase(caseworker, tenantId, kommun, ownAgency, agencies, ageBand, gender, categories,
                situation().strip(), question().strip(), "true".equals(values.get(WRITTEN_ADVICE)), meetingWish,
                confirmedNotNames);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Null when a value is not one of the choices (a tampered form). */
    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        Set<E> result = EnumSet.noneOf(type);
        for (String value : Arrays.stream(joined.split(",")).map(String::strip).collect(Collectors.toList())) {
            Optional<E> parsed = parse(type, value);
            if (parsed.isEmpty()) {
                return null;
            }
            result.add(parsed.get());
        }
        return result;
    }

}
