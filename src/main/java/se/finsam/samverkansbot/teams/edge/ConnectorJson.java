package se.finsam.samverkansbot.teams.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.AdditionalPropertiesDeserializer;
import com.microsoft.bot.restclient.serializer.FlatteningDeserializer;
import com.microsoft.bot.restclient.serializer.FlatteningSerializer;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The SDK's JSON for its calls to the Bot Connector, without the SDK's "flattening"
 * serializer. That serializer turns every object it writes into a tree, copies the tree,
 * walks every object in it by reflection and matches two regular expressions against
 * every key, a card's included: a good part of the time of a turn, spent on dotted
 * property names that no Bot Framework schema class has (dotted map keys it escapes and
 * unescapes again). Written without it, the JSON is the same. Reading the connector's
 * answers is left exactly as the SDK does it.
 */
final class ConnectorJson extends JacksonAdapter {

    private final ObjectMapper mapper;

    ConnectorJson() {
        // As JacksonAdapter builds its mapper, less the FlatteningSerializer modules
        // where
        // the mapper writes (the flattening mapper below only reads).
        ObjectMapper flatteningMapper = simpleMapper().copy()
            .registerModule(FlatteningSerializer.getModule(simpleMapper()))
            .registerModule(FlatteningDeserializer.getModule(simpleMapper()));
        this.mapper = simpleMapper().copy()
            .registerModule(AdditionalPropertiesDeserializer.getModule(flatteningMapper))
            .registerModule(FlatteningDeserializer.getModule(simpleMapper()));
    }

    @Override
    public ObjectMapper serializer() {
        return mapper;
    }

}
