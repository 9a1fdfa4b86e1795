package se.finsam.samverkansbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An element of a card's body. */
public sealed interface CardElement permits TextBlock, FactSet, Container, ActionSet, ColumnSet, TextInput,
        ChoiceSetInput, DateInput, ToggleInput, Image {

    @JsonProperty("type")
    String type();

}
