package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
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
        ServerConfig config = ServerConfig.parse(new String[] {"--port", "9090"},
                Map.of("FIXBANK_PORT", "7000", "FIXBANK_INDEX", "/var/lib/fixbank", "FIXBANK_TOKENS", "t:staff",
                        "FIXBANK_WATCH_SECONDS", "5"));
        assertEquals(9090, config.port(), "an option wins over the environment");
        assertEquals(Path.of("/var/lib/fixbank"), config.index());
        assertEquals(Optional.of("t:staff"), config.tokens());
        assertEquals(Duration.ofSeconds(5), config.watchInterval());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("port must be a whole number, not 'http'",
                assertThrows(IllegalArgumentException.class,
                        () -> ServerConfig.parse(new String[] {"--port", "http"}, Map.of())).getMessage());
        assertEquals("port must be between 0 and 65535",
                assertThrows(IllegalArgumentException.class,
                        () -> ServerConfig.parse(new String[] {"--port", "70000"}, Map.of())).getMessage());
        assertEquals("unknown option '--tokens'",
                assertThrows(IllegalArgumentException.class,
                        () -> ServerConfig.parse(new String[] {"--tokens", "abc"}, Map.of())).getMessage());
        assertEquals("--index needs a value",
                assertThrows(IllegalArgumentException.class,
                        () -> ServerConfig.parse(new String[] {"--index"}, Map.of())).getMessage());
    }
}
