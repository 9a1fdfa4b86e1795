package se.finsam.samverkansbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A paragraph of text; Teams renders a subset of Markdown in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextBlock(String text, String size, String weight, @JsonProperty("isSubtle") Boolean subtle,
        Boolean wrap) implements CardElement {

    public static TextBlock heading(String text) {
        return new TextBlock(text, "Large", "Bolder", null, true);
    }

    public static TextBlock paragraph(String text) {
        return new TextBlock(text, null, null, null, true);
    }

    /**
     * A paragraph of what a user wrote: shown as written, its Markdown escaped
     * ({@link Markdown#escape}).
     */
    public static TextBlock userText(String text) {
        return paragraph(Markdown.escape(text));
    }

    public static TextBlock subtle(String text) {
        return new TextBlock(text, "Small", null, true, true);
    }

    @Override
    public String type() {
        return "TextBlock";
    }
}
