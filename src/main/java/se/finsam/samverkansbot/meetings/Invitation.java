package se.finsam.samverkansbot.meetings;

import java.nio.charset.StandardCharsets;

/**
 * An RFC 5545 calendar file to attach to a notice.
 *
 * @param fileName e.g. {@code konsultationsteam-2027-01-12.ics}
 * @param method {@code PUBLISH}, or {@code CANCEL} for a cancellation
 * @param content the iCalendar text
 */
public record Invitation(String fileName, String method, String content) {

    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method;
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

}
