package fixbank.server.config;

import fixbank.indexer.command.IndexFolders;
import fixbank.indexer.command.SemanticMode;
import fixbank.indexer.command.Switch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Every option of the server command, by concern: its flag, default and help text, here and nowhere else.
 * Each option can also be set by an environment variable named after it ({@code --tokens-file} by
 * {@code FIXBANK_TOKENS_FILE}); the usage text, with those names and the defaults, is produced from these
 * definitions. Staff tokens can also be given inline in {@value #INLINE_TOKENS}, and a keystore's password
 * in {@value #KEYSTORE_PASSWORD}; both are read from the environment only: any local user can read a command
 * line in the process list.
 */
@Command(
        name = "fixbank-server",
        customSynopsis = "java -jar fixbank-server.jar [OPTIONS]",
        description = "Serves the Fixbank knowledge bank: the web pages and the API over a live index.%n",
        footerHeading = "%nEnvironment only:%n",
        footer = {
            "  " + ServerOptions.INLINE_TOKENS
                    + "  staff tokens inline: TOKEN:ROLE[:NAME],... (never on the command line)",
            "  " + ServerOptions.KEYSTORE_PASSWORD + "  the password of --tls-keystore (never on the command line)"
        })
final class ServerOptions {

    static final String INLINE_TOKENS = "FIXBANK_TOKENS";
    static final String KEYSTORE_PASSWORD = "FIXBANK_TLS_KEYSTORE_PASSWORD";

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @ArgGroup(validate = false, heading = "Index:%n", order = 1)
    IndexOptions index = new IndexOptions();

    @ArgGroup(validate = false, heading = "HTTP:%n", order = 2)
    HttpOptions http = new HttpOptions();

    @ArgGroup(validate = false, heading = "Access:%n", order = 3)
    AccessOptions access = new AccessOptions();

    @ArgGroup(validate = false, heading = "Search and suggestions:%n", order = 4)
    SearchOptions search = new SearchOptions();

    @ArgGroup(validate = false, heading = "Web pages:%n", order = 5)
    PageOptions pages = new PageOptions();

    @ArgGroup(validate = false, heading = "Rate limits:%n", order = 6)
    RateLimitOptions rateLimits = new RateLimitOptions();

    @ArgGroup(validate = false, heading = "Recording and insights:%n", order = 7)
    RecordOptions record = new RecordOptions();

    ServerConfig config(Map<String, String> environment) {
        return new ServerConfig(
                index.settings(),
                http.settings(environment),
                access.settings(environment),
                search.settings(),
                pages.settings(),
                rateLimits.settings(),
                record.settings());
    }

    /** The folders, shared with the indexer command, and how often the articles folder is looked at. */
    static final class IndexOptions extends IndexFolders {
        @Option(
                names = "--watch-seconds",
                paramLabel = "N",
                defaultValue = "2",
                description = "how often the articles folder is checked for changes")
        int watchSeconds;

        IndexSettings settings() {
            return new IndexSettings(articles(), index(), Duration.ofSeconds(watchSeconds));
        }
    }

    static final class HttpOptions {
        @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0", description = "address to listen on")
        String host;

        @Option(
                names = "--port",
                paramLabel = "N",
                defaultValue = "8080",
                description = "HTTP port; 0 picks a free one")
        int port;

        @Option(
                names = "--cors-origins",
                paramLabel = "ORIGIN,...",
                split = ",",
                description = "origins whose pages may call the API (the widget), such as https://tickets.example.org")
        List<String> corsOrigins = new ArrayList<>();

        @Option(
                names = "--trust-proxy",
                paramLabel = "ADDR,...",
                split = ",",
                description = "reverse proxies whose X-Forwarded-For names the client, as IP addresses or ranges"
                        + " (10.0.0.0/8); none means the client is whoever opened the connection")
        List<String> trustedProxies = new ArrayList<>();

        @Option(
                names = "--tls-cert",
                paramLabel = "FILE",
                description = "certificate chain in PEM, the server's first; with --tls-key, the port serves HTTPS")
        Path tlsCertificate;

        @Option(
                names = "--tls-key",
                paramLabel = "FILE",
                description = "private key of --tls-cert in PEM (PKCS#8, unencrypted)")
        Path tlsKey;

        @Option(
                names = "--tls-keystore",
                paramLabel = "FILE",
                description = "PKCS#12 keystore with the private key and certificate chain, in place of --tls-cert"
                        + " and --tls-key; its password in " + KEYSTORE_PASSWORD)
        Path tlsKeystore;

        @Option(
                names = "--http-redirect-port",
                paramLabel = "N",
                description = "with HTTPS, also listen for plain HTTP on this port, only to redirect to HTTPS;"
                        + " none means no plain HTTP at all")
        Integer httpRedirectPort;

        @Option(
                names = "--drain-seconds",
                paramLabel = "N",
                defaultValue = "0",
                description = "on shutdown, keep serving this long while health says \"draining\", so a load"
                        + " balancer stops sending requests first")
        int drainSeconds;

        HttpSettings settings(Map<String, String> environment) {
            List<AddressRange> proxies = trustedProxies.stream()
                    .filter(proxy -> !proxy.isBlank())
                    .map(AddressRange::parse)
                    .toList();
            HttpSettings plain = new HttpSettings(host, port, WebAddresses.origins(corsOrigins))
                    .withTrustedProxies(proxies)
                    .withDrain(Duration.ofSeconds(drainSeconds));
            Optional<TlsKeys> keys = tlsKeys(environment);
            if (keys.isEmpty()) {
                if (httpRedirectPort != null) {
                    throw new IllegalArgumentException("http-redirect-port redirects to HTTPS, so it needs --tls-cert"
                            + " and --tls-key, or --tls-keystore");
                }
                return plain;
            }
            TlsSettings tls = TlsSettings.of(keys.get());
            return plain.withTls(httpRedirectPort == null ? tls : tls.withHttpRedirectPort(httpRedirectPort));
        }

        private Optional<TlsKeys> tlsKeys(Map<String, String> environment) {
            if (tlsKeystore != null) {
                if (tlsCertificate != null || tlsKey != null) {
                    throw new IllegalArgumentException(
                            "give either --tls-keystore or --tls-cert with --tls-key, not both");
                }
                return Optional.of(new TlsKeys.Pkcs12(tlsKeystore, environment.getOrDefault(KEYSTORE_PASSWORD, "")));
            }
            if ((tlsCertificate == null) != (tlsKey == null)) {
                throw new IllegalArgumentException("tls-cert and tls-key go together: give both, or neither");
            }
            return tlsCertificate == null
                    ? Optional.empty()
                    : Optional.of(new TlsKeys.PemFiles(tlsCertificate, tlsKey));
        }
    }

    static final class AccessOptions {
        @Option(
                names = "--tokens-file",
                paramLabel = "FILE",
                description = "staff tokens, one 'TOKEN ROLE [NAME]' per line; none means every caller is anonymous")
        Path tokensFile;

        AccessSettings settings(Map<String, String> environment) {
            return new AccessSettings(
                    Optional.ofNullable(tokensFile), Optional.ofNullable(environment.get(INLINE_TOKENS)));
        }
    }

    /** Synonyms, and the semantic switch shared with the indexer command. */
    static final class SearchOptions extends SemanticMode {
        @Option(
                names = "--synonyms",
                paramLabel = "FILE",
                description = "synonym rules for searches and suggestions, in place of the bundled synonyms.txt")
        Path synonyms;

        @Option(
                names = "--suggest-min-confidence",
                paramLabel = "0..1",
                defaultValue = "" + SearchSettings.DEFAULT_MIN_CONFIDENCE,
                description = "suggestions less likely than this to fix the ticket are withheld; 0 withholds none")
        float suggestMinConfidence;

        @Option(
                names = "--warm-up",
                paramLabel = "on|off",
                arity = "1",
                defaultValue = "on",
                converter = Switch.Converter.class,
                description = "run suggestions and searches of the bank's own articles before saying ready, so the"
                        + " first requests are as fast as later ones")
        Switch warmUp;

        SearchSettings settings() {
            if (!(suggestMinConfidence >= 0 && suggestMinConfidence <= 1)) {
                throw new IllegalArgumentException(
                        "--suggest-min-confidence must be between 0 and 1, not " + suggestMinConfidence);
            }
            return new SearchSettings(Optional.ofNullable(synonyms), semantic(), suggestMinConfidence, warmUp.isOn());
        }
    }

    static final class PageOptions {
        @Option(
                names = "--ticket-url",
                paramLabel = "URL",
                description = "where the report page hands a problem to the ticketing system")
        String ticketUrl;

        PageSettings settings() {
            return new PageSettings(Optional.ofNullable(ticketUrl)
                    .filter(url -> !url.isBlank())
                    .map(url -> WebAddresses.httpAddress(url.strip(), "ticket-url")));
        }
    }

    /** Limits per client address; staff with a valid token are not limited. */
    static final class RateLimitOptions {
        @Option(
                names = "--rate-limit",
                paramLabel = "on|off",
                arity = "1",
                defaultValue = "on",
                converter = Switch.Converter.class,
                description = "whether the limits below apply; off for benchmarks and evaluations")
        Switch on;

        @Option(
                names = "--rate-limit-per-minute",
                paramLabel = "N",
                defaultValue = "300",
                description = "anonymous searches, suggestions and completions one client address may ask for a"
                        + " minute, kept up")
        int perMinute;

        @Option(
                names = "--rate-limit-burst",
                paramLabel = "N",
                defaultValue = "100",
                description = "how many of those may come at once")
        int burst;

        @Option(
                names = "--failed-sign-in-limit",
                paramLabel = "N",
                defaultValue = "10",
                description = "wrong staff tokens one client address may send before it must wait; one more a"
                        + " minute after that")
        int failedSignIns;

        RateLimitSettings settings() {
            return new RateLimitSettings(on.isOn(), perMinute, burst, failedSignIns);
        }
    }

    /** What is recorded for the insights page, where, and for how long. */
    static final class RecordOptions {
        @Option(
                names = "--record",
                paramLabel = "on|off",
                arity = "1",
                defaultValue = "on",
                converter = Switch.Converter.class,
                description = "whether searches, suggestions shown, articles opened and feedback are recorded for"
                        + " the insights page; off records nothing and keeps no database")
        Switch on;

        @Option(
                names = "--database",
                paramLabel = "URL",
                description = "a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB?user=...) shared by several servers;"
                        + " none means an SQLite file, fixbank.db, in the folder that holds the index")
        String databaseUrl;

        @Option(
                names = "--retention-days",
                paramLabel = "N",
                defaultValue = "180",
                description = "how many days recorded events and feedback are kept before they are purged")
        int retentionDays;

        @Option(
                names = "--scrub-patterns",
                paramLabel = "FILE",
                description = "further regular expressions, one a line, whose matches are removed from recorded"
                        + " text, such as the hospital's record-number format")
        Path scrubPatterns;

        @Option(
                names = "--learn",
                paramLabel = "on|off",
                arity = "1",
                defaultValue = "on",
                converter = Switch.Converter.class,
                description = "whether a vote that a suggested fix helped teaches the article the words of the"
                        + " ticket, so later tickets in those words find it sooner; needs --record on")
        Switch learn;

        RecordSettings settings() {
            return new RecordSettings(
                    on.isOn(),
                    Optional.ofNullable(databaseUrl).map(String::strip).filter(url -> !url.isEmpty()),
                    Duration.ofDays(retentionDays),
                    Optional.ofNullable(scrubPatterns),
                    learn.isOn());
        }
    }
}
