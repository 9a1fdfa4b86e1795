package se.finsam.samverkansbot.teams.edge;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, in Swedish, which setting made the bot refuse to start. */
class UnsafeSetupFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSetupException cause) {
        String problems = cause.problems().stream().map((p) -> "  - " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis("Samverkansboten startar inte med den här konfigurationen:\n" + problems,
                cause.action(), cause);
    }

}
