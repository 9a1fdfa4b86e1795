package se.finsam.samverkansbot.followups;

import java.util.Map;

/**
 * A registration or change that cannot be stored, with an error code per form field (e.g.
 * {@code reference} → {@code required}); nothing was stored. Carries no user text.
 */
public class InvalidFollowUp extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidFollowUp(Map<String, String> errors) {
        super("Invalid follow-up: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Error codes by field name. */
    public Map<String, String> errors() {
        return errors;
    }

}
