package se.finsam.samverkansbot.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A break in a series, both days included ("sommaruppehåll 2027-06-21–2027-08-15").
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A break ends on or after its first day");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** {@code 2027-06-21/2027-08-15}, as stored and as the form writes it. */
    @Override
    public String toString() {
        return from + "/" + to;
    }

    /**
     * Reads breaks written as {@code from/to} (or {@code from–to}, {@code from..to}), one
     * per line or separated by commas or semicolons.
     * @throws IllegalArgumentException when one cannot be read
     */
    public static List<DateRange> parseAll(String text) {
        List<DateRange> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String part : text.split("[,;\\n]")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] ends = trimmed.split("\\s*(/|–|—|\\.\\.|\\s+till\\s+|\\s+to\\s+)\\s*");
            if (ends.length == 1 && trimmed.length() == 21 && trimmed.charAt(10) == '-') {
                ends = new String[] { trimmed.substring(0, 10), trimmed.substring(11) };
            }
            if (ends.length != 2) {
                throw new IllegalArgumentException("Not a date range");
            }
            try {
                ranges.add(new DateRange(LocalDate.parse(ends[0].strip()), LocalDate.parse(ends[1].strip())));
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a date range", e);
            }
        }
        return ranges;
    }

}
