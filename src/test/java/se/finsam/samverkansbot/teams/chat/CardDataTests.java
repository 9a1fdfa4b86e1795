package se.finsam.samverkansbot.teams.chat;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every button reads its ids and verb the same way, and a tampered id names nothing.
 */
class CardDataTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anIdIsReadWhetherTheClientSendsANumberOrItsDigits() {
        assertThat(data("{\"caseId\": 42}").id("caseId")).contains(42L);
        assertThat(data("{\"caseId\": \"42\"}").id("caseId")).contains(42L);
    }

    @Test
    void aTamperedOrMissingIdNamesNothing() {
        for (String value : new String[] { "-1", "4.5", "\"4.5\"", "\"-1\"", "\"42; DROP\"", "\"\"", "null", "true",
                "\"1234567890123456789\"", "{}", "[]" }) {
            assertThat(data("{\"caseId\": " + value + "}").id("caseId")).as(value).isEmpty();
        }
        assertThat(data("{}").id("caseId")).isEmpty();
    }

    @Test
    void theVerbIsReadOnlyWhenItIsText() {
        assertThat(data("{\"verb\": \"caseAdvise\"}").verb()).contains("caseAdvise");
        assertThat(data("{\"verb\": 3}").verb()).isEmpty();
        assertThat(CardData.of(null).verb()).isEmpty();
    }

    @Test
    void textsAndFlagsReadEmptyWhenAbsent() {
        CardData data = data("{\"advice\": \"Ring FK\", \"nextStep\": \"true\", \"date\": 5}");
        assertThat(data.text("advice")).isEqualTo("Ring FK");
        assertThat(data.text("missing")).isEmpty();
        assertThat(data.textValue("date")).isEmpty();
        assertThat(data.flag("nextStep")).isTrue();
        assertThat(data.flag("missing")).isFalse();
    }

    @Test
    void aVerbCanBeRegisteredOnce() {
        CardActionHandler nothing = (turn, data, locale) -> CompletableFuture.completedFuture(null);
        CardActions actions = CardActions.of().on("caseAdvise", nothing);
        assertThatIllegalStateException().isThrownBy(() -> actions.on("caseAdvise", nothing))
            .withMessageContaining("caseAdvise");
    }

    private static CardData data(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            return CardData.of(tree);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
