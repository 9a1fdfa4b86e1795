package se.finsam.samverkansbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text field. A form shown again after a refusal keeps what the user typed in
 * {@code value} and says what is wrong in {@code errorMessage}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextInput(String id, String label, String placeholder, String value,
        @JsonProperty("isMultiline") Boolean multiline, Integer maxLength, @JsonProperty("isRequired") Boolean required,
        String errorMessage) implements CardElement {

    public static TextInput line(String id, String label) {
        return new TextInput(id, label, null, null, null, null, null, null);
    }

    public static TextInput area(String id, String label) {
        return new TextInput(id, label, null, null, true, null, null, null);
    }

    public TextInput withValue(String value) {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, required, errorMessage);
    }

    public TextInput withPlaceholder(String placeholder) {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, required, errorMessage);
    }

    public TextInput withMaxLength(int maxLength) {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, required, errorMessage);
    }

    public TextInput asRequired() {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, true, errorMessage);
    }

    /**
     * Required, with the message Teams shows under the field when the user submits
     * without filling it in (Teams requires one on every required input).
     */
    public TextInput asRequired(String errorMessage) {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, true, errorMessage);
    }

    /**
     * The message is shown under the field; Teams shows it only together with required.
     */
    public TextInput withError(String errorMessage) {
        return new TextInput(id, label, placeholder, value, multiline, maxLength, required, errorMessage);
    }

    @Override
    public String type() {
        return "Input.Text";
    }

}
