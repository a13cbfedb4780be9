package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API answers pages on the allowed origins only, and never names any other origin back. */
class CrossOriginTest {

    private static final String ALLOWED = "https://tickets.example.org";
    private static final String OTHER = "https://elsewhere.example.com";

    @TempDir
    static Path temp;

    static TestServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(
                temp,
                config -> config.withHttp(config.http().withCorsOrigins(List.of(ALLOWED, "http://localhost:3000"))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String origin) {
        return HttpRequest.newBuilder(URI.create(server.address(path))).header("Origin", origin);
    }

    private static HttpRequest.Builder preflight(String origin) {
        return request("/api/suggest", origin)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type");
    }

    private static Optional<String> allowedOrigin(HttpResponse<?> response) {
        return response.headers().firstValue("Access-Control-Allow-Origin");
    }

    @Test
    void preflightFromAnAllowedOriginPermitsJsonPosts() throws Exception {
        HttpResponse<String> response = send(preflight(ALLOWED));
        assertEquals(204, response.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(response));
        assertEquals(Optional.of("GET, POST"), response.headers().firstValue("Access-Control-Allow-Methods"));
        assertEquals(Optional.of("Content-Type"), response.headers().firstValue("Access-Control-Allow-Headers"));
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Credentials"));
    }

    @Test
    void preflightFromAnyOtherOriginIsRefused() throws Exception {
        for (String origin : List.of(OTHER, "null", ALLOWED + ".evil.example", "http://tickets.example.org")) {
            HttpResponse<String> response = send(preflight(origin));
            assertEquals(403, response.statusCode(), origin);
            assertEquals(Optional.empty(), allowedOrigin(response), origin);
            assertTrue(response.body().contains("may not call the API"), response.body());
        }
    }

    @Test
    void answersNameOnlyAnAllowedOrigin() throws Exception {
        HttpResponse<String> allowed = send(request("/api/suggest", ALLOWED)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"wristband printer\"}")));
        assertEquals(200, allowed.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(allowed));
        assertEquals(Optional.of("Origin"), allowed.headers().firstValue("Vary"));

        HttpResponse<String> local =
                send(request("/api/search?q=printer", "http://localhost:3000").GET());
        assertEquals(Optional.of("http://localhost:3000"), allowedOrigin(local));

        HttpResponse<String> other =
                send(request("/api/search?q=printer", OTHER).GET());
        assertEquals(200, other.statusCode(), "the browser, not the server, keeps the answer from the page");
        assertEquals(Optional.empty(), allowedOrigin(other));
    }

    @Test
    void refusedTokensStillReachAnAllowedPage() throws Exception {
        HttpResponse<String> response = send(request("/api/search?q=printer", ALLOWED)
                .header("Authorization", "Bearer wrong-token-0123456789")
                .GET());
        assertEquals(401, response.statusCode());
        assertEquals(Optional.of(ALLOWED), allowedOrigin(response));
    }
}
