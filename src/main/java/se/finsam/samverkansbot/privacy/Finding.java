package se.finsam.samverkansbot.privacy;

/**
 * One identifier found in a text: its kind and its span as offsets into the Java
 * {@code String} ({@code start} inclusive, {@code end} exclusive). Holds no text, so it
 * may be logged.
 */
public record Finding(FindingType type, int start, int end, Certainty certainty) {

    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative span " + start + ".." + end);
        }
    }

    public static Finding certain(FindingType type, int start, int end) {
        return new Finding(type, start, end, Certainty.CERTAIN);
    }

    public static Finding uncertain(FindingType type, int start, int end) {
        return new Finding(type, start, end, Certainty.UNCERTAIN);
    }

    /** The found characters of the text that was scanned, to show the user where. */
    public String in(String text) {
        return text.substring(start, end);
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

}
