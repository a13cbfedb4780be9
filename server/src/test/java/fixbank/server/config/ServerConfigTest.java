package fixbank.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    private static ServerConfig parse(Map<String, String> environment, String... args) {
        return ServerConfig.parse(args, environment).orElseThrow();
    }

    private static String error(Map<String, String> environment, String... args) {
        return assertThrows(IllegalArgumentException.class, () -> ServerConfig.parse(args, environment))
                .getMessage();
    }

    @Test
    void defaultsServeTheBundledArticles() {
        ServerConfig config = ServerConfig.defaults();
        assertEquals(
                new IndexSettings(Path.of("articles"), Path.of("data/index"), Duration.ofSeconds(2)), config.index());
        assertEquals(new HttpSettings("0.0.0.0", 8080, List.of()), config.http());
        assertEquals(new AccessSettings(Optional.empty(), Optional.empty()), config.access());
        assertEquals(
                new SearchSettings(Optional.empty(), false, SearchSettings.DEFAULT_MIN_CONFIDENCE, true),
                config.search());
        assertEquals(new PageSettings(Optional.empty()), config.pages());
        assertEquals(new RateLimitSettings(true, 300, 100, 10), config.rateLimits());
        assertEquals(Optional.empty(), config.http().tls(), "plain HTTP");
        assertEquals(List.of(), config.http().trustedProxies(), "no proxy's word is taken");
        assertEquals(
                new RecordSettings(true, Optional.empty(), Duration.ofDays(180), Optional.empty(), true),
                config.record());
        assertEquals(
                "jdbc:sqlite:" + Path.of("data").toAbsolutePath().resolve("fixbank.db"),
                config.record().jdbcUrl(config.index().index()),
                "an SQLite file beside the index");
    }

    @Test
    void recordingIsSetByOptionOrEnvironment() {
        ServerConfig config = parse(
                Map.of("FIXBANK_DATABASE", "jdbc:postgresql://db.example/fixbank?user=f", "FIXBANK_RECORD", "off"),
                "--retention-days",
                "30");
        assertFalse(config.record().on());
        assertEquals(
                Optional.of("jdbc:postgresql://db.example/fixbank?user=f"),
                config.record().databaseUrl());
        assertEquals(Duration.ofDays(30), config.record().retention());
        assertTrue(error(Map.of(), "--retention-days", "0").contains("retention-days must be between 1 and 3650"));
        assertTrue(error(Map.of(), "--database", "postgres://db/fixbank").contains("PostgreSQL JDBC URL"));
        assertTrue(error(Map.of("FIXBANK_RECORD", "maybe")).contains("FIXBANK_RECORD"));
    }

    @Test
    void environmentFillsWhatOptionsLeaveOut() {
        ServerConfig config = parse(
                Map.of(
                        "FIXBANK_PORT", "7000",
                        "FIXBANK_INDEX", "/var/lib/fixbank",
                        "FIXBANK_TOKENS", "t:staff",
                        "FIXBANK_WATCH_SECONDS", "5",
                        "FIXBANK_CORS_ORIGINS", "https://a.example,https://b.example"),
                "--port",
                "9090");
        assertEquals(9090, config.http().port(), "an option wins over the environment");
        assertEquals(Path.of("/var/lib/fixbank"), config.index().index());
        assertEquals(Optional.of("t:staff"), config.access().inlineTokens());
        assertEquals(Duration.ofSeconds(5), config.index().watchInterval());
        assertEquals(
                List.of("https://a.example", "https://b.example"), config.http().corsOrigins());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("Invalid value for option '--port': 'http' is not an int", error(Map.of(), "--port", "http"));
        assertEquals("port must be between 0 and 65535", error(Map.of(), "--port", "70000"));
        assertEquals("Unknown option: '--tokens'", error(Map.of(), "--tokens"));
        assertEquals("Missing required parameter for option '--index' (DIR)", error(Map.of(), "--index"));
        assertEquals("watch-seconds must be 1 or more", error(Map.of(), "--watch-seconds", "0"));
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheVariable() {
        assertEquals(
                "Invalid value for option '--port': 'eighty' is not an int"
                        + " (from the environment variable FIXBANK_PORT)",
                error(Map.of("FIXBANK_PORT", "eighty")));
    }

    @Test
    void inlineTokensAreNeverReadFromTheCommandLine() {
        String error = error(Map.of(), "--tokens", "secret-token-0123456789:staff");
        assertEquals("Unknown option: '--tokens' (and 1 more argument)", error, "the token is not echoed");
        assertTrue(ServerConfig.usage().contains("FIXBANK_TOKENS  staff tokens inline: "), ServerConfig.usage());
    }

    @Test
    void helpIsNotAConfiguration() {
        assertEquals(Optional.empty(), ServerConfig.parse(new String[] {"--help"}, Map.of()));
        assertEquals(Optional.empty(), ServerConfig.parse(new String[] {"-h", "--port", "9090"}, Map.of()));
    }

    @Test
    void usageListsEveryOptionByConcernWithItsVariableAndDefault() {
        String usage = ServerConfig.usage();
        assertTrue(usage.startsWith("Usage: java -jar fixbank-server.jar [OPTIONS]\n"), usage);
        String oneLine = usage.replaceAll("\\s+", " ");
        for (String expected : List.of(
                "Index: --articles DIR FIXBANK_ARTICLES folder of Markdown articles (default: articles)",
                "HTTP: --host ADDR FIXBANK_HOST address to listen on (default: 0.0.0.0)",
                "--port N FIXBANK_PORT HTTP port; 0 picks a free one (default: 8080)",
                "Access: --tokens-file FILE FIXBANK_TOKENS_FILE",
                "Search and suggestions: --semantic on|off FIXBANK_SEMANTIC",
                "--synonyms FILE FIXBANK_SYNONYMS",
                "Web pages: --ticket-url URL FIXBANK_TICKET_URL")) {
            assertTrue(oneLine.contains(expected), expected + " in\n" + usage);
        }
    }

    @Test
    void semanticRerankingIsOffUnlessSwitchedOn() {
        assertFalse(ServerConfig.defaults().search().semantic());
        assertTrue(parse(Map.of(), "--semantic", "on").search().semantic());
        assertTrue(parse(Map.of(), "--semantic").search().semantic(), "the flag alone switches it on");
        assertTrue(parse(Map.of("FIXBANK_SEMANTIC", "true")).search().semantic());
        assertFalse(parse(Map.of("FIXBANK_SEMANTIC", "on"), "--semantic", "OFF")
                .search()
                .semantic());
        assertEquals(
                "Invalid value for option '--semantic': 'maybe' is not on or off",
                error(Map.of(), "--semantic", "maybe"));
    }

    @Test
    void corsOriginsAreExactOriginsAsBrowsersSendThem() {
        ServerConfig config = parse(
                Map.of(),
                "--cors-origins",
                " https://Tickets.Example.org , http://localhost:3000,https://desk.example.org:443");
        assertEquals(
                List.of("https://tickets.example.org", "http://localhost:3000", "https://desk.example.org"),
                config.http().corsOrigins());
    }

    @Test
    void corsOriginsRefuseWildcardsAndPaths() {
        for (String bad : List.of(
                "*",
                "https://tickets.example.org/",
                "https://tickets.example.org/form",
                "tickets.example.org",
                "ftp://tickets.example.org")) {
            String message = error(Map.of(), "--cors-origins", bad);
            assertTrue(message.startsWith("cors-origins"), message);
        }
    }

    @Test
    void ticketUrlMustBeAWebAddress() {
        assertEquals(
                Optional.of(URI.create("https://desk.example.org/new?form=it")),
                parse(Map.of(), "--ticket-url", "https://desk.example.org/new?form=it")
                        .pages()
                        .ticketUrl());
        assertEquals(
                Optional.of(URI.create("http://desk/new")),
                parse(Map.of("FIXBANK_TICKET_URL", "http://desk/new")).pages().ticketUrl());
        assertEquals(
                "ticket-url must be an http or https address, not 'javascript:alert(1)'",
                error(Map.of(), "--ticket-url", "javascript:alert(1)"));
    }

    @Test
    void tlsFromPemFilesOrAKeystoreWithItsPasswordFromTheEnvironmentOnly() {
        HttpSettings pem = parse(Map.of(), "--tls-cert", "/etc/fixbank/cert.pem", "--tls-key", "/etc/fixbank/key.pem")
                .http();
        assertEquals(
                Optional.of(TlsSettings.of(
                        new TlsKeys.PemFiles(Path.of("/etc/fixbank/cert.pem"), Path.of("/etc/fixbank/key.pem")))),
                pem.tls());

        HttpSettings keystore = parse(
                        Map.of(
                                "FIXBANK_TLS_KEYSTORE", "/etc/fixbank/server.p12",
                                "FIXBANK_TLS_KEYSTORE_PASSWORD", "s3cret-pass",
                                "FIXBANK_HTTP_REDIRECT_PORT", "8080"),
                        "--port",
                        "8443")
                .http();
        assertEquals(
                Optional.of(new TlsSettings(
                        new TlsKeys.Pkcs12(Path.of("/etc/fixbank/server.p12"), "s3cret-pass"), OptionalInt.of(8080))),
                keystore.tls());
        assertFalse(keystore.toString().contains("s3cret-pass"), "the password never shows: " + keystore);

        assertEquals(
                "Unknown option: '--tls-keystore-password' (and 1 more argument)",
                error(Map.of(), "--tls-keystore", "a.p12", "--tls-keystore-password", "s3cret-pass"),
                "no password on the command line, and none echoed");
        assertTrue(ServerConfig.usage().contains("FIXBANK_TLS_KEYSTORE_PASSWORD  the password of --tls-keystore"));
    }

    @Test
    void tlsOptionsThatDoNotMakeSenseTogetherAreNamed() {
        assertEquals("tls-cert and tls-key go together: give both, or neither", error(Map.of(), "--tls-cert", "c.pem"));
        assertEquals(
                "tls-cert and tls-key go together: give both, or neither", error(Map.of("FIXBANK_TLS_KEY", "k.pem")));
        assertEquals(
                "give either --tls-keystore or --tls-cert with --tls-key, not both",
                error(Map.of(), "--tls-keystore", "s.p12", "--tls-cert", "c.pem", "--tls-key", "k.pem"));
        assertEquals(
                "http-redirect-port redirects to HTTPS, so it needs --tls-cert and --tls-key, or --tls-keystore",
                error(Map.of(), "--http-redirect-port", "8080"));
        assertEquals(
                "http-redirect-port must differ from port",
                error(Map.of(), "--tls-keystore", "s.p12", "--port", "8443", "--http-redirect-port", "8443"));
    }

    @Test
    void trustedProxiesAreAddressesOrRanges() {
        assertEquals(
                List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("192.0.2.7"), AddressRange.parse("::1")),
                parse(Map.of("FIXBANK_TRUST_PROXY", "10.0.0.0/8, 192.0.2.7,::1"))
                        .http()
                        .trustedProxies());
        assertEquals(
                "trust-proxy takes IP addresses or ranges such as 10.0.0.0/8, not 'proxy.example.org'",
                error(Map.of(), "--trust-proxy", "proxy.example.org"));
    }

    @Test
    void rateLimitsAreOnUnlessSwitchedOffAndTheirNumbersCanBeSet() {
        assertFalse(parse(Map.of(), "--rate-limit", "off").rateLimits().on());
        assertFalse(parse(Map.of("FIXBANK_RATE_LIMIT", "OFF")).rateLimits().on());
        assertTrue(parse(Map.of("FIXBANK_RATE_LIMIT", "off"), "--rate-limit", "on")
                .rateLimits()
                .on());
        assertEquals(
                new RateLimitSettings(true, 60, 20, 5),
                parse(
                                Map.of("FIXBANK_RATE_LIMIT_BURST", "20"),
                                "--rate-limit-per-minute",
                                "60",
                                "--failed-sign-in-limit",
                                "5")
                        .rateLimits());
        assertEquals(
                "Invalid value for option '--rate-limit': 'sometimes' is not on or off",
                error(Map.of(), "--rate-limit", "sometimes"));
        assertEquals("rate-limit-burst must be 1 or more", error(Map.of(), "--rate-limit-burst", "0"));
    }
}
