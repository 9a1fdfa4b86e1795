package se.finsam.samverkansbot.teams.chat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.edge.TeamsAppPackageTests;
import se.finsam.samverkansbot.testing.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command Teams suggests from the app manifest, in Swedish and in English, is one
 * the bot understands where it is suggested: clicking a suggestion never ends in "Det där
 * känner jag inte igen".
 */
class ManifestCommandsTests extends BotIntegrationTest {

    @Autowired
    List<ChatCommand> commands;

    @Autowired
    List<MessagingExtensionQueryHandler> extensionQueries;

    @Test
    void everyManifestCommandIsUnderstoodInItsScope() throws IOException {
        CommandTable table = new CommandTable(commands);
        JsonNode manifest = TeamsAppPackageTests.sourceManifest();
        JsonNode english = TeamsAppPackageTests.sourceJson("en-us.json");
        JsonNode lists = manifest.path("bots").path(0).path("commandLists");

        for (int l = 0; l < lists.size(); l++) {
            JsonNode list = lists.path(l);
            for (JsonNode scope : list.path("scopes")) {
                ConversationKind where = kind(scope.asText());
                for (int c = 0; c < list.path("commands").size(); c++) {
                    String swedish = list.path("commands").path(c).path("title").asText();
                    String translated = english.path("bots[0].commandLists[" + l + "].commands[" + c + "].title")
                        .asText();
                    assertThat(table.match(swedish, where)).as("%s in %s", swedish, where).isPresent();
                    assertThat(table.match(translated, where)).as("%s in %s", translated, where).isPresent();
                }
            }
        }
    }

    /**
     * The bot is installable exactly where its commands work: a scope in the manifest for
     * every kind of conversation some command is made for, and none other.
     */
    @Test
    void theManifestsScopesAreWhereTheCommandsWork() throws IOException {
        Set<ConversationKind> manifestScopes = new HashSet<>();
        TeamsAppPackageTests.sourceManifest()
            .path("bots")
            .path(0)
            .path("scopes")
            .forEach((scope) -> manifestScopes.add(kind(scope.asText())));
        Set<ConversationKind> commandScopes = new HashSet<>();
        commands.forEach((command) -> commandScopes.addAll(command.scopes()));

        assertThat(manifestScopes).isEqualTo(commandScopes);
    }

    /**
     * What most people come for (the help card's main commands) is suggested by Teams in
     * every kind of conversation where everybody may use it, and no command is suggested
     * where the help card would not list it.
     */
    @Test
    void theMainCommandsAreSuggestedWhereEverybodyMayUseThem() throws IOException {
        CommandTable table = new CommandTable(commands);
        JsonNode lists = TeamsAppPackageTests.sourceManifest().path("bots").path(0).path("commandLists");
        Map<ConversationKind, Set<ChatCommand>> suggested = new EnumMap<>(ConversationKind.class);
        for (JsonNode list : lists) {
            for (JsonNode scope : list.path("scopes")) {
                for (JsonNode command : list.path("commands")) {
                    ChatCommand understood = table.match(command.path("title").asText(), kind(scope.asText()))
                        .orElseThrow()
                        .command();
                    assertThat(understood.helpScopes())
                        .as("%s suggested in %s", command.path("title").asText(), scope.asText())
                        .contains(kind(scope.asText()));
                    suggested.computeIfAbsent(kind(scope.asText()), (where) -> new HashSet<>()).add(understood);
                }
            }
        }

        for (ChatCommand command : commands) {
            if (command.helpKey() == null || !HelpCards.MAIN.contains(command.helpKey())) {
                continue;
            }
            for (ConversationKind where : command.helpScopes()) {
                if (command.offeredTo(Optional.empty(), where)) {
                    assertThat(suggested.getOrDefault(where, Set.of()))
                        .as("%s suggested in %s", command.names().get(0), where)
                        .contains(command);
                }
            }
        }
    }

    private static ConversationKind kind(String manifestScope) {
        return switch (manifestScope) {
            case "team" -> ConversationKind.CHANNEL;
            case "groupChat" -> ConversationKind.GROUP_CHAT;
            case "personal" -> ConversationKind.PERSONAL;
            default -> throw new AssertionError("Unknown manifest scope " + manifestScope);
        };
    }

    @Test
    void everyMessagingExtensionCommandHasAHandler() throws IOException {
        JsonNode commands = TeamsAppPackageTests.sourceManifest().path("composeExtensions").path(0).path("commands");
        List<String> handled = extensionQueries.stream().map(MessagingExtensionQueryHandler::commandId).toList();

        assertThat(commands.size()).isPositive();
        for (JsonNode command : commands) {
            assertThat(command.path("type").asText()).isEqualTo("query");
            assertThat(handled).as("handler for %s", command.path("id").asText()).contains(command.path("id").asText());
        }
    }

}
