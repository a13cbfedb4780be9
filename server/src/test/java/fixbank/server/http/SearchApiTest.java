package fixbank.server.http;

import static fixbank.server.http.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchApiTest extends SharedTestServer {

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void plainWordsFindTheArticleWithHighlightedSnippet() {
        TestServer.Reply reply = server.get("/api/search?q=" + encode("wristband labels blank"));
        assertEquals(200, reply.status());
        assertEquals("printing/wristband-printer-blank", ids(reply.json()).get(0));
        JsonNode hit = reply.json().get("hits").get(0);
        assertEquals("Wristband printer prints blank labels", hit.get("title").asText());
        assertTrue(
                hit.get("snippet").asText().contains("<mark>blank</mark>"),
                hit.get("snippet").asText());
        assertEquals(
                List.of("printing", "wristband"),
                List.of(hit.get("tags").get(0).asText(), hit.get("tags").get(1).asText()));
        assertEquals("2026-10-01", hit.get("updated").asText());
        assertEquals(
                "/articles/printing/wristband-printer-blank", hit.get("href").asText());
        assertTrue(reply.json().get("tookMs").asLong() >= 0);
    }

    @Test
    void snippetsEscapeHtmlFromArticles() {
        TestServer.Reply reply = server.get("/api/search?q=denied");
        String snippet = reply.json().get("hits").get(0).get("snippet").asText();
        assertTrue(snippet.contains("&lt;b&gt;Access <mark>denied</mark>&lt;&#x2F;b&gt;"), snippet);
    }

    @Test
    void anonymousCallersSeeOnlyPublicPublishedArticlesAndCounts() {
        JsonNode result = server.get("/api/search?q=").json();
        assertEquals(
                List.of("access/account-locked", "printing/printer-offline", "printing/wristband-printer-blank"),
                ids(result).stream().sorted().toList());
        assertEquals(3, result.get("total").asLong());
        assertEquals(
                2, result.get("facets").get("tags").get("printing").asLong(), "the internal article is not counted");
        assertFalse(result.get("facets").get("tags").has("sso"), "the draft's tags are not counted");
        assertFalse(result.get("facets").get("systems").has("Windows Server"));
    }

    @Test
    void staffSeeInternalArticles() {
        JsonNode result = server.getAsStaff("/api/search?q=spooler").json();
        assertEquals(List.of("printing/print-server-spooler"), ids(result));
        assertEquals("internal", result.get("hits").get(0).get("visibility").asText());
        assertEquals(0, server.get("/api/search?q=spooler").json().get("total").asLong());
    }

    @Test
    void staffMayAskForDraftsAndReviews() {
        JsonNode result =
                server.getAsStaff("/api/search?q=&status=draft,review").json();
        assertEquals(
                List.of("access/badge-tap-draft", "access/unlock-in-ad-review"),
                ids(result).stream().sorted().toList());
    }

    @Test
    void anonymousRequestForDraftsIsForbidden() {
        TestServer.Reply reply = server.get("/api/search?q=badge&status=draft");
        assertEquals(403, reply.status());
        assertTrue(reply.json().get("error").asText().contains("IT staff"));
    }

    @Test
    void wrongTokenIsUnauthorizedAndNotEchoed() {
        TestServer.Reply reply = server.getWithAuthorization("/api/search?q=printer", "Bearer not-a-real-token-123456");
        assertEquals(401, reply.status());
        assertEquals("the token is not valid", reply.json().get("error").asText());
        assertFalse(reply.body().contains("not-a-real-token"));
        assertEquals(
                401,
                server.getWithAuthorization("/api/search?q=printer", "Basic abc")
                        .status());
    }

    @Test
    void tagAndSystemFiltersNarrowResults() {
        assertEquals(
                List.of("printing/wristband-printer-blank"),
                ids(server.get("/api/search?q=printer&tags=wristband").json()));
        assertEquals(
                List.of("printing/printer-offline"),
                ids(server.get("/api/search?q=printer&systems=" + encode("Windows 11"))
                        .json()));
        assertEquals(
                0,
                server.get("/api/search?q=printer&tags=printing,access")
                        .json()
                        .get("total")
                        .asLong(),
                "every tag must match");
    }

    @Test
    void pagingReturnsTheRequestedSlice() {
        JsonNode first = server.get("/api/search?q=&size=2&page=1").json();
        JsonNode second = server.get("/api/search?q=&size=2&page=2").json();
        assertEquals(2, first.get("hits").size());
        assertEquals(1, second.get("hits").size());
        assertEquals(3, second.get("total").asLong());
        assertFalse(ids(first).contains(ids(second).get(0)));
    }

    @Test
    void luceneSyntaxWorks() {
        assertEquals(
                List.of("printing/printer-offline"),
                ids(server.get("/api/search?q=" + encode("title:offline")).json()));
        assertEquals(
                List.of("printing/wristband-printer-blank"),
                ids(server.get("/api/search?q=" + encode("\"ribbon is loaded\""))
                        .json()));
        assertEquals(
                List.of("printing/printer-offline"),
                ids(server.get("/api/search?q=" + encode("printer AND offline NOT wristband"))
                        .json()));
        assertEquals(
                List.of("printing/wristband-printer-blank"),
                ids(server.get("/api/search?q=" + encode("wristb*")).json()));
        assertEquals(
                List.of("printing/wristband-printer-blank"),
                ids(server.get("/api/search?q=" + encode("tag:wristband")).json()));
        assertEquals(
                List.of("access/account-locked"),
                ids(server.get("/api/search?q=0x80070005").json()));
    }

    @Test
    void unreadableSyntaxFallsBackToPlainWordsWithANotice() {
        TestServer.Reply reply = server.get("/api/search?q=" + encode("printer (offline"));
        assertEquals(200, reply.status());
        assertTrue(reply.json()
                .get("notice")
                .asText()
                .startsWith("The search could not be read as query syntax: a bracket is not closed"));
        assertEquals("printing/printer-offline", ids(reply.json()).get(0));
    }

    @Test
    void leadingWildcardsAndUnknownFieldsAreNotRun() {
        TestServer.Reply wildcard = server.get("/api/search?q=" + encode("*rinter"));
        assertEquals(200, wildcard.status());
        assertTrue(wildcard.json().has("notice"));
        TestServer.Reply field = server.get("/api/search?q=" + encode("owner:dana"));
        assertTrue(
                field.json().get("notice").asText().contains("there is no field 'owner' to search in"), field.body());
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        for (String query :
                List.of("page=abc", "page=-1", "page=0", "size=0", "size=51", "size=x", "page=1000&size=50")) {
            TestServer.Reply reply = server.get("/api/search?q=printer&" + query);
            assertEquals(400, reply.status(), query);
            assertTrue(reply.json().has("error"), query);
        }
        assertEquals(
                "page",
                server.get("/api/search?q=printer&page=abc").json().get("field").asText());
    }

    @Test
    void pagePastTheEndIsA400() {
        TestServer.Reply reply = server.get("/api/search?q=printer&page=9");
        assertEquals(400, reply.status());
        assertEquals(
                "page 9 is past the last page of results (1)",
                reply.json().get("error").asText());
    }

    @Test
    void overlongQueryIsA400() {
        TestServer.Reply reply = server.get("/api/search?q=" + "a".repeat(501));
        assertEquals(400, reply.status());
        assertEquals("q", reply.json().get("field").asText());
    }

    @Test
    void anExpensiveQueryIsA400ThatSaysHowToNarrowIt() {
        TestServer.Reply reply = server.get("/api/search?q=" + encode("/[ab]*a[ab]{20}/"));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("q", reply.json().get("field").asText());
        assertEquals(
                "the regular expression is too complex; make it more specific",
                reply.json().get("error").asText());
    }

    @Test
    void unknownEndpointIsAJson404() {
        TestServer.Reply reply = server.get("/api/nothing-here");
        assertEquals(404, reply.status());
        assertEquals(
                "Endpoint GET /api/nothing-here not found",
                reply.json().get("error").asText());
        TestServer.Reply wrongMethod = server.post("/api/search", "{}");
        assertEquals(405, wrongMethod.status());
        assertTrue(wrongMethod.json().has("error"));
    }

    @Test
    void headIsNotOfferedByTheApi() {
        assertEquals(405, server.head("/api/search?q=printer").status());
        assertEquals(405, server.head("/api/health/problems").status(), "not a way around a role either");
        assertEquals(200, server.head("/").status(), "pages answer HEAD");
    }
}
