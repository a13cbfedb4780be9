package fixbank.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Checks web addresses given as settings: origins for cross-origin calls, and http(s) addresses. */
final class WebAddresses {

    private WebAddresses() {}

    /**
     * Exact origins as browsers send them in the {@code Origin} header: lower-case scheme and host, the port
     * only when it is not the scheme's default, no path.
     */
    static List<String> origins(List<String> values) {
        return values.stream()
                .filter(v -> !v.isBlank())
                .map(v -> origin(v.strip()))
                .toList();
    }

    /** An http or https address with a host; {@code option} names the setting in the error. */
    static URI httpAddress(String value, String option) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be an http or https address, not '" + value + "'");
    }

    private static String origin(String value) {
        URI uri = httpAddress(value, "cors-origins");
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!bare) {
            throw new IllegalArgumentException("cors-origins takes origins such as https://tickets.example.org,"
                    + " without a path or a trailing slash, not '" + value + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
