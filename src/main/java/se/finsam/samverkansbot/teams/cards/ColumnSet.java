package se.finsam.samverkansbot.teams.cards;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Elements side by side, e.g. a status next to a title. */
public record ColumnSet(List<Column> columns) implements CardElement {

    public ColumnSet {
        columns = List.copyOf(columns);
    }

    @Override
    public String type() {
        return "ColumnSet";
    }

    /**
     * A column; {@code width} is {@code auto}, {@code stretch} or a relative weight.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Column(List<CardElement> items, String width) {

        public Column {
            items = List.copyOf(items);
        }

        @JsonProperty("type")
        public String type() {
            return "Column";
        }

    }

}
