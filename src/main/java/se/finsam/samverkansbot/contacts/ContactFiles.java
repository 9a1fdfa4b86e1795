package se.finsam.samverkansbot.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Reads and writes directory files. CSV: a header row with the field names of
 * {@link ContactDetails#fields()} plus {@code retired}, comma or semicolon separated (as
 * Swedish Excel writes it), lists inside a cell separated by commas. YAML: a list under
 * {@code contacts:}, lists as YAML lists or comma-separated text.
 */
final class ContactFiles {

    static final List<String> COLUMNS = columns();

    private static final CsvMapper CSV = new CsvMapper();

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ContactFiles() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(new ContactDetails(null, se.finsam.samverkansbot.core.Agency.OTHER, "",
                null, null, null, null, null, null, null, null, null, null, null, null)
            .fields()
            .keySet());
        columns.add("retired");
        return List.copyOf(columns);
    }

    /** A row of a file: its line and its values as text (lists as YAML lists). */
    record Row(int line, Map<String, Object> values) {
    }

    /** The rows, or a problem saying where the file stops being readable. */
    static List<Row> read(String content, ContactFormat format, List<ImportProblem> problems) {
        try {
            return format == ContactFormat.CSV ? readCsv(content) : readYaml(content, problems);
        }
        catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            problems.add(new ImportProblem(location == null ? 0 : Math.max(1, location.getLineNr()), null,
                    ImportProblem.Reason.MALFORMED));
            return List.of();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> readCsv(String content) throws IOException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int firstBreak = text.indexOf('\n');
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> values = CSV.readerForMapOf(String.class)
            .with(schema)
            .readValues(text)) {
            while (values.hasNextValue()) {
                Map<String, String> row = values.nextValue();
                int line = values.getParser().currentTokenLocation().getLineNr();
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new Row(line, new LinkedHashMap<>(row)));
            }
        }
        return rows;
    }

    private static List<Row> readYaml(String content, List<ImportProblem> problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new ImportProblem(1, "contacts", ImportProblem.Reason.MALFORMED));
                return rows;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"contacts".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    problems.add(new ImportProblem(parser.currentTokenLocation().getLineNr(), "contacts",
                            ImportProblem.Reason.MALFORMED));
                    return rows;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int line = parser.currentTokenLocation().getLineNr();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = YAML.readValue(parser, LinkedHashMap.class);
                    rows.add(new Row(line, entry));
                }
            }
        }
        return rows;
    }

    static String write(List<Map<String, String>> entries, ContactFormat format) {
        try {
            if (format == ContactFormat.CSV) {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                COLUMNS.forEach(schema::addColumn);
                return CSV.writer(schema.build()).writeValueAsString(entries);
            }
            List<Map<String, Object>> yaml = new ArrayList<>();
            for (Map<String, String> entry : entries) {
                Map<String, Object> out = new LinkedHashMap<>();
                entry.forEach((field, value) -> {
                    if (value == null || value.isEmpty()) {
                        return;
                    }
                    if ("kommuner".equals(field) || "topics".equals(field)) {
                        out.put(field, List.of(value.split(",\\s*")));
                    }
                    else if ("retired".equals(field)) {
                        if (Boolean.parseBoolean(value)) {
                            out.put(field, true);
                        }
                    }
                    else {
                        out.put(field, value);
                    }
                });
                yaml.add(out);
            }
            return YAML.writeValueAsString(Map.of("contacts", yaml));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
