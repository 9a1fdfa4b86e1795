package se.finsam.samverkansbot.teams.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactsProperties;

/**
 * Fetches a file a user attached in Teams. Downloads only from the configured hosts
 * (Teams gives pre-authorised SharePoint links), and at most {@link #MAX_BYTES}.
 */
@Component
class ContactFileTransfer {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ContactFileTransfer.class);

    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private final ContactsProperties properties;

    ContactFileTransfer(ContactsProperties properties) {
        this.properties = properties;
    }

    boolean allowed(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost();
            if (host == null) {
                return false;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            boolean secure = "https".equalsIgnoreCase(uri.getScheme());
            for (String allowed : properties.importHosts()) {
                String pattern = allowed.toLowerCase(Locale.ROOT);
                boolean local = "127.0.0.1".equals(pattern) || "localhost".equals(pattern);
                if (!secure && !local) {
                    continue;
                }
                if (pattern.startsWith("*.") ? lower.endsWith(pattern.substring(1)) : lower.equals(pattern)) {
                    return true;
                }
            }
            return false;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The file's text (UTF-8), or empty when it cannot be fetched or is too large. */
    Optional<String> download(String url) {
        if (!allowed(url)) {
            log.warn("Refused to download an attachment from a host that is not allowed");
            return Optional.empty();
        }
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("Attachment download answered {}", response.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    log.warn("Attachment larger than {} bytes refused", MAX_BYTES);
                    return Optional.empty();
                }
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        catch (IOException | IllegalArgumentException e) {
            log.warn("Attachment download failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

}
