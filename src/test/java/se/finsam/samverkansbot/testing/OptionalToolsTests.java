package se.finsam.samverkansbot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing optional tool skips a test on a developer's machine, and fails it in CI. */
class OptionalToolsTests {

    @Test
    void missingToolSkipsLocally() {
        assertThatThrownBy(() -> OptionalTools.require("nonexistent", false, "/nonexistent/tool"))
            .isInstanceOf(TestAbortedException.class)
            .hasMessageContaining("nonexistent is not installed");
    }

    @Test
    void missingToolFailsWhenRequired() {
        assertThatThrownBy(() -> OptionalTools.require("nonexistent", true, "/nonexistent/tool"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining(OptionalTools.REQUIRE);
    }

    @Test
    void presentToolIsFound() {
        assertThat(OptionalTools.require("sh", true, "/nonexistent/sh", "/bin/sh")).hasToString("/bin/sh");
    }

}
