package fixbank.server.http;

import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Suggest, article, autocomplete, health and OpenAPI endpoints over a real server. */
class SuggestArticleApiTest extends SharedTestServer {

    private static List<String> ids(JsonNode array, String idField) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(idField).asText()));
        return ids;
    }

    @Test
    void suggestFindsTheFixForADraftTicket() {
        TestServer.Reply reply = server.post(
                "/api/suggest",
                json(Map.of("title", "wristband labels coming out blank", "description", "on 4 West", "limit", 3)));
        assertEquals(200, reply.status(), reply.body());
        JsonNode suggestions = reply.json().get("suggestions");
        assertEquals(
                "printing/wristband-printer-blank", suggestions.get(0).get("id").asText());
        assertEquals(
                "/articles/printing/wristband-printer-blank",
                suggestions.get(0).get("href").asText());
        assertTrue(suggestions.size() <= 3);
        assertTrue(suggestions.get(0).get("snippet").asText().contains("<mark>"));
        assertTrue(reply.json().get("tookMs").asLong() >= 0);
    }

    @Test
    void suggestCopesWithLongNoisyTickets() {
        String description =
                "Hi team,\n\nHope you are well. Since this morning Epic keeps telling me my account has been "
                        + "locked when I sign in at the nurses station.\n\nError: 0x80070005\n"
                        + "   at Epic.Hyperspace.Login.Authenticate(String user)\n".repeat(200)
                        + "\nThanks so much,\nKind regards\nNurse on 5 East";
        TestServer.Reply reply =
                server.post("/api/suggest", json(Map.of("title", "Help please!!", "description", description)));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(
                "access/account-locked",
                reply.json().get("suggestions").get(0).get("id").asText());
    }

    @Test
    void suggestNeverOffersInternalOrDraftArticlesToAnonymousCallers() {
        JsonNode anonymous = server.post("/api/suggest", json(Map.of("title", "print spooler server offline")))
                .json();
        assertFalse(ids(anonymous.get("suggestions"), "id").contains("printing/print-server-spooler"));
        JsonNode badge = server.post("/api/suggest", json(Map.of("title", "badge tap does nothing")))
                .json();
        assertFalse(ids(badge.get("suggestions"), "id").contains("access/badge-tap-draft"));
        JsonNode staff = server.postAsStaff("/api/suggest", json(Map.of("title", "print spooler server offline")))
                .json();
        assertEquals(
                "printing/print-server-spooler",
                staff.get("suggestions").get(0).get("id").asText());
    }

    @Test
    void suggestByGetServesSimpleClients() {
        TestServer.Reply reply = server.get("/api/suggest?q=" + encode("printer offline"));
        assertEquals(200, reply.status());
        assertEquals(
                "printing/printer-offline",
                reply.json().get("suggestions").get(0).get("id").asText());
    }

    @Test
    void suggestRejectsBadInputClearly() {
        assertEquals(
                "the request body is not valid JSON (line 1, column 11)",
                server.post("/api/suggest", "{\"title\": ").json().get("error").asText());
        assertEquals(400, server.post("/api/suggest", "[1, 2]").status());
        assertEquals(400, server.post("/api/suggest", "").status());
        assertEquals(
                "title",
                server.post("/api/suggest", json(Map.of("title", " ")))
                        .json()
                        .get("field")
                        .asText());
        assertEquals(
                "limit",
                server.post("/api/suggest", json(Map.of("title", "printer", "limit", 0)))
                        .json()
                        .get("field")
                        .asText());
        assertEquals(
                400,
                server.post("/api/suggest", json(Map.of("title", "printer", "limit", "five")))
                        .status());
        assertEquals(400, server.post("/api/suggest", json(Map.of("title", 42))).status());
        assertEquals(400, server.get("/api/suggest").status());
    }

    @Test
    void oversizedBodyIsA413() {
        TestServer.Reply reply =
                server.post("/api/suggest", json(Map.of("title", "x", "description", "y".repeat(70_000))));
        assertEquals(413, reply.status());
        assertTrue(reply.json().has("error"));
    }

    @Test
    void articleIsRenderedToSafeHtml() {
        TestServer.Reply reply = server.get("/api/articles/access/account-locked");
        assertEquals(200, reply.status());
        JsonNode article = reply.json();
        assertEquals(
                "Account locked after failed sign-ins", article.get("title").asText());
        assertEquals("Dana Okafor (Service Desk)", article.get("owner").asText());
        assertEquals("/articles/access/account-locked", article.get("href").asText());
        assertEquals("Epic Hyperspace", article.get("systems").get(0).asText());
        String html = article.get("html").asText();
        assertTrue(html.contains("<section class=\"article-section section-symptoms\"><h2>Symptoms</h2>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:text/html"), html);
    }

    @Test
    void linksToOtherArticlesPointAtTheirPages() {
        String html = server.get("/api/articles/printing/wristband-printer-blank")
                .json()
                .get("html")
                .asText();
        assertTrue(html.contains("href=\"/articles/printing/printer-offline\">printer offline</a>"), html);
    }

    @Test
    void hrefsEncodeEachPartOfTheIdAsTheBrowserWould() throws Exception {
        server.add(Map.of(
                "printing/zebra labels (4 West) für Station.md",
                TestServer.article(
                        "Zebra labels curl", "printing", "Zebra ZD621", "public", "published", "Labels curl.")));
        try {
            String expected = "/articles/printing/zebra%20labels%20(4%20West)%20f%C3%BCr%20Station";
            assertEquals(
                    expected,
                    server.get("/api/search?q=curl")
                            .json()
                            .get("hits")
                            .get(0)
                            .get("href")
                            .asText());
            assertEquals(
                    expected,
                    server.get("/api/suggest?q=" + encode("zebra labels curl"))
                            .json()
                            .get("suggestions")
                            .get(0)
                            .get("href")
                            .asText());
            JsonNode article =
                    server.get(expected.replace("/articles/", "/api/articles/")).json();
            assertEquals(expected, article.get("href").asText());
        } finally {
            server.remove("printing/zebra labels (4 West) für Station.md");
        }
    }

    @Test
    void hiddenAndUnknownArticlesAreTheSameJson404() {
        TestServer.Reply internal = server.get("/api/articles/printing/print-server-spooler");
        TestServer.Reply draft = server.get("/api/articles/access/badge-tap-draft");
        TestServer.Reply unknown = server.get("/api/articles/printing/nope");
        for (TestServer.Reply reply : List.of(internal, draft, unknown)) {
            assertEquals(404, reply.status());
            assertTrue(reply.json().get("error").asText().startsWith("no article with id"));
        }
        assertEquals(
                200,
                server.getAsStaff("/api/articles/printing/print-server-spooler").status());
        assertEquals(
                "draft",
                server.getAsStaff("/api/articles/access/badge-tap-draft")
                        .json()
                        .get("status")
                        .asText());
    }

    @Test
    void autocompleteOffersTitlesByPrefixAndInfix() {
        assertEquals(
                List.of("printing/wristband-printer-blank"),
                ids(server.get("/api/autocomplete?q=wristb").json().get("completions"), "id"));
        List<String> infix = ids(
                server.get("/api/autocomplete?q=" + encode("printer off"))
                        .json()
                        .get("completions"),
                "id");
        assertEquals(List.of("printing/printer-offline"), infix);
        assertEquals(
                "/articles/printing/wristband-printer-blank",
                server.get("/api/autocomplete?q=wristb")
                        .json()
                        .get("completions")
                        .get(0)
                        .get("href")
                        .asText());
        assertEquals(
                0, server.get("/api/autocomplete?q=").json().get("completions").size());
    }

    @Test
    void autocompleteRespectsAccess() {
        assertEquals(
                List.of(), ids(server.get("/api/autocomplete?q=spool").json().get("completions"), "id"));
        assertEquals(
                List.of("printing/print-server-spooler"),
                ids(server.getAsStaff("/api/autocomplete?q=spool").json().get("completions"), "id"));
        assertEquals(400, server.get("/api/autocomplete?q=" + "a".repeat(101)).status());
    }

    @Test
    void healthCountsWhatTheCallerCanSee() {
        JsonNode anonymous = server.get("/api/health").json();
        assertEquals("ok", anonymous.get("status").asText());
        assertEquals(3, anonymous.get("articles").asInt());
        assertTrue(anonymous.get("generation").asLong() >= 1);
        assertEquals(4, server.getAsStaff("/api/health").json().get("articles").asInt(), "published, any visibility");
    }

    @Test
    void openApiDocumentDescribesEveryEndpointTheServerHas() {
        JsonNode doc = server.get("/api/openapi.json").json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> served = new TreeSet<>();
        for (String endpoint : server.server.apiEndpoints()) {
            served.add(endpoint.replaceAll("<(\\w+)>", "{$1}"));
        }
        assertTrue(served.size() >= 10, "the server lists its endpoints: " + served);
        assertEquals(served, documented);
    }
}
