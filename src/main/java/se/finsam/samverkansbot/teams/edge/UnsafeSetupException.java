package se.finsam.samverkansbot.teams.edge;

import java.util.List;

/**
 * The configuration would expose the bot or its data (dev profile outside a developer's
 * machine, production on the embedded database's default account): reported at start-up,
 * in Swedish, with what to change.
 */
class UnsafeSetupException extends RuntimeException {

    private final List<String> problems;

    private final String action;

    UnsafeSetupException(List<String> problems, String action) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.action = action;
    }

    List<String> problems() {
        return problems;
    }

    String action() {
        return action;
    }

}
