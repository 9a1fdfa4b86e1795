package se.finsam.samverkansbot.teams.edge;

import java.util.List;

/**
 * Outside the dev profile the bot refuses to start without complete Bot Framework
 * credentials, because it would otherwise accept unauthenticated requests.
 * {@link BotCredentialsFailureAnalyzer} turns this into a clear message at start-up.
 */
class BotCredentialsException extends RuntimeException {

    private final List<String> problems;

    BotCredentialsException(List<String> problems) {
        super("Bot Framework credentials incomplete: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

}
