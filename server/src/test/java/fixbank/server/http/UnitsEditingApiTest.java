package fixbank.server.http;

import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins edit the units list in the browser (#14): written back to units.yaml, conflicts reported, audited. */
class UnitsEditingApiTest extends SharedTestServer {

    private static final Map<String, Object> WARD = Map.of(
            "name", "Ward 9 (Renal)",
            "contact", "Lee \"Lee\" Carter",
            "phone", "bleep 2210",
            "hours", "Mon-Fri 08:00-17:00",
            "escalation", "Service Desk: extension 5100");

    private static TestServer.Reply put(String token, String version, Object body) {
        return server.send(
                "PUT", "/api/units", token, json(body), version == null ? Map.of() : Map.of("If-Match", version));
    }

    @Test
    void anAdminsEditIsWrittenToUnitsYamlKeepingItsCommentsAndIsAudited() throws IOException {
        Path file = server.articles.resolve("units.yaml");
        Files.writeString(file, "# Who the wards call first.\n- unit: Theatres\n  contact: Dana Okafor\n");
        String version =
                server.get("/api/units").raw().headers().firstValue("ETag").orElseThrow();

        TestServer.Reply saved = put(
                TestServer.ADMIN_TOKEN,
                version,
                Map.of("units", List.of(Map.of("name", "Theatres", "contact", "Dana Okafor"), WARD)));
        String written = Files.readString(file);
        TestServer.Reply stale = put(TestServer.ADMIN_TOKEN, version, Map.of("units", List.of(WARD)));
        assertAll(
                () -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals(
                        "Lee \"Lee\" Carter",
                        server.get("/api/units").json().at("/units/1/contact").asText()),
                () -> assertTrue(written.startsWith("# Who the wards call first.\n- unit: \"Theatres\"\n"), written),
                () -> assertEquals(409, stale.status(), stale.body()),
                () -> assertEquals(written, Files.readString(file)),
                () -> assertTrue(server.getAsAdmin("/api/audit").body().contains("\"action\":\"edit-units\"")));
    }

    @Test
    void aFileWithEntriesTheListCannotShowIsNotOverwrittenFromIt() throws IOException {
        Path file = server.articles.resolve("units.yaml");
        String broken = "- unit: Pharmacy\n  contact: Lee Carter\n- unit: Ward 2\n";
        Files.writeString(file, broken);
        TestServer.Reply listed = server.get("/api/units");
        String version = listed.raw().headers().firstValue("ETag").orElseThrow();

        TestServer.Reply refused = put(TestServer.ADMIN_TOKEN, version, Map.of("units", List.of(WARD)));
        assertAll(
                () -> assertEquals(1, listed.json().get("units").size(), "the broken entry is not served"),
                () -> assertEquals(409, refused.status(), refused.body()),
                () -> assertTrue(refused.json().get("error").asText().contains("units.yaml:3"), refused.body()),
                () -> assertEquals(broken, Files.readString(file)));
    }

    @Test
    void badListsAndMissingVersionsAreRefusedAndNothingIsWritten() throws IOException {
        Path file = server.articles.resolve("units.yaml");
        Files.writeString(file, "- unit: Pharmacy\n  contact: Lee Carter\n");
        String version =
                server.get("/api/units").raw().headers().firstValue("ETag").orElseThrow();
        Map<String, Object> noContact = Map.of("name", "Ward 1");
        assertAll(
                () -> assertEquals(
                        400,
                        put(TestServer.ADMIN_TOKEN, version, Map.of("units", List.of(noContact)))
                                .status()),
                () -> assertEquals(
                        400,
                        put(TestServer.ADMIN_TOKEN, version, Map.of("units", List.of(WARD, WARD)))
                                .status()),
                () -> assertEquals(
                        400,
                        put(TestServer.ADMIN_TOKEN, version, Map.of("units", "Ward 1"))
                                .status()),
                () -> assertEquals(
                        428,
                        put(TestServer.ADMIN_TOKEN, null, Map.of("units", List.of(WARD)))
                                .status()),
                () -> assertEquals(
                        403,
                        put(TestServer.EDITOR_TOKEN, version, Map.of("units", List.of(WARD)))
                                .status()),
                () -> assertEquals(
                        401, put(null, version, Map.of("units", List.of(WARD))).status()));
        assertEquals("- unit: Pharmacy\n  contact: Lee Carter\n", Files.readString(file));
    }
}
