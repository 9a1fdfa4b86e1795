package se.finsam.samverkansbot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/privacy/scan} with {@code {"text": "..."}}: what the guard finds, as
 * types and offsets. Open in the {@code dev} profile; elsewhere it answers only with the
 * configured API key as a bearer token, and does not exist without one. At most
 * {@link PrivacyProperties#scanRequestsPerMinute()} scans a minute are answered; more get
 * 429 with {@code Retry-After}. The text is never logged.
 */
@RestController
class PrivacyScanController {

    private static final Logger log = LoggerFactory.getLogger(PrivacyScanController.class);

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivacyGuard guard;

    private final PrivacyProperties properties;

    private final MessageSource messages;

    private final boolean open;

    private final byte[] keyDigest;

    private final Bucket scans;

    PrivacyScanController(PrivacyGuard guard, PrivacyProperties properties, MessageSource messages,
            Environment environment) {
        this.guard = guard;
        this.properties = properties;
        this.messages = messages;
        this.open = environment.matchesProfiles("dev");
        this.keyDigest = properties.hasScanApiKey() ? sha256(properties.scanApiKey().strip()) : null;
        int perMinute = properties.scanRequestsPerMinute();
        this.scans = Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
            .build();
    }

    @PostMapping(path = "/api/privacy/scan", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> scan(HttpServletRequest request) {
        if (!open) {
            if (keyDigest == null) {
                return ResponseEntity.notFound().build();
            }
            if (!authorised(request.getHeader(HttpHeaders.AUTHORIZATION))) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(error("privacy.scan.error.unauthorised"));
            }
        }
        // Counted after the key check: a caller without the key cannot use up the budget
        // of the one that has it.
        ConsumptionProbe scan = scans.tryConsumeAndReturnRemaining(1);
        if (!scan.isConsumed()) {
            String seconds = Long
                .toString(Math.max(1, (scan.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .body(error("privacy.scan.error.tooMany", seconds));
        }
        int maxChars = properties.maxScanRequestChars();
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), maxChars * 4L + 4096);
        }
        catch (IOException ex) {
            return badRequest("privacy.scan.error.json");
        }
        if (body == null) {
            return badRequest("privacy.scan.error.tooLong", maxChars);
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }
        catch (JsonProcessingException ex) {
            return badRequest("privacy.scan.error.json");
        }
        if (node == null || !node.isObject()) {
            return badRequest("privacy.scan.error.json");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return badRequest("privacy.scan.error.text");
        }
        String value = text.asText();
        if (value.length() > maxChars) {
            return badRequest("privacy.scan.error.tooLong", maxChars);
        }
        Scan found = guard.scan(value);
        log.debug("Privacy scan of {} characters: {}", value.length(), found);
        List<Map<String, Object>> findings = found.findings().stream().map(PrivacyScanController::json).toList();
        return ResponseEntity.ok(Map.of("findings", findings));
    }

    private static Map<String, Object> json(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", finding.type().name());
        map.put("start", finding.start());
        map.put("end", finding.end());
        map.put("certainty", finding.certainty().name());
        return map;
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(keyDigest, sha256(header.substring(7).strip()));
    }

    private ResponseEntity<Map<String, Object>> badRequest(String key, Object... args) {
        return ResponseEntity.badRequest().body(error(key, args));
    }

    private Map<String, Object> error(String key, Object... args) {
        return Map.of("error", messages.getMessage(key, args, SWEDISH));
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
