package se.finsam.samverkansbot.teams.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package that {@code mvn package} builds: the zip to upload to Teams holds
 * the filled-in manifest, its English localisation and the two icons at its root, and
 * nothing else. The zip is read from the system property
 * {@code samverkansbot.teamsAppZip}, by default
 * {@code target/samverkansbot-teams-app.zip}. When the build was given
 * {@code -Dteams.appId=...}, the manifest must carry that id.
 */
class TeamsAppPackageIT {

    private static final List<String> ENTRIES = List.of("manifest.json", "en-us.json", "color.png", "outline.png");

    private final Path zip = Path
        .of(System.getProperty("samverkansbot.teamsAppZip", "target/samverkansbot-teams-app.zip"));

    @Test
    void packageHoldsExactlyManifestLocalizationAndIconsAtItsRoot() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = open()) {
            Collections.list(file.entries()).forEach(entry -> names.add(entry.getName()));
        }

        assertThat(names).containsExactlyInAnyOrderElementsOf(ENTRIES);
    }

    @Test
    void packagedFilesHaveNoPlaceholdersLeft() throws IOException {
        assertThat(text("manifest.json")).doesNotContain("${").contains("\"$schema\"");
        assertThat(text("en-us.json")).doesNotContain("${");
    }

    @Test
    void packagedManifestConformsToTeamsSchema() throws IOException {
        JsonNode manifest = TeamsAppPackageTests.JSON.readTree(text("manifest.json"));
        JsonNode english = TeamsAppPackageTests.JSON.readTree(text("en-us.json"));

        assertThat(manifest.path("$schema").asText()).isEqualTo(TeamsAppPackageTests.MANIFEST_SCHEMA);
        assertThat(TeamsAppPackageTests.violations(TeamsAppPackageTests.MANIFEST_SCHEMA, manifest)).isEmpty();
        assertThat(TeamsAppPackageTests.violations(TeamsAppPackageTests.LOCALIZATION_SCHEMA, english)).isEmpty();
    }

    @Test
    void packagedManifestAppIdIsTheBotId() throws IOException {
        JsonNode manifest = TeamsAppPackageTests.JSON.readTree(text("manifest.json"));
        String appId = manifest.path("id").asText();

        assertThat(appId).matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
        assertThat(manifest.path("bots").path(0).path("botId").asText()).isEqualTo(appId);
        String requested = System.getProperty("teams.appId");
        if (requested != null && !requested.isBlank()) {
            assertThat(appId).as("app id given to the build with -Dteams.appId").isEqualTo(requested);
        }
    }

    @Test
    void packagedIconsAreTheSourceIconsByteForByte() throws IOException {
        for (String icon : List.of("color.png", "outline.png")) {
            assertThat(bytes(icon)).as(icon).isEqualTo(Files.readAllBytes(Path.of("manifest", icon)));
        }
    }

    private ZipFile open() throws IOException {
        assertThat(zip).as("Teams app package (run mvn package first)").isRegularFile();
        return new ZipFile(zip.toFile());
    }

    private byte[] bytes(String name) throws IOException {
        try (ZipFile file = open()) {
            ZipEntry entry = file.getEntry(name);
            assertThat(entry).as("zip entry %s", name).isNotNull();
            try (InputStream in = file.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    private String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

}
