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

    private final PrivacyGuard guard;

    private final Texts texts;

    public PrivacyFeedback(PrivacyGuard guard, Texts texts) {
        this.guard = guard;
        this.texts = texts;
    }

    /**
     * Checks the fields; empty when every field is clean after the user's confirmations,
     * otherwise the card elements that explain what was found.
     */
    public Optional<List<CardElement>> check(Locale locale, List<Field> fields, Collection<String> confirmedNotNames) {
        List<CardElement> problems = new ArrayList<>();
        Set<String> uncertainWords = new LinkedHashSet<>();
        boolean blocked = false;
        for (Field field : fields) {
            String text = field.text();
            Scan scan = guard.scan(text, confirmedNotNames);
            if (scan.isClean()) {
                continue;
            }
            blocked |= scan.blocks();
            problems.add(TextBlock.paragraph(texts.get(locale,
                    scan.blocks() ? "privacy.refused.intro" : "privacy.confirm.intro", field.label())));
            for (Finding finding : scan.findings()) {
                problems.add(TextBlock
                    .paragraph(texts.get(locale, "privacy.finding.line", texts.get(locale, finding.type().messageKey()),
                            String.valueOf(finding.start() + 1), String.valueOf(finding.end()), finding.in(text))));
                if (finding.certainty() == Certainty.UNCERTAIN) {
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
        if (!blocked) {
            int index = 0;
            for (String word : uncertainWords) {
                shown.add(ToggleInput.carrying(CONFIRMED_PREFIX + index++,
                        texts.get(locale, "privacy.confirm.toggle", word), word));
            }
        }
        return Optional.of(List.of(new Container(shown, "attention")));
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

    /** A free-text field of a form: the label the user sees and what they wrote. */
    public record Field(String label, String text) {

        @Override
        public String toString() {
            return "Field[" + label + ", " + (text == null ? 0 : text.length()) + " chars]";
        }

    }

}
