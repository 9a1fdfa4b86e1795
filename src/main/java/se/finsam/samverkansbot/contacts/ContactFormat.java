package se.finsam.samverkansbot.contacts;

import java.util.Locale;
import java.util.Optional;

/** The file formats the directory is imported from and exported to. */
public enum ContactFormat {

    CSV("csv", "text/csv"), YAML("yml", "application/yaml");

    private final String extension;

    private final String mediaType;

    ContactFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension says, if it is one of these. */
    public static Optional<ContactFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

}
