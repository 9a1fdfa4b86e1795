package se.finsam.samverkansbot.testing;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card validator finds what Teams would refuse or show wrongly, and passes a good
 * card: without these, a validator that never complains would let every card test pass.
 */
class AdaptiveCardValidatorTests {

    private static AdaptiveCardValidator validator;

    @BeforeAll
    static void startValidator() {
        validator = AdaptiveCardValidator.shared();
    }

    @Test
    void aGoodCardHasNoProblems() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "Hej", "size": "Large", "weight": "Bolder", "wrap": true},
                {"type": "Input.ChoiceSet", "id": "kommun", "label": "Kommun", "isRequired": true,
                 "errorMessage": "Välj en kommun", "style": "compact",
                 "choices": [{"title": "Eskilstuna", "value": "Eskilstuna"}]},
                {"type": "Input.Text", "id": "note", "label": "Anteckning", "isMultiline": true, "maxLength": 500},
                {"type": "Input.Date", "id": "date", "label": "Datum"},
                {"type": "Input.Toggle", "id": "ok", "title": "Jag har läst", "valueOn": "true", "valueOff": "false"},
                {"type": "FactSet", "facts": [{"title": "Status", "value": "Öppet"}]},
                {"type": "Container", "style": "emphasis", "items": [{"type": "TextBlock", "text": "x"}]},
                {"type": "ColumnSet", "columns": [{"type": "Column", "width": "auto",
                 "items": [{"type": "TextBlock", "text": "y"}]}]},
                {"type": "ActionSet", "actions": [{"type": "Action.Submit", "title": "Spara",
                 "data": {"verb": "save", "msteams": {"type": "messageBack"}}}]}
                """, """
                {"type": "Action.ShowCard", "title": "Mer", "card": {"type": "AdaptiveCard", "version": "1.5",
                 "body": [{"type": "TextBlock", "text": "z"}]}},
                {"type": "Action.OpenUrl", "title": "Länk", "url": "https://example.org", "style": "positive"}
                """))).isEmpty();
    }

    @Test
    void teamsCardWidthIsNoProblem() {
        assertThat(validator.problems("""
                {"type": "AdaptiveCard", "version": "1.5", "msteams": {"width": "Full"},
                 "body": [{"type": "TextBlock", "text": "Hej"}]}
                """)).isEmpty();
    }

    @Test
    void unknownElementTypeIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "Input.Foo", "id": "foo"}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("UnknownElementType", "Input.Foo"));
    }

    @Test
    void unknownActionTypeIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "x"}
                """, """
                {"type": "Action.Foo", "title": "x"}
                """))).anySatisfy((problem) -> assertThat(problem).contains("UnknownActionType", "Action.Foo"));
    }

    @Test
    void elementTypeNewerThanOneFiveIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "Carousel", "pages": []}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("UnknownElementType", "Carousel"));
    }

    @Test
    void invalidPropertyValueIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "x", "size": "Huge"}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("InvalidPropertyValue", "Huge"));
    }

    @Test
    void unknownPropertyIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "x", "colour": "Good"}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("colour", "TextBlock"));
    }

    @Test
    void teamsPropertiesAreOnlyAllowedOnTheCard() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "x", "msteams": {"width": "Full"}}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("msteams", "TextBlock"));
    }

    @Test
    void choiceSetWithoutChoicesIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "Input.ChoiceSet", "id": "kommun", "label": "Kommun", "choices": []}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("CollectionCantBeEmpty"));
    }

    @Test
    void requiredInputWithoutLabelIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "Input.Text", "id": "note", "isRequired": true, "errorMessage": "Skriv något"}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("RequiredInputsShouldHaveLabel"));
    }

    @Test
    void duplicateInputIdIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "Input.Text", "id": "note", "label": "A"},
                {"type": "Input.Text", "id": "note", "label": "B"}
                """, ""))).anySatisfy((problem) -> assertThat(problem).contains("DuplicateId", "note"));
    }

    @Test
    void showCardWithoutCardIsAProblem() {
        assertThat(validator.problems(card("""
                {"type": "TextBlock", "text": "x"}
                """, """
                {"type": "Action.ShowCard", "title": "Mer"}
                """))).anySatisfy((problem) -> assertThat(problem).contains("PropertyCantBeNull", "card"));
    }

    @Test
    void cardVersionAboveOneFiveIsAProblem() {
        List<String> problems = validator.problems("""
                {"type": "AdaptiveCard", "version": "9.9", "body": [{"type": "TextBlock", "text": "x"}]}
                """);
        assertThat(problems).anySatisfy((problem) -> assertThat(problem).contains("UnsupportedCardVersion", "9.9"));
        assertThat(validator.problems("""
                {"type": "AdaptiveCard", "version": "1.6", "body": [{"type": "TextBlock", "text": "x"}]}
                """)).anySatisfy((problem) -> assertThat(problem).contains("UnsupportedCardVersion"));
    }

    @Test
    void cardWithoutVersionOrTypeIsAProblem() {
        assertThat(validator.problems("""
                {"type": "Card", "body": []}
                """)).anySatisfy((problem) -> assertThat(problem).contains("MissingCardType"))
            .anySatisfy((problem) -> assertThat(problem).contains("version"));
    }

    @Test
    void notJsonIsAProblem() {
        assertThat(validator.problems("{\"type\": ")).anySatisfy((problem) -> assertThat(problem).contains("JSON"));
    }

    private static String card(String body, String actions) {
        return """
                {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                 "version": "1.5", "body": [%s], "actions": [%s]}
                """.formatted(body, actions);
    }

}
