package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The labelled corpora in {@code src/test/resources/privacy/}: one JSON object a line
 * with {@code text}, {@code hasIdentifier} and the expected {@code identifiers}.
 */
record PrivacyCorpus(String name, List<Entry> entries) {

    record Expected(FindingType type, int start, int end) {
    }

    record Entry(String text, boolean hasIdentifier, List<Expected> identifiers) {
    }

    record Figures(int withIdentifiers, int withIdentifiersBlocked, int clean, int cleanBlocked, int identifiers,
            int identifiersFound) {

        double blockedShare() {
            return withIdentifiers == 0 ? 1 : (double) withIdentifiersBlocked / withIdentifiers;
        }

        double cleanBlockedShare() {
            return clean == 0 ? 0 : (double) cleanBlocked / clean;
        }

        double identifierRecall() {
            return identifiers == 0 ? 1 : (double) identifiersFound / identifiers;
        }

        @Override
        public String toString() {
            return String.format(
                    "texts with identifiers blocked %d/%d = %.1f %%, clean texts blocked %d/%d = %.1f %%, identifiers overlapped by a finding %d/%d = %.1f %%",
                    withIdentifiersBlocked, withIdentifiers, 100 * blockedShare(), cleanBlocked, clean,
                    100 * cleanBlockedShare(), identifiersFound, identifiers, 100 * identifierRecall());
        }

    }

    static PrivacyCorpus load(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = PrivacyCorpus.class.getResourceAsStream("/privacy/" + resource)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<Expected> expected = new ArrayList<>();
                for (JsonNode id : node.path("identifiers")) {
                    expected.add(new Expected(FindingType.valueOf(id.get("type").asText()), id.get("start").asInt(),
                            id.get("end").asInt()));
                }
                entries.add(new Entry(node.get("text").asText(), node.get("hasIdentifier").asBoolean(), expected));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new PrivacyCorpus(resource, List.copyOf(entries));
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

    Figures measure(PrivacyGuard guard, List<String> misses) {
        int withIds = 0;
        int withIdsBlocked = 0;
        int clean = 0;
        int cleanBlocked = 0;
        int ids = 0;
        int idsFound = 0;
        for (Entry entry : entries) {
            Scan scan = guard.scan(entry.text());
            boolean blocked = !scan.isClean();
            if (entry.hasIdentifier()) {
                withIds++;
                if (blocked) {
                    withIdsBlocked++;
                }
                for (Expected expected : entry.identifiers()) {
                    ids++;
                    boolean found = scan.findings()
                        .stream()
                        .anyMatch(f -> f.start() < expected.end() && expected.start() < f.end());
                    if (found) {
                        idsFound++;
                    }
                    else {
                        misses.add("missed " + expected.type() + " '"
                                + entry.text().substring(expected.start(), expected.end()) + "' in: " + entry.text());
                    }
                }
            }
            else {
                clean++;
                if (blocked) {
                    cleanBlocked++;
                    StringBuilder what = new StringBuilder();
                    for (Finding f : scan.findings()) {
                        what.append(f.type()).append(" '").append(f.in(entry.text())).append("' ");
                    }
                    misses.add("clean text blocked: " + what + "in: " + entry.text());
                }
            }
        }
        return new Figures(withIds, withIdsBlocked, clean, cleanBlocked, ids, idsFound);
    }

}
