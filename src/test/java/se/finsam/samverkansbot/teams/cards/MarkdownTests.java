package se.finsam.samverkansbot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a user wrote shows as written in a card: no link, emphasis or list can be made
 * from it.
 */
class MarkdownTests {

    @Test
    void aLinkIsShownAsTextNotAsALink() {
        assertThat(Markdown.escape("Läs [här](https://evil.example/logga-in)"))
            .isEqualTo("Läs \\[här\\]\\(https://evil.example/logga-in\\)");
    }

    @Test
    void emphasisCodeAndHeadingsAreShownAsWritten() {
        assertThat(Markdown.escape("**viktigt** _nu_ `kod` # rubrik ~~struken~~"))
            .isEqualTo("\\*\\*viktigt\\*\\* \\_nu\\_ \\`kod\\` \\# rubrik \\~\\~struken\\~\\~");
    }

    @Test
    void listsAtTheStartOfALineAreShownAsWritten() {
        assertThat(Markdown.escape("- ett\n+ två\n 3. tre\nen - mitt i"))
            .isEqualTo("\\- ett\n\\+ två\n 3\\. tre\nen - mitt i");
    }

    @Test
    void plainSwedishTextIsUnchanged() {
        assertThat(Markdown.escape("Kvinna 45 år, avslag enligt 27 kap. 46 § SFB."))
            .isEqualTo("Kvinna 45 år, avslag enligt 27 kap. 46 § SFB.");
    }

    @Test
    void aBackslashIsEscapedItself() {
        assertThat(Markdown.escape("C:\\mapp\\*")).isEqualTo("C:\\\\mapp\\\\\\*");
    }

}
