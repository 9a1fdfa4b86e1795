package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import se.finsam.samverkansbot.core.RetentionProperties;

/**
 * The two public pages the Teams app manifest links to ({@code privacyUrl} and
 * {@code termsOfUseUrl}): how personal data is handled, with the retention periods in
 * force, and the terms of use. Plain Swedish HTML from {@code classpath:pages/}, open to
 * anyone (no token: Teams shows them before the app is installed); they hold nothing
 * about any person.
 */
@RestController
class PublicPages {

    private final String privacy;

    private final String terms;

    PublicPages(RetentionProperties retention) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("closedCaseTexts", swedish(retention.closedCaseTexts()));
        values.put("endedFollowUpDetails", swedish(retention.endedFollowUpDetails()));
        values.put("auditTrail", swedish(retention.auditTrail()));
        values.put("outboxPayloads", swedish(retention.outboxPayloads()));
        values.put("removedInstallations", swedish(retention.removedInstallations()));
        values.put("teamMemberSightings", swedish(retention.teamMemberSightings()));
        this.privacy = fill(read("pages/integritet.html"), values);
        this.terms = read("pages/villkor.html");
    }

    @GetMapping(path = "/integritet", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> privacy() {
        return page(privacy);
    }

    @GetMapping(path = "/villkor", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> terms() {
        return page(terms);
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok()
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noCache())
            .body(html);
    }

    /**
     * A period as Swedish words: {@code P6M} "6 månader", {@code P1Y6M} "1 år och 6
     * månader", {@code P30D} "30 dagar".
     */
    static String swedish(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + " år");
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " månad" : " månader"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " dag" : " dagar"));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    }

    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", HtmlUtils.htmlEscape(value.getValue(), "UTF-8"));
        }
        if (filled.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalStateException("A placeholder in a public page has no value");
        }
        return filled;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
