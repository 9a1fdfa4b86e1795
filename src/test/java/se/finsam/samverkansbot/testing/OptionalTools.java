package se.finsam.samverkansbot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool the project cannot bring in through Maven (a browser, say) are
 * skipped with a clear message where it is missing — except when
 * {@code SAMVERKANSBOT_REQUIRE_OPTIONAL_TOOLS=true} (set by {@code .ci/run}): then a
 * missing tool fails the test, so CI never silently skips.
 */
public final class OptionalTools {

    public static final String REQUIRE = "SAMVERKANSBOT_REQUIRE_OPTIONAL_TOOLS";

    private OptionalTools() {
    }

    /**
     * The first of the given executables that exists, or a skip (locally) / failure (in
     * CI).
     */
    public static Path require(String tool, String... candidates) {
        return require(tool, Boolean.parseBoolean(System.getenv(REQUIRE)), candidates);
    }

    static Path require(String tool, boolean required, String... candidates) {
        Optional<Path> found = java.util.Arrays.stream(candidates)
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String message = tool + " is not installed (looked for " + String.join(", ", candidates) + ")";
        if (required) {
            throw new AssertionError(message + "; " + REQUIRE + "=true, so this test may not be skipped");
        }
        Assumptions.abort(message + ": test skipped. Install it, or run .ci/run, which requires it.");
        return null;
    }

}
