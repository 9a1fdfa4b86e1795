package se.finsam.samverkansbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A check box; the submitted value is {@code valueOn} or {@code valueOff} ({@code "true"}
 * and {@code "false"} unless set).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToggleInput(String id, String title, String label, String value, String valueOn,
        String valueOff) implements CardElement {

    public static ToggleInput of(String id, String title, boolean checked) {
        return new ToggleInput(id, title, null, Boolean.toString(checked), null, null);
    }

    /** Submits {@code valueOn} when checked and an empty string when not. */
    public static ToggleInput carrying(String id, String title, String valueOn) {
        return new ToggleInput(id, title, null, "", valueOn, "");
    }

    @Override
    public String type() {
        return "Input.Toggle";
    }

}
