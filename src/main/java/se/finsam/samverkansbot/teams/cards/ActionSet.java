package se.finsam.samverkansbot.teams.cards;

import java.util.List;

/** Buttons inside the card's body, next to what they act on. */
public record ActionSet(List<CardAction> actions) implements CardElement {

    public ActionSet {
        actions = List.copyOf(actions);
    }

    @Override
    public String type() {
        return "ActionSet";
    }

}
