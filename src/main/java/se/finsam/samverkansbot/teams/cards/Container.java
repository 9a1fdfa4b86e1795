package se.finsam.samverkansbot.teams.cards;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A group of elements, optionally styled (e.g. {@code emphasis} or {@code attention}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Container(List<CardElement> items, String style) implements CardElement {

    public Container {
        items = List.copyOf(items);
    }

    @Override
    public String type() {
        return "Container";
    }
}
