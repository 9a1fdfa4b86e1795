package se.finsam.samverkansbot.teams.cards;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An Adaptive Card, version 1.5 (the newest Teams renders). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "$schema", "version", "body", "actions", "msteams" })
public record AdaptiveCard(List<CardElement> body, List<CardAction> actions) {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AdaptiveCard {
        body = List.copyOf(body);
        actions = List.copyOf(actions);
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
