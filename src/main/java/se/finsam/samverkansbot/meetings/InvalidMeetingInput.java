package se.finsam.samverkansbot.meetings;

import java.util.Map;

/**
 * A form or request that cannot be carried out, with an error code per field (e.g.
 * {@code startTime} → {@code invalid}); nothing was changed. Carries no user text.
 */
public class InvalidMeetingInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidMeetingInput(Map<String, String> errors) {
        super("Invalid meeting input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public static InvalidMeetingInput of(String field, String code) {
        return new InvalidMeetingInput(Map.of(field, code));
    }

    /** Error codes by field name. */
    public Map<String, String> errors() {
        return errors;
    }

}
