package se.finsam.samverkansbot.teams.cards;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A date picker; the submitted value is {@code yyyy-MM-dd}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateInput(String id, String label, String value, String min, String max,
        @JsonProperty("isRequired") Boolean required, String errorMessage) implements CardElement {

    public static DateInput of(String id, String label) {
        return new DateInput(id, label, null, null, null, null, null);
    }

    public DateInput withValue(LocalDate value) {
        return withValue(value == null ? null : value.toString());
    }

    /** Keeps what the user submitted, even when it was not a valid date. */
    public DateInput withValue(String value) {
        return new DateInput(id, label, value, min, max, required, errorMessage);
    }

    public DateInput between(LocalDate min, LocalDate max) {
        return new DateInput(id, label, value, min == null ? null : min.toString(), max == null ? null : max.toString(),
                required, errorMessage);
    }

    public DateInput asRequired() {
        return new DateInput(id, label, value, min, max, true, errorMessage);
    }

    /**
     * Required, with the message Teams shows under the field when the user submits
     * without filling it in (Teams requires one on every required input).
     */
    public DateInput asRequired(String errorMessage) {
        return new DateInput(id, label, value, min, max, true, errorMessage);
    }

    public DateInput withError(String errorMessage) {
        return new DateInput(id, label, value, min, max, required, errorMessage);
    }

    @Override
    public String type() {
        return "Input.Date";
    }

}
