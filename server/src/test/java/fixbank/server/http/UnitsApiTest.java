package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/units on a real server: the units file as it is now, without its broken entries. */
class UnitsApiTest {

    @TempDir
    static Path temp;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(temp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> names() {
        TestServer.Reply reply = server.get("/api/units");
        assertEquals(200, reply.status(), reply.body());
        List<String> names = new ArrayList<>();
        reply.json().get("units").forEach(unit -> names.add(unit.get("name").asText()));
        return names;
    }

    @Test
    void unitsComeFromTheFileAsItIsNowWithoutBrokenEntries() throws IOException {
        assertEquals(List.of(), names(), "no units.yaml, no units");

        server.add(Map.of(
                "units.yaml", "- unit: Ward 4 North\n  contact: Sam Okoro\n  phone: bleep 4455\n- unit: Ward 5\n"));
        JsonNode first = server.get("/api/units").json().get("units").get(0);
        assertEquals("Sam Okoro", first.get("contact").asText());
        assertEquals("bleep 4455", first.get("phone").asText());
        assertEquals("", first.get("hours").asText());
        assertEquals(List.of("Ward 4 North"), names(), "Ward 5 has no contact and is left out");

        server.add(Map.of(
                "units.yaml",
                "- unit: Ward 4 North\n  contact: Sam Okoro\n- unit: Theatres\n  contact: Ria Patel (EHR)\n"));
        assertEquals(List.of("Ward 4 North", "Theatres"), names(), "an edit is served at once");
    }
}
