package se.finsam.samverkansbot.teams.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Puts a file the user agreed to receive (Teams' file consent) into the upload session
 * Teams gave for it in their OneDrive. Only to the hosts Teams uses for that, over HTTPS:
 * an upload address is part of a request, and the bot must not send a file wherever a
 * request names.
 */
@Component
public class FileUploads {

    private static final Logger log = LoggerFactory.getLogger(FileUploads.class);

    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private final Properties properties;

    FileUploads(Properties properties) {
        this.properties = properties;
    }

    /**
     * Where uploads may go.
     *
     * @param hosts host names uploads may go to, {@code *.} for a domain and its
     * subdomains; OneDrive for work is on SharePoint. Plain HTTP only to 127.0.0.1 or
     * localhost (tests).
     */
    @ConfigurationProperties("samverkansbot.teams.uploads")
    public record Properties(@DefaultValue("*.sharepoint.com") List<String> hosts) {
    }

    /** Whether the bot may put a file to this address. */
    public boolean allowed(String uploadUrl) {
        try {
            URI uri = URI.create(uploadUrl);
            String host = uri.getHost();
            if (host == null || uri.getUserInfo() != null) {
                return false;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            boolean secure = "https".equalsIgnoreCase(uri.getScheme());
            boolean local = lower.equals("127.0.0.1") || lower.equals("localhost");
            if (!secure && !(local && "http".equalsIgnoreCase(uri.getScheme()))) {
                return false;
            }
            return properties.hosts()
                .stream()
                .map((allowed) -> allowed.toLowerCase(Locale.ROOT))
                .anyMatch((allowed) -> allowed.startsWith("*.") ? lower.endsWith(allowed.substring(1))
                        : lower.equals(allowed));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Puts the bytes to the upload session; true when it took them. */
    public boolean upload(String uploadUrl, byte[] bytes) {
        if (uploadUrl == null || !allowed(uploadUrl)) {
            log.warn("Refused to upload a file to a host that is not allowed");
            return false;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(uploadUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Range", "bytes 0-" + (bytes.length - 1) + "/" + bytes.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(), HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() == 200 || response.statusCode() == 201;
            if (!ok) {
                log.warn("File upload answered {}", response.statusCode());
            }
            return ok;
        }
        catch (IOException | IllegalArgumentException e) {
            log.warn("File upload failed: {}", e.getClass().getSimpleName());
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
