package fixbank.server.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the server is set up, from command-line options with environment variables as fallback:
 *
 * <pre>
 * --articles DIR      FIXBANK_ARTICLES       folder of Markdown articles        (articles)
 * --index DIR         FIXBANK_INDEX          Lucene index, created if missing   (data/index)
 * --port N            FIXBANK_PORT           HTTP port, 0 for any free one      (8080)
 * --host ADDR         FIXBANK_HOST           address to listen on               (0.0.0.0)
 * --tokens-file FILE  FIXBANK_TOKENS_FILE    staff tokens, "TOKEN staff" lines  (none)
 *                     FIXBANK_TOKENS         staff tokens, "TOKEN:staff,..."    (none)
 * --watch-seconds N   FIXBANK_WATCH_SECONDS  how often to look for changes      (2)
 * --synonyms FILE     FIXBANK_SYNONYMS       synonym rules for queries          (bundled synonyms.txt)
 * --cors-origins LIST FIXBANK_CORS_ORIGINS   origins allowed to call the API    (none)
 *                                            from their pages, comma-separated
 * --ticket-url URL    FIXBANK_TICKET_URL     where the report page hands a      (none)
 *                                            problem to the ticketing system
 * --semantic on|off   FIXBANK_SEMANTIC       re-rank suggestions by meaning     (off)
 * </pre>
 *
 * Inline tokens are read from the environment only, never from the command line, where any local user
 * could read them in the process list.
 */
public record ServerConfig(
        Path articles,
        Path index,
        String host,
        int port,
        Optional<Path> tokensFile,
        Optional<String> tokens,
        Duration watchInterval,
        Optional<Path> synonyms,
        List<String> corsOrigins,
        Optional<URI> ticketUrl,
        boolean semantic) {

    static final String USAGE = """
            Usage: java -jar fixbank-server.jar [--articles DIR] [--index DIR] [--port N] [--host ADDR]
                                                [--tokens-file FILE] [--watch-seconds N] [--synonyms FILE]
                                                [--cors-origins ORIGIN,...] [--ticket-url URL] [--semantic on|off]
            Every option can also be set by environment variable: FIXBANK_ARTICLES, FIXBANK_INDEX, FIXBANK_PORT,
            FIXBANK_HOST, FIXBANK_TOKENS_FILE, FIXBANK_WATCH_SECONDS, FIXBANK_SYNONYMS, FIXBANK_CORS_ORIGINS,
            FIXBANK_TICKET_URL, FIXBANK_SEMANTIC; staff tokens inline with FIXBANK_TOKENS.
            """;

    /** Reads options, falling back to {@code env}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static ServerConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--") || !OPTIONS.containsKey(option.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            values.put(option.substring(2), args[++i]);
        }
        OPTIONS.forEach((option, variable) -> {
            if (!values.containsKey(option) && env.containsKey(variable)) {
                values.put(option, env.get(variable));
            }
        });
        int port = number(values.getOrDefault("port", "8080"), "port");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        int watchSeconds = number(values.getOrDefault("watch-seconds", "2"), "watch-seconds");
        if (watchSeconds < 1) {
            throw new IllegalArgumentException("watch-seconds must be 1 or more");
        }
        return new ServerConfig(
                Path.of(values.getOrDefault("articles", "articles")),
                Path.of(values.getOrDefault("index", "data/index")),
                values.getOrDefault("host", "0.0.0.0"),
                port,
                Optional.ofNullable(values.get("tokens-file")).map(Path::of),
                Optional.ofNullable(env.get("FIXBANK_TOKENS")),
                Duration.ofSeconds(watchSeconds),
                Optional.ofNullable(values.get("synonyms")).map(Path::of),
                origins(values.getOrDefault("cors-origins", "")),
                Optional.ofNullable(values.get("ticket-url"))
                        .filter(url -> !url.isBlank())
                        .map(ServerConfig::ticketUrl),
                onOrOff(values.getOrDefault("semantic", "off"), "semantic"));
    }

    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("articles", "FIXBANK_ARTICLES"),
            Map.entry("index", "FIXBANK_INDEX"),
            Map.entry("port", "FIXBANK_PORT"),
            Map.entry("host", "FIXBANK_HOST"),
            Map.entry("tokens-file", "FIXBANK_TOKENS_FILE"),
            Map.entry("watch-seconds", "FIXBANK_WATCH_SECONDS"),
            Map.entry("synonyms", "FIXBANK_SYNONYMS"),
            Map.entry("cors-origins", "FIXBANK_CORS_ORIGINS"),
            Map.entry("ticket-url", "FIXBANK_TICKET_URL"),
            Map.entry("semantic", "FIXBANK_SEMANTIC"));

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static boolean onOrOff(String value, String name) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be on or off, not '" + value + "'");
        };
    }

    /**
     * Exact origins as browsers send them in the {@code Origin} header: lower-case scheme and host, the port
     * only when it is not the scheme's default, no path.
     */
    private static List<String> origins(String list) {
        List<String> origins = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                origins.add(origin(part.strip()));
            }
        }
        return List.copyOf(origins);
    }

    private static String origin(String value) {
        URI uri = webAddress(value, "cors-origins");
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

    private static URI ticketUrl(String value) {
        return webAddress(value.strip(), "ticket-url");
    }

    private static URI webAddress(String value, String name) {
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
        throw new IllegalArgumentException(name + " must be an http or https address, not '" + value + "'");
    }
}
