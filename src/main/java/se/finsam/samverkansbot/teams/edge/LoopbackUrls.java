package se.finsam.samverkansbot.teams.edge;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URLs on this machine, by their literal host only: a name is never resolved, so that a
 * DNS answer cannot turn an outside host into a local one.
 */
final class LoopbackUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private LoopbackUrls() {
    }

    static boolean isLoopback(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || uri.getUserInfo() != null) {
                return false;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.equals("localhost") || lower.equals("[::1]") || IPV4_LOOPBACK.matcher(lower).matches();
        }
        catch (java.net.URISyntaxException e) {
            return false;
        }
    }

}
