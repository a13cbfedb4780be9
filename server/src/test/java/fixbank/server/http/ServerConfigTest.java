package fixbank.server.http;

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

    @Test
    void defaultsServeTheBundledArticles() {
        ServerConfig config = ServerConfig.parse(new String[0], Map.of());
        assertEquals(Path.of("articles"), config.articles());
        assertEquals(Path.of("data/index"), config.index());
        assertEquals(8080, config.port());
        assertEquals("0.0.0.0", config.host());
        assertEquals(Duration.ofSeconds(2), config.watchInterval());
        assertEquals(Optional.empty(), config.tokens());
    }

    @Test
    void environmentFillsWhatOptionsLeaveOut() {
        ServerConfig config = ServerConfig.parse(
                new String[] {"--port", "9090"},
                Map.of(
                        "FIXBANK_PORT",
                        "7000",
                        "FIXBANK_INDEX",
                        "/var/lib/fixbank",
                        "FIXBANK_TOKENS",
                        "t:staff",
                        "FIXBANK_WATCH_SECONDS",
                        "5"));
        assertEquals(9090, config.port(), "an option wins over the environment");
        assertEquals(Path.of("/var/lib/fixbank"), config.index());
        assertEquals(Optional.of("t:staff"), config.tokens());
        assertEquals(Duration.ofSeconds(5), config.watchInterval());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals(
                "port must be a whole number, not 'http'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(new String[] {"--port", "http"}, Map.of()))
                        .getMessage());
        assertEquals(
                "port must be between 0 and 65535",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(new String[] {"--port", "70000"}, Map.of()))
                        .getMessage());
        assertEquals(
                "unknown option '--tokens'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(new String[] {"--tokens", "abc"}, Map.of()))
                        .getMessage());
        assertEquals(
                "--index needs a value",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(new String[] {"--index"}, Map.of()))
                        .getMessage());
    }

    @Test
    void semanticRerankingIsOffUnlessSwitchedOn() {
        assertFalse(ServerConfig.parse(new String[0], Map.of()).semantic());
        assertTrue(
                ServerConfig.parse(new String[] {"--semantic", "on"}, Map.of()).semantic());
        assertTrue(ServerConfig.parse(new String[0], Map.of("FIXBANK_SEMANTIC", "true"))
                .semantic());
        assertFalse(ServerConfig.parse(new String[] {"--semantic", "OFF"}, Map.of("FIXBANK_SEMANTIC", "on"))
                .semantic());
        assertEquals(
                "semantic must be on or off, not 'maybe'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(new String[] {"--semantic", "maybe"}, Map.of()))
                        .getMessage());
    }

    @Test
    void corsOriginsAreExactOriginsAsBrowsersSendThem() {
        ServerConfig config = ServerConfig.parse(
                new String[] {
                    "--cors-origins",
                    " https://Tickets.Example.org , http://localhost:3000,https://desk.example.org:443"
                },
                Map.of());
        assertEquals(
                List.of("https://tickets.example.org", "http://localhost:3000", "https://desk.example.org"),
                config.corsOrigins());
        assertEquals(List.of(), ServerConfig.parse(new String[0], Map.of()).corsOrigins(), "none by default");
        assertEquals(
                List.of("https://a.example"),
                ServerConfig.parse(new String[0], Map.of("FIXBANK_CORS_ORIGINS", "https://a.example"))
                        .corsOrigins());
    }

    @Test
    void corsOriginsRefuseWildcardsAndPaths() {
        for (String bad : List.of(
                "*",
                "https://tickets.example.org/",
                "https://tickets.example.org/form",
                "tickets.example.org",
                "ftp://tickets.example.org")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> ServerConfig.parse(new String[] {"--cors-origins", bad}, Map.of()));
            assertTrue(e.getMessage().startsWith("cors-origins"), e.getMessage());
        }
    }

    @Test
    void ticketUrlMustBeAWebAddress() {
        assertEquals(
                Optional.of(URI.create("https://desk.example.org/new?form=it")),
                ServerConfig.parse(new String[] {"--ticket-url", "https://desk.example.org/new?form=it"}, Map.of())
                        .ticketUrl());
        assertEquals(
                Optional.of(URI.create("http://desk/new")),
                ServerConfig.parse(new String[0], Map.of("FIXBANK_TICKET_URL", "http://desk/new"))
                        .ticketUrl());
        assertEquals(
                Optional.empty(), ServerConfig.parse(new String[0], Map.of()).ticketUrl());
        assertEquals(
                "ticket-url must be an http or https address, not 'javascript:alert(1)'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ServerConfig.parse(
                                        new String[] {"--ticket-url", "javascript:alert(1)"}, Map.of()))
                        .getMessage());
    }
}
