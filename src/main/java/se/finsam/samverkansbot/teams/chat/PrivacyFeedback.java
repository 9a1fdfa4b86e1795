package se.finsam.samverkansbot.teams.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.privacy.Certainty;
import se.finsam.samverkansbot.privacy.Finding;
import se.finsam.samverkansbot.privacy.PrivacyGuard;
import se.finsam.samverkansbot.privacy.Scan;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.ToggleInput;

/**
 * Runs the privacy guard over the free-text fields of a submitted form and, when
 * something was found, builds what the user sees on the form shown again: per field, what
 * kind of identifier was found and where, and for words that may be names a check box "is
 * not a name". Confirmed words come back in the form's data under
 * {@link #CONFIRMED_PREFIX}. Nothing here logs or stores the text.
 */
@Component
public class PrivacyFeedback {

    /** Input ids of the "not a name" check boxes start with this. */
    static final String CONFIRMED_PREFIX = "privacy.notName.";

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern
        .compile("(?<=[.!?])\\s+(?=\\S)");

    private final PrivacyGuard guard;

    private final Texts texts;

    public PrivacyFeedback(PrivacyGuard guard, Texts texts) {
        this.guard = guard;
        this.texts = texts;
    }

    /**
     * Checks the fields; empty when every field is clean after the user's confirmations,
     * otherwise what to show and which fields were refused. A refused field is described
     * by the kind of data and where it stands, never quoted: its text must not be shown
     * again, not even on the form that comes back. Only words that may be names (which
     * the user may confirm) are named, and only when nothing in that field was refused.
     */
    public Optional<Feedback> check(Locale locale, List<Field> fields, Collection<String> confirmedNotNames) {
        List<CardElement> problems = new ArrayList<>();
        Set<String> uncertainWords = new LinkedHashSet<>();
        Set<String> refused = new LinkedHashSet<>();
        for (Field field : fields) {
            String text = field.text();
            Scan scan = guard.scan(text, confirmedNotNames);
            if (scan.isClean()) {
                continue;
            }
            if (scan.blocks()) {
                refused.add(field.id());
            }
            problems.add(TextBlock.paragraph(texts.get(locale,
                    scan.blocks() ? "privacy.refused.intro" : "privacy.confirm.intro", field.label())));
            for (Finding finding : scan.findings()) {
                String kind = texts.get(locale, finding.type().messageKey());
                String where = where(locale, text, finding.start());
                if (scan.blocks()) {
                    problems.add(TextBlock.paragraph(texts.get(locale, "privacy.finding.where", kind, where)));
                }
                else {
                    problems.add(TextBlock
                        .paragraph(texts.get(locale, "privacy.finding.word", kind, where, finding.in(text).strip())));
                    uncertainWords.add(finding.in(text).strip());
                }
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        List<CardElement> shown = new ArrayList<>();
        shown.add(new TextBlock(texts.get(locale, "privacy.refused.title"), "Medium", "Bolder", null, true));
        shown.addAll(problems);
        if (refused.isEmpty()) {
            int index = 0;
            for (String word : uncertainWords) {
                shown.add(ToggleInput.carrying(CONFIRMED_PREFIX + index++,
                        texts.get(locale, "privacy.confirm.toggle", word), word));
            }
        }
        return Optional.of(new Feedback(List.of(new Container(shown, "attention")), Set.copyOf(refused)));
    }

    /**
     * Where in the text a finding stands, in words: its line when the text has several,
     * else its sentence when it has several, else just "in the text".
     */
    static String where(Texts texts, Locale locale, String text, int offset) {
        String[] lines = text.strip().split("\\R", -1);
        int strippedStart = text.indexOf(text.strip());
        int at = Math.max(0, offset - Math.max(0, strippedStart));
        if (lines.length > 1) {
            int line = 0;
            int seen = 0;
            for (; line < lines.length - 1; line++) {
                seen += lines[line].length() + 1;
                if (seen > at) {
                    break;
                }
            }
            return ordinal(texts, locale, "line", line + 1);
        }
        List<Integer> sentenceStarts = new ArrayList<>();
        java.util.regex.Matcher boundary = SENTENCE_END.matcher(lines[0]);
        while (boundary.find()) {
            sentenceStarts.add(boundary.end());
        }
        if (sentenceStarts.isEmpty()) {
            return texts.get(locale, "privacy.where.text");
        }
        int sentence = 1;
        for (int sentenceStart : sentenceStarts) {
            if (at >= sentenceStart) {
                sentence++;
            }
        }
        return ordinal(texts, locale, "sentence", sentence);
    }

    private String where(Locale locale, String text, int offset) {
        return where(texts, locale, text, offset);
    }

    private static String ordinal(Texts texts, Locale locale, String unit, int number) {
        return number <= 10 ? texts.get(locale, "privacy.where." + unit, texts.get(locale, "privacy.ordinal." + number))
                : texts.get(locale, "privacy.where." + unit + ".number", String.valueOf(number));
    }

    /**
     * What the guard found in a form: the card elements that explain it, and the ids of
     * the fields that were refused (their text must not come back on the form).
     */
    public record Feedback(List<CardElement> elements, Set<String> refusedFields) {

        /** The form's values without the text of the refused fields. */
        public Map<String, String> withoutRefused(Map<String, String> values) {
            Map<String, String> kept = new java.util.LinkedHashMap<>(values);
            kept.keySet().removeAll(refusedFields);
            return kept;
        }

        public boolean refused(String fieldId) {
            return refusedFields.contains(fieldId);
        }

    }

    /**
     * What identifying data a text holds, as a list of kinds and places in words (never
     * the data), or empty when the guard finds nothing.
     */
    public Optional<String> describe(Locale locale, String text) {
        Scan scan = guard.scan(text, Set.of());
        if (scan.isClean()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (Finding finding : scan.findings()) {
            lines.add(texts.get(locale, "privacy.finding.where", texts.get(locale, finding.type().messageKey()),
                    where(locale, text, finding.start())));
        }
        return Optional.of(String.join("\n", lines));
    }

    /** The words the user confirmed are not names, from a submitted form's data. */
    public static Set<String> confirmedNotNames(CardData data) {
        Set<String> confirmed = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : data.json().properties()) {
            if (entry.getKey().startsWith(CONFIRMED_PREFIX) && entry.getValue().isTextual()
                    && !entry.getValue().asText().isBlank()) {
                confirmed.add(entry.getValue().asText());
            }
        }
        return confirmed;
    }

    /**
     * The words the user confirmed are not names, as button data, for a form that asks
     * once more before it acts (a confirmation): its button carries them, so that what
     * was confirmed on the form holds when the confirmation is sent.
     */
    public static Map<String, Object> carrying(Collection<String> confirmedNotNames) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        int index = 0;
        for (String word : confirmedNotNames) {
            data.put(CONFIRMED_PREFIX + index++, word);
        }
        return data;
    }

    /**
     * A free-text field of a form: its input id, the label the user sees and what they
     * wrote.
     */
    public record Field(String id, String label, String text) {

        @Override
        public String toString() {
            return "Field[" + id + ", " + (text == null ? 0 : text.length()) + " chars]";
        }

    }

}
