package se.finsam.samverkansbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A picture: a URL or a {@code data:} URI (the whole card, picture included, must stay
 * under Teams' size limit of about 28 KB).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String url, String altText, String size) implements CardElement {

    public static Image of(String url, String altText) {
        return new Image(url, altText, "Stretch");
    }

    @Override
    public String type() {
        return "Image";
    }

}
