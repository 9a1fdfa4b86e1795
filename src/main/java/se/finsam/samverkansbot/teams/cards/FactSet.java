package se.finsam.samverkansbot.teams.cards;

import java.util.List;

/** Label–value pairs, e.g. a command and what it does. */
public record FactSet(List<Fact> facts) implements CardElement {

    public FactSet {
        facts = List.copyOf(facts);
    }

    @Override
    public String type() {
        return "FactSet";
    }

    public record Fact(String title, String value) {
    }
}
