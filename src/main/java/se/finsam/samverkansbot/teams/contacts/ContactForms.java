package se.finsam.samverkansbot.teams.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDetails;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The form in which coordinators write a contact path, and reading it back from a submit.
 * A form shown again keeps what was typed.
 */
@Component
class ContactForms {

    static final String SAVE = "contactSave";

    private static final List<String> LINES = List.of("phone", "mailbox", "eService", "teamsLink", "openingHours");

    /** Field names that have a text in the bundle. */
    private static final List<String> KNOWN_FIELDS = List.of("agency", "unit", "kommuner", "topics", "phone", "mailbox",
            "eService", "teamsLink", "openingHours", "description", "whenToUse", "haveReady", "key", "maintainer",
            "lastVerified", "retired");

    private static final List<String> AREAS = List.of("whenToUse", "haveReady", "description");

    private final Texts texts;

    private final Organisation organisation;

    ContactForms(Texts texts, Organisation organisation) {
        this.texts = texts;
        this.organisation = organisation;
    }

    /**
     * @param id the entry edited, or null for a new one
     * @param values what the fields hold (field name → text)
     * @param notices shown above the fields (problems found)
     */
    AdaptiveCard form(Locale locale, Long id, Map<String, String> values, List<CardElement> notices) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, id == null ? "contacts.form.new" : "contacts.form.edit")));
        body.add(TextBlock.subtle(texts.get(locale, "contacts.form.functionsOnly")));
        body.addAll(notices);
        List<ChoiceSetInput.Choice> agencies = Arrays.stream(Agency.values())
            .map(agency -> new ChoiceSetInput.Choice(texts.get(locale, agency.messageKey()), agency.name()))
            .toList();
        body.add(ChoiceSetInput.dropDown("agency", texts.get(locale, "contacts.field.agency"), agencies)
            .withValue(values.getOrDefault("agency", Agency.FK.name()))
            .asRequired(texts.get(locale, "contacts.problem.MISSING")));
        body.add(TextInput.line("unit", texts.get(locale, "contacts.field.unit"))
            .withValue(values.get("unit"))
            .withMaxLength(200)
            .asRequired()
            .withError(texts.get(locale, "contacts.problem.MISSING")));
        List<ChoiceSetInput.Choice> kommuner = organisation.kommuner()
            .stream()
            .map(kommun -> new ChoiceSetInput.Choice(kommun.name(), kommun.name()))
            .toList();
        body.add(ChoiceSetInput.checkBoxes("kommuner", texts.get(locale, "contacts.field.kommuner"), kommuner)
            .withValue(values.get("kommuner")));
        body.add(TextInput.line("topics", texts.get(locale, "contacts.field.topics"))
            .withValue(values.get("topics"))
            .withMaxLength(2000));
        for (String field : LINES) {
            body.add(TextInput.line(field, texts.get(locale, "contacts.field." + field))
                .withValue(values.get(field))
                .withMaxLength(field.endsWith("Link") || field.equals("eService") ? 500 : 200));
        }
        for (String field : AREAS) {
            body.add(TextInput.area(field, texts.get(locale, "contacts.field." + field))
                .withValue(values.get(field))
                .withMaxLength(2000));
        }
        Map<String, Object> data = new HashMap<>();
        if (id != null) {
            data.put("id", id);
        }
        return new AdaptiveCard(body, List.of(CardAction.execute(texts.get(locale, "contacts.form.save"), SAVE, data)));
    }

    /** The form's values for an entry. */
    static Map<String, String> values(ContactDetails details) {
        Map<String, String> values = new HashMap<>();
        details.fields().forEach((field, value) -> {
            if (value != null) {
                values.put(field, value);
            }
        });
        values.put("kommuner", String.join(",", details.kommuner()));
        return values;
    }

    /** What was typed, by field name. */
    static Map<String, String> values(JsonNode data) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("agency", "unit", "kommuner", "topics", "phone", "mailbox", "eService", "teamsLink",
                "openingHours", "description", "whenToUse", "haveReady")) {
            JsonNode value = data.path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                values.put(field, value.asText());
            }
        }
        return values;
    }

    /** The typed values as details; an unknown agency becomes OTHER. */
    static ContactDetails details(Map<String, String> values) {
        Agency agency = Arrays.stream(Agency.values())
            .filter(a -> a.name().equals(values.get("agency")))
            .findFirst()
            .orElse(Agency.OTHER);
        return new ContactDetails(null, agency, values.get("unit"), split(values.get("kommuner")),
                split(values.get("topics")), values.get("phone"), values.get("mailbox"), values.get("eService"),
                values.get("teamsLink"), values.get("openingHours"), values.get("description"), values.get("whenToUse"),
                values.get("haveReady"), null, null);
    }

    private static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The problems of a form, said in the user's language. */
    List<CardElement> problems(Locale locale, List<ImportProblem> problems) {
        List<CardElement> lines = new ArrayList<>();
        lines.add(new TextBlock(texts.get(locale, "contacts.form.problems"), "Medium", "Bolder", null, true));
        for (ImportProblem problem : problems) {
            lines.add(TextBlock.paragraph(texts.get(locale, "contacts.form.problem", fieldName(locale, problem.field()),
                    texts.get(locale, "contacts.problem." + problem.reason().name()))));
        }
        return List.of(new Container(lines, "attention"));
    }

    String fieldName(Locale locale, String field) {
        if (field == null) {
            return texts.get(locale, "contacts.field.line");
        }
        String key = "contacts.field." + field;
        return KNOWN_FIELDS.contains(field) ? texts.get(locale, key) : field;
    }

}
