package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.ValidatorTypeCode;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.resource.AllowSchemaLoader;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package sources in {@code manifest/}: the manifest and its English
 * localisation conform to the official v1.23 schemas (vendored under
 * {@code src/test/resources/teams-manifest-schema}), the icons have the sizes Teams
 * requires, and the bot's commands and compose extension are the ones the rest of the bot
 * relies on. The packaged zip is checked by {@link TeamsAppPackageIT}.
 */
public class TeamsAppPackageTests {

    static final String SCHEMA_BASE = "https://developer.microsoft.com/json-schemas/teams/v1.23/";
    static final String MANIFEST_SCHEMA = SCHEMA_BASE + "MicrosoftTeams.schema.json";
    static final String LOCALIZATION_SCHEMA = SCHEMA_BASE + "MicrosoftTeams.Localization.schema.json";

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Path MANIFEST_DIR = Path.of("manifest");

    private static final Map<String, String> SAMPLE_VALUES = Map.of("teams.appId",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "teams.appVersion", "1.0.0", "teams.hostName",
            "samverkansbot.example.se", "teams.developerName", "Finsam Skåne Nordost", "teams.websiteUrl",
            "https://samverkansbot.example.se/", "teams.privacyUrl", "https://samverkansbot.example.se/integritet",
            "teams.termsOfUseUrl", "https://samverkansbot.example.se/villkor");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /**
     * Draft-04 validation that never leaves the machine: the Teams schema IRIs map to the
     * vendored copies on the class path, and any other non-class-path schema is refused
     * instead of fetched. The schemas are draft-04 but use {@code const} (for
     * manifestVersion), which draft-04 lacks and the validator would otherwise ignore;
     * like Microsoft's own validation, it is enforced here.
     */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder
                .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV4()).keyword(ValidatorTypeCode.CONST).build())
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:teams-manifest-schema/v1.23/"))
                .schemaLoaders(
                        loaders -> loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));

    /**
     * The schemas' patterns are ECMAScript regular expressions, and one of them (for
     * Excel add-in file names) uses {@code [\b]}, a backspace in ECMAScript but an error
     * in java.util.regex; {@code \v} is a vertical tab there and any vertical space in
     * Java. Both are rewritten to the character they mean before compiling.
     */
    private static final RegularExpressionFactory ECMASCRIPT_PATTERNS = pattern -> JDKRegularExpressionFactory
        .getInstance()
        .getRegularExpression(ecmaScriptToJava(pattern));

    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
        .regularExpressionFactory(ECMASCRIPT_PATTERNS)
        .build();

    static Set<String> violations(String schemaIri, JsonNode document) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(schemaIri), CONFIG);
        return schema.validate(document)
            .stream()
            .map(ValidationMessage::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void manifestConformsToTeamsSchema() throws IOException {
        JsonNode manifest = sourceManifest();

        assertThat(manifest.path("$schema").asText()).isEqualTo(MANIFEST_SCHEMA);
        assertThat(violations(MANIFEST_SCHEMA, manifest)).isEmpty();
    }

    @Test
    void localizationFileConformsToTeamsLocalizationSchema() throws IOException {
        JsonNode english = sourceJson("en-us.json");

        assertThat(english.path("$schema").asText()).isEqualTo(LOCALIZATION_SCHEMA);
        assertThat(violations(LOCALIZATION_SCHEMA, english)).isEmpty();
    }

    /**
     * Guards against a check that passes everything, e.g. because a keyword or the schema
     * itself was not loaded.
     */
    @Test
    void schemaCheckRejectsManifestThatBreaksTheSchema() throws IOException {
        ObjectNode manifest = (ObjectNode) sourceManifest();
        manifest.put("manifestVersion", "1.22");
        ((ObjectNode) manifest.path("bots").path(0)).put("botId", "samverkansbot");
        manifest.put("accentColor", "blue");

        assertThat(violations(MANIFEST_SCHEMA, manifest)).anyMatch(message -> message.startsWith("/manifestVersion: "))
            .anyMatch(message -> message.startsWith("/bots/0/botId: "))
            .anyMatch(message -> message.startsWith("/accentColor: "));
    }

    @Test
    void schemaCheckFetchesNoRemoteSchema() throws IOException {
        JsonNode remote = JSON.readTree("{\"$schema\": \"http://json-schema.org/draft-04/schema#\","
                + " \"$ref\": \"https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json\"}");

        assertThatThrownBy(() -> SCHEMAS.getSchema(remote, CONFIG).validate(JSON.readTree("{}")))
            .isInstanceOf(JsonSchemaException.class)
            .hasMessageContaining("not allowed");
    }

    @Test
    void manifestSourcesUseOnlyTheBuildsPlaceholders() throws IOException {
        String manifest = Files.readString(MANIFEST_DIR.resolve("manifest.json"), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(manifest);

        assertThat(placeholders(manifest)).isSubsetOf(SAMPLE_VALUES.keySet()).contains("teams.appId");
        assertThat(placeholders(Files.readString(MANIFEST_DIR.resolve("en-us.json"), StandardCharsets.UTF_8)))
            .isSubsetOf(SAMPLE_VALUES.keySet());
        assertThat(json.path("id").asText()).isEqualTo("${teams.appId}");
        assertThat(json.path("bots").path(0).path("botId").asText()).isEqualTo("${teams.appId}");
        assertThat(json.path("version").asText()).isEqualTo("${teams.appVersion}");
        // Who publishes the app and where its pages are: the förbund's, given to the
        // build.
        assertThat(json.path("developer").path("name").asText()).isEqualTo("${teams.developerName}");
        assertThat(json.path("developer").path("websiteUrl").asText()).isEqualTo("${teams.websiteUrl}");
        assertThat(json.path("developer").path("privacyUrl").asText()).isEqualTo("${teams.privacyUrl}");
        assertThat(json.path("developer").path("termsOfUseUrl").asText()).isEqualTo("${teams.termsOfUseUrl}");
    }

    @Test
    void filesNamedInManifestAreInManifestFolder() throws IOException {
        JsonNode manifest = sourceManifest();
        List<String> files = new ArrayList<>();
        files.add(manifest.path("icons").path("color").asText());
        files.add(manifest.path("icons").path("outline").asText());
        manifest.path("localizationInfo")
            .path("additionalLanguages")
            .forEach(language -> files.add(language.path("file").asText()));

        assertThat(files).containsExactly("color.png", "outline.png", "en-us.json");
        assertThat(files).allMatch(file -> Files.isRegularFile(MANIFEST_DIR.resolve(file)), "exists in manifest/");
    }

    @Test
    void colorIconIs192By192InFullColour() throws IOException {
        BufferedImage icon = icon("color.png");

        assertThat(icon.getWidth()).isEqualTo(192);
        assertThat(icon.getHeight()).isEqualTo(192);
        assertThat(distinctColours(icon)).as("distinct colours").isGreaterThan(2);
    }

    @Test
    void outlineIconIs32By32WhiteOnTransparent() throws IOException {
        BufferedImage icon = icon("outline.png");

        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(icon.getHeight()).isEqualTo(32);
        assertThat(icon.getColorModel().hasAlpha()).as("has an alpha channel").isTrue();
        int transparent = 0;
        int visible = 0;
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int argb = icon.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    transparent++;
                }
                else {
                    visible++;
                    assertThat(argb & 0xFFFFFF).as("colour of pixel (%d,%d)", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(transparent).as("transparent pixels").isGreaterThan(32 * 32 / 4);
        assertThat(visible).as("white pixels").isGreaterThan(32 * 32 / 10);
    }

    @Test
    void botCommandTitlesAreSwedishAndIncludeHjalp() throws IOException {
        JsonNode bot = sourceManifest().path("bots").path(0);

        assertThat(bot.path("commandLists")).hasSize(3);
        assertThat(commandTitles(bot, "personal")).contains("hjälp", "personuppgifter");
        assertThat(commandTitles(bot, "team")).contains("hjälp");
        assertThat(commandTitles(bot, "groupChat")).containsExactly("hjälp", "personuppgifter", "kontakt");
        assertThat(sourceJson("en-us.json").path("bots[0].commandLists[0].commands[0].title").asText())
            .isEqualTo("help");
    }

    @Test
    void botIsConversationalInPersonalTeamAndGroupChatScopes() throws IOException {
        JsonNode bot = sourceManifest().path("bots").path(0);

        assertThat(texts(bot.path("scopes"))).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(bot.path("isNotificationOnly").isBoolean() && !bot.path("isNotificationOnly").asBoolean()).isTrue();
        // Files: coordinators attach the contact directory to import it.
        assertThat(bot.path("supportsFiles").isBoolean() && bot.path("supportsFiles").asBoolean()).isTrue();
    }

    /**
     * Every English string replaces one that exists in the manifest, and every command
     * string has an English one.
     */
    @Test
    void localizationFileTranslatesEveryCommandString() throws IOException {
        JsonNode manifest = sourceManifest();
        JsonNode english = sourceJson("en-us.json");

        Set<String> keys = new TreeSet<>();
        english.fieldNames().forEachRemaining(keys::add);
        keys.remove("$schema");
        for (String key : keys) {
            assertThat(at(manifest, key)).as("manifest string for %s", key).isInstanceOf(TextNode.class);
        }

        Set<String> commandStrings = new TreeSet<>();
        JsonNode lists = manifest.path("bots").path(0).path("commandLists");
        for (int l = 0; l < lists.size(); l++) {
            for (int c = 0; c < lists.path(l).path("commands").size(); c++) {
                commandStrings.add("bots[0].commandLists[" + l + "].commands[" + c + "].title");
                commandStrings.add("bots[0].commandLists[" + l + "].commands[" + c + "].description");
            }
        }
        JsonNode commands = manifest.path("composeExtensions").path(0).path("commands");
        for (int c = 0; c < commands.size(); c++) {
            String prefix = "composeExtensions[0].commands[" + c + "]";
            commandStrings.add(prefix + ".title");
            commandStrings.add(prefix + ".description");
            for (int p = 0; p < commands.path(c).path("parameters").size(); p++) {
                commandStrings.add(prefix + ".parameters[" + p + "].title");
                commandStrings.add(prefix + ".parameters[" + p + "].description");
            }
        }
        assertThat(keys).containsAll(commandStrings).contains("name.full");
    }

    @Test
    void ecmaScriptPatternsKeepTheirMeaningInJava() {
        assertThat(ecmaScriptToJava("^(?!.*[\\r\\b\\v])\\bx\\\\v$")).isEqualTo("^(?!.*[\\r\\x08\\x0B])\\bx\\\\v$");
        var xllName = ECMASCRIPT_PATTERNS.getRegularExpression("^(?!.*[\\r\\n\\f\\b\\v\\u0007\\t])[\\S]*\\.xll$");
        assertThat(xllName.matches("functions.xll")).isTrue();
        assertThat(xllName.matches("func\btions.xll")).isFalse();
    }

    // --- helpers ---

    /**
     * Rewrites ECMAScript's {@code \v} everywhere and {@code \b} inside a character class
     * for java.util.regex.
     */
    static String ecmaScriptToJava(String pattern) {
        StringBuilder java = new StringBuilder(pattern.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char escaped = pattern.charAt(++i);
                if (escaped == 'v') {
                    java.append("\\x0B");
                }
                else if (escaped == 'b' && inClass) {
                    java.append("\\x08");
                }
                else {
                    java.append(c).append(escaped);
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            }
            else if (c == ']') {
                inClass = false;
            }
            java.append(c);
        }
        return java.toString();
    }

    /**
     * manifest/manifest.json with the build's placeholders replaced by sample values, as
     * the package step does.
     */
    public static JsonNode sourceManifest() throws IOException {
        String text = Files.readString(MANIFEST_DIR.resolve("manifest.json"), StandardCharsets.UTF_8);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = SAMPLE_VALUES.get(matcher.group(1));
            assertThat(value).as("value for placeholder %s", matcher.group()).isNotNull();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return JSON.readTree(filled.toString());
    }

    public static JsonNode sourceJson(String file) throws IOException {
        return JSON.readTree(MANIFEST_DIR.resolve(file).toFile());
    }

    private static BufferedImage icon(String file) throws IOException {
        try (InputStream in = Files.newInputStream(MANIFEST_DIR.resolve(file))) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as("%s is a readable image", file).isNotNull();
            return image;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new TreeSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static List<String> commandTitles(JsonNode bot, String scope) {
        List<String> titles = new ArrayList<>();
        for (JsonNode list : bot.path("commandLists")) {
            if (texts(list.path("scopes")).contains(scope)) {
                list.path("commands").forEach(command -> titles.add(command.path("title").asText()));
            }
        }
        return titles;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            texts.add(it.next().asText());
        }
        return texts;
    }

    /**
     * Follows a localisation key such as
     * {@code bots[0].commandLists[1].commands[0].title} into the manifest.
     */
    private static JsonNode at(JsonNode root, String key) {
        JsonNode node = root;
        for (String step : key.split("\\.")) {
            Matcher indexed = Pattern.compile("([^\\[]+)((?:\\[\\d+])*)").matcher(step);
            assertThat(indexed.matches()).as("key step %s", step).isTrue();
            node = node.path(indexed.group(1));
            Matcher index = Pattern.compile("\\[(\\d+)]").matcher(indexed.group(2));
            while (index.find()) {
                node = node.path(Integer.parseInt(index.group(1)));
            }
        }
        return node;
    }

}
