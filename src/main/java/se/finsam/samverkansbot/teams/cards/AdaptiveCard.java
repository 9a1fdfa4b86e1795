package se.finsam.samverkansbot.teams.cards;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An Adaptive Card, version 1.5 (the newest Teams renders), optionally with a
 * {@link Refresh}: the Universal Actions way to show each reader their own view of a card
 * posted to many.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "$schema", "version", "refresh", "body", "actions", "msteams" })
public record AdaptiveCard(List<CardElement> body, List<CardAction> actions, Refresh refresh) {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AdaptiveCard {
        body = List.copyOf(body);
        actions = List.copyOf(actions);
    }

    public AdaptiveCard(List<CardElement> body, List<CardAction> actions) {
        this(body, actions, null);
    }

    /** This card, asking Teams to fetch each reader's own view of it. */
    public AdaptiveCard withRefresh(Refresh refresh) {
        return new AdaptiveCard(body, actions, refresh);
    }

    @JsonProperty("type")
    public String type() {
        return "AdaptiveCard";
    }

    @JsonProperty("$schema")
    public String schema() {
        return "http://adaptivecards.io/schemas/adaptive-card.json";
    }

    @JsonProperty("version")
    public String version() {
        return "1.5";
    }

    /**
     * Cards use the whole width of the Teams message, which reads better for forms and
     * lists.
     */
    @JsonProperty("msteams")
    public Map<String, String> msteams() {
        return Map.of("width", "Full");
    }

    public JsonNode toJson() {
        return MAPPER.valueToTree(this);
    }
}
