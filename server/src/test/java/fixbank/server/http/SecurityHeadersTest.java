package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every kind of answer carries the security headers, not only the pages (#11 item 7): API JSON, errors from
 * the mapper, from Javalin and from Jetty itself, static files, pages and the not-found page. HSTS is only
 * sent over HTTPS; {@link TlsTest} checks it there, and on the HTTPS redirect.
 */
class SecurityHeadersTest extends SharedTestServer {

    /** Written out rather than taken from the code, so that dropping one fails here. */
    private static final Map<String, String> EXPECTED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "SAMEORIGIN");

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Map<String, TestServer.Reply> replies = new LinkedHashMap<>();
        replies.put("API JSON", server.get("/api/search?q=printer"));
        replies.put("health", server.get("/api/health/live"));
        replies.put("a 400", server.get("/api/search?size=0"));
        replies.put("a 401", server.getWithAuthorization("/api/me", "Bearer not-a-known-token-at-all"));
        replies.put("an API 404", server.get("/api/articles/no/such/article"));
        replies.put("an unknown API address", server.get("/api/no-such-endpoint"));
        replies.put("a 405", server.post("/api/health", "{}"));
        replies.put("a 413", server.post("/api/suggest", "{\"title\": \"" + "x".repeat(70_000) + "\"}"));
        replies.put("a static script", server.get("/js/api.js"));
        replies.put("the style sheet", server.get("/css/fixbank.css"));
        replies.put("a page", server.getWithHeader("/report.html", "Accept", "text/html"));
        replies.put("the not-found page", server.getWithHeader("/no/such/page", "Accept", "text/html"));
        replies.put("the OpenAPI document", server.get("/api/openapi.json"));

        assertAll(replies.entrySet().stream().map(entry -> (Executable) () -> {
            TestServer.Reply reply = entry.getValue();
            EXPECTED.forEach((name, value) -> assertEquals(
                    List.of(value),
                    reply.raw().headers().allValues(name),
                    entry.getKey() + " (" + reply.status() + "): " + name));
            assertTrue(
                    reply.raw()
                            .headers()
                            .firstValue("Strict-Transport-Security")
                            .isEmpty(),
                    entry.getKey() + ": HSTS only over HTTPS");
        }));
        assertEquals(
                List.of(400, 401, 404, 404, 405, 413),
                List.of("a 400", "a 401", "an API 404", "an unknown API address", "a 405", "a 413").stream()
                        .map(kind -> replies.get(kind).status())
                        .toList(),
                "the errors are errors");
    }

    @Test
    void aRequestJettyRefusesItselfCarriesThemToo() throws IOException {
        try (RawHttp connection = new RawHttp(server.server.port())) {
            connection.sendOnly("GET /api/articles/% HTTP/1.1\r\nHost: localhost", new byte[0]);
            connection.endOutput();
            RawHttp.Answer answer = connection.answer();
            assertEquals(400, answer.status());
            EXPECTED.forEach(
                    (name, value) -> assertEquals(value, answer.headers().get(name.toLowerCase()), name));
        }
    }
}
