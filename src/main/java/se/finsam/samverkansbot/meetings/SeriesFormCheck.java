package se.finsam.samverkansbot.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * Checks a series form field by field and turns it into {@link SeriesSettings}; every
 * error is collected, so the form can show them all at once.
 */
final class SeriesFormCheck {

    static final int MAX_PLACE = 200;

    static final int MAX_LINK = 1000;

    static final int MAX_BREAKS = 20;

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final PrivacyGuard guard;

    private final Map<String, String> errors = new LinkedHashMap<>();

    SeriesFormCheck(PrivacyGuard guard) {
        this.guard = guard;
    }

    /**
     * @throws InvalidMeetingInput with every error found; nothing is stored then
     */
    SeriesSettings check(SeriesForm form) {
        RhythmKind rhythm = parseEnum(RhythmKind.class, form.rhythm(), "rhythm");
        int interval = 1;
        int weekOfMonth = 0;
        if (rhythm == RhythmKind.WEEKLY) {
            interval = number(form.intervalWeeks(), "intervalWeeks", 1, 52);
        }
        else if (rhythm == RhythmKind.MONTHLY) {
            weekOfMonth = number(form.weekOfMonth(), "weekOfMonth", -1, 4);
            if (weekOfMonth == 0) {
                errors.put("weekOfMonth", "invalid");
            }
        }
        DayOfWeek weekday = parseEnum(DayOfWeek.class, form.weekday(), "weekday");
        if (weekday != null && !WEEKDAYS.contains(weekday)) {
            errors.put("weekday", "notWorkingDay");
        }
        LocalTime start = time(form.startTime(), "startTime");
        int length = number(form.lengthMinutes(), "lengthMinutes", 15, 480);
        int perCase = number(form.minutesPerCase(), "minutesPerCase", 5, 240);
        int maxCases = number(form.maxCases(), "maxCases", 1, 50);
        if (!errors.containsKey("lengthMinutes") && !errors.containsKey("minutesPerCase")
                && !errors.containsKey("maxCases") && perCase * maxCases > length) {
            errors.put("maxCases", "exceedsLength");
        }
        if (start != null && !errors.containsKey("lengthMinutes") && start.plusMinutes(length).isBefore(start)) {
            errors.put("lengthMinutes", "pastMidnight");
        }
        String place = text(form.place(), "place", MAX_PLACE, form.confirmedNotNames());
        String link = link(form.onlineLink());
        if (place == null && link == null && !errors.containsKey("place") && !errors.containsKey("onlineLink")) {
            errors.put("place", "placeOrLink");
        }
        int deadline = number(form.deadlineWorkingDays(), "deadlineWorkingDays", 0, 15);
        LocalDate first = date(form.firstDate(), "firstDate");
        List<DateRange> breaks = List.of();
        try {
            breaks = DateRange.parseAll(form.breaks());
            if (breaks.size() > MAX_BREAKS) {
                errors.put("breaks", "tooMany");
            }
        }
        catch (IllegalArgumentException e) {
            errors.put("breaks", "invalid");
        }
        HolidayPolicy policy = parseEnum(HolidayPolicy.class, form.holidayPolicy(), "holidayPolicy");
        if (!errors.isEmpty()) {
            throw new InvalidMeetingInput(errors);
        }
        return new SeriesSettings(rhythm, interval, weekOfMonth, weekday, start, length, perCase, maxCases, place, link,
                deadline, first, breaks, policy);
    }

    private String link(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        try {
            URI uri = new URI(link);
            if (link.length() > MAX_LINK || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                errors.put("onlineLink", "invalid");
                return null;
            }
            return link;
        }
        catch (URISyntaxException e) {
            errors.put("onlineLink", "invalid");
            return null;
        }
    }

    private String text(String value, String field, int max, Set<String> confirmedNotNames) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, "tooLong");
            return null;
        }
        if (!guard.scan(text, confirmedNotNames).isClean()) {
            errors.put(field, "privacy");
            return null;
        }
        return text;
    }

    private int number(String value, String field, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return 0;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.put(field, "outOfRange");
            }
            return number;
        }
        catch (NumberFormatException e) {
            errors.put(field, "invalid");
            return 0;
        }
    }

    private LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

    private LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.put(field, "invalid");
            return null;
        }
    }

}
