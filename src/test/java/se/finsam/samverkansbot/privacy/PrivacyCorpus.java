package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A labelled corpus: one JSON object a line with {@code text} and its
 * {@code identifiers}, each a {@code type} with either its {@code start} and {@code end}
 * offsets or its {@code value} (then every occurrence of the value in the text counts). A
 * text without identifiers is clean.
 */
record PrivacyCorpus(String name, List<Entry> entries) {

    record Expected(FindingType type, int start, int end) {
    }

    record Entry(String text, List<Expected> identifiers) {

        boolean hasIdentifier() {
            return !identifiers.isEmpty();
        }

    }

    static PrivacyCorpus load(String resource) {
        try (InputStream in = PrivacyCorpus.class.getResourceAsStream("/privacy/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus privacy/" + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static PrivacyCorpus load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static PrivacyCorpus parse(String name, String all) {
        ObjectMapper json = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        String[] lines = all.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            }
            catch (IOException ex) {
                // never the parser's message: it quotes the line
                throw new IllegalArgumentException("Line " + (n + 1) + " of " + name + " is not JSON");
            }
            if (!node.path("text").isTextual()) {
                throw new IllegalArgumentException("Line " + (n + 1) + " of " + name + " has no text");
            }
            String text = node.get("text").asText();
            List<Expected> expected = new ArrayList<>();
            for (JsonNode id : node.path("identifiers")) {
                FindingType type = typeOf(id.path("type").asText(), n + 1, name);
                if (id.has("value")) {
                    String value = id.get("value").asText();
                    int at = value.isEmpty() ? -1 : text.indexOf(value);
                    if (at < 0) {
                        // counted as an identifier nobody can find, so it lowers recall
                        expected.add(new Expected(type, -1, -1));
                    }
                    while (at >= 0) {
                        expected.add(new Expected(type, at, at + value.length()));
                        at = text.indexOf(value, at + value.length());
                    }
                }
                else {
                    expected.add(new Expected(type, id.get("start").asInt(), id.get("end").asInt()));
                }
            }
            entries.add(new Entry(text, List.copyOf(expected)));
        }
        return new PrivacyCorpus(name, List.copyOf(entries));
    }

    private static FindingType typeOf(String type, int line, String name) {
        for (FindingType candidate : FindingType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Line " + line + " of " + name + " has an unknown identifier type");
    }

    /** The guard as the application configures it (allow-lists of application.yml). */
    static PrivacyGuard configuredGuard() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"));
            PrivacyProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("samverkansbot.privacy", PrivacyProperties.class)
                .orElseGet(PrivacyProperties::empty);
            return new RuleBasedPrivacyGuard(properties);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Scores the guard on this corpus; the figures hold counts only, never text. */
    CorpusFigures measure(PrivacyGuard guard) {
        CorpusFigures figures = new CorpusFigures();
        for (Entry entry : entries) {
            figures.add(entry, guard.scan(entry.text()));
        }
        return figures;
    }

}
