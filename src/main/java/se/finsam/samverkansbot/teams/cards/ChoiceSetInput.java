package se.finsam.samverkansbot.teams.cards;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A choice among fixed values: a drop-down ({@code compact}), radio buttons or check
 * boxes ({@code expanded}); with {@code isMultiSelect} the submitted value is the chosen
 * values joined by commas.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChoiceSetInput(String id, String label, List<Choice> choices, String value, String style,
        @JsonProperty("isMultiSelect") Boolean multiSelect, @JsonProperty("isRequired") Boolean required,
        String errorMessage) implements CardElement {

    public ChoiceSetInput {
        choices = List.copyOf(choices);
    }

    public static ChoiceSetInput dropDown(String id, String label, List<Choice> choices) {
        return new ChoiceSetInput(id, label, choices, null, "compact", null, null, null);
    }

    public static ChoiceSetInput radio(String id, String label, List<Choice> choices) {
        return new ChoiceSetInput(id, label, choices, null, "expanded", null, null, null);
    }

    public static ChoiceSetInput checkBoxes(String id, String label, List<Choice> choices) {
        return new ChoiceSetInput(id, label, choices, null, "expanded", true, null, null);
    }

    /** For a multi-select, the chosen values joined by commas. */
    public ChoiceSetInput withValue(String value) {
        return new ChoiceSetInput(id, label, choices, value, style, multiSelect, required, errorMessage);
    }

    public ChoiceSetInput asRequired() {
        return new ChoiceSetInput(id, label, choices, value, style, multiSelect, true, errorMessage);
    }

    /**
     * Required, with the message Teams shows under the field when the user submits
     * without filling it in (Teams requires one on every required input).
     */
    public ChoiceSetInput asRequired(String errorMessage) {
        return new ChoiceSetInput(id, label, choices, value, style, multiSelect, true, errorMessage);
    }

    public ChoiceSetInput withError(String errorMessage) {
        return new ChoiceSetInput(id, label, choices, value, style, multiSelect, required, errorMessage);
    }

    @Override
    public String type() {
        return "Input.ChoiceSet";
    }

    public record Choice(String title, String value) {
    }

}
