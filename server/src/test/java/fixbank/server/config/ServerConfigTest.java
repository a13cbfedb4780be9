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
        assertEquals(new SearchSettings(Optional.empty(), false), config.search());
        assertEquals(new PageSettings(Optional.empty()), config.pages());
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
}
