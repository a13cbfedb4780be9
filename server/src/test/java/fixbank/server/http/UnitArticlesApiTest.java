package fixbank.server.http;

import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Articles for a unit ({@code units:} in front matter) on a real server: searches on a unit keep its
 * articles and those for every unit, suggestions on a unit put its articles first among close matches, and
 * the article answer names its units.
 */
class UnitArticlesApiTest {

    private static final String GENERAL = "printing/label-printer-skips-labels";
    private static final String PHARMACY = "printing/pharmacy-label-printer-skips-labels";
    private static final String THEATRES = "printing/theatres-label-printer-skips-labels";

    @TempDir
    static Path temp;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        // Near-twin articles lead one another by little, so the confidence cut-off would withhold them all;
        // these tests are about order, not confidence.
        server = TestServer.start(
                temp, config -> config.withSearch(config.search().withSuggestMinConfidence(0)));
        server.add(Map.of(
                GENERAL + ".md",
                article("Label printer skips labels", "", "The label printer feeds two labels and skips one."),
                PHARMACY + ".md",
                article(
                        "Pharmacy label printer skips labels",
                        "units: [pharmacy]\n",
                        "The label printer in the dispensary feeds two labels and skips one."),
                THEATRES + ".md",
                article(
                        "Theatre label printer skips labels",
                        "units:\n  - Theatres\n  - Emergency Department\n",
                        "The specimen label printer in theatre feeds two labels and skips one.")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String article(String title, String units, String symptoms) {
        return "---\ntitle: " + title + "\n" + units + "owner: Lee Carter\n---\n## Symptoms\n" + symptoms
                + "\n\n## Cause\nThe label gap sensor is dirty.\n\n## Resolution\nClean the sensor and calibrate.\n";
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> searched(String query) {
        TestServer.Reply reply = server.get("/api/search?q=" + query);
        assertEquals(200, reply.status(), reply.body());
        return ids(reply.json().get("hits"));
    }

    private static List<String> suggested(Map<String, Object> body) {
        TestServer.Reply reply = server.post("/api/suggest", json(body));
        assertEquals(200, reply.status(), reply.body());
        return ids(reply.json().get("suggestions"));
    }

    @Test
    void aSearchOnAUnitKeepsItsArticlesAndThoseForEveryUnit() {
        List<String> everywhere = searched("skips");
        assertEquals(3, everywhere.size(), everywhere.toString());

        List<String> pharmacy = searched("skips&unit=PHARMACY");
        assertEquals(2, pharmacy.size(), pharmacy.toString());
        assertTrue(pharmacy.containsAll(List.of(GENERAL, PHARMACY)), "any letter case: " + pharmacy);

        List<String> emergency = searched("skips&unit=" + encode(" Emergency Department "));
        assertEquals(2, emergency.size(), emergency.toString());
        assertTrue(emergency.containsAll(List.of(GENERAL, THEATRES)), emergency.toString());

        assertEquals(List.of(GENERAL), searched("skips&unit=" + encode("Ward 99")), "an unknown unit is no mistake");
        assertEquals(everywhere.size(), searched("skips&unit=").size(), "a blank unit is no unit");
    }

    @Test
    void hitsAndTheArticleNameTheirUnits() {
        TestServer.Reply search = server.get("/api/search?q=skips&unit=Theatres");
        for (JsonNode hit : search.json().get("hits")) {
            List<String> units = new ArrayList<>();
            hit.get("units").forEach(unit -> units.add(unit.asText()));
            assertEquals(
                    hit.get("id").asText().equals(THEATRES) ? List.of("Theatres", "Emergency Department") : List.of(),
                    units);
        }
        TestServer.Reply article = server.get("/api/articles/" + PHARMACY);
        assertEquals(200, article.status(), article.body());
        assertEquals("pharmacy", article.json().get("units").get(0).asText(), "as the article writes it");
        assertEquals(
                0, server.get("/api/articles/" + GENERAL).json().get("units").size());
    }

    @Test
    void anOverlongUnitIsRefusedByName() {
        String unit = "u".repeat(201);
        for (TestServer.Reply reply : List.of(
                server.get("/api/search?q=skips&unit=" + unit),
                server.get("/api/suggest?q=skips&unit=" + unit),
                server.post("/api/suggest", json(Map.of("title", "label printer skips", "unit", unit))))) {
            assertEquals(400, reply.status(), reply.body());
            assertEquals("unit", reply.json().get("field").asText());
            assertEquals(
                    "unit is longer than 200 characters",
                    reply.json().get("error").asText());
        }
        assertEquals(
                200, server.get("/api/search?q=skips&unit=" + "u".repeat(200)).status());
        assertEquals(
                400,
                server.post("/api/suggest", json(Map.of("title", "label printer", "unit", 4)))
                        .status(),
                "a unit is a name");
    }

    @Test
    void suggestionsOnAUnitPutItsArticleFirstAmongCloseMatchesAndDropNone() {
        Map<String, Object> ticket = Map.of("title", "label printer skips labels", "limit", 10);
        List<String> anywhere = suggested(ticket);
        assertEquals(GENERAL, anywhere.get(0), anywhere.toString());
        assertTrue(anywhere.indexOf(PHARMACY) > 0, anywhere.toString());

        List<String> onPharmacy =
                suggested(Map.of("title", "label printer skips labels", "limit", 10, "unit", "Pharmacy"));
        assertEquals(PHARMACY, onPharmacy.get(0), onPharmacy.toString());
        assertTrue(onPharmacy.containsAll(List.of(GENERAL, THEATRES)), "others stay: " + onPharmacy);

        assertEquals(
                anywhere, suggested(Map.of("title", "label printer skips labels", "limit", 10, "unit", "Ward 99")));
        List<String> byGet =
                ids(server.get("/api/suggest?limit=10&unit=pharmacy&q=" + encode("label printer skips labels"))
                        .json()
                        .get("suggestions"));
        assertEquals(PHARMACY, byGet.get(0), byGet.toString());
    }

    @Test
    void aUnitBringsInNoArticleTheTicketsWordsDoNotMatch() {
        Map<String, Object> ticket = Map.of("title", "account locked", "limit", 10);
        List<String> anywhere = suggested(ticket);
        assertTrue(!anywhere.isEmpty() && !anywhere.contains(PHARMACY), anywhere.toString());
        assertEquals(anywhere, suggested(Map.of("title", "account locked", "limit", 10, "unit", "Pharmacy")));
    }
}
