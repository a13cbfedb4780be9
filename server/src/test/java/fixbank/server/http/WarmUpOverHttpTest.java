package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.RateLimitSettings;
import fixbank.server.config.ServerConfig;
import fixbank.server.config.TlsKeys;
import fixbank.server.config.TlsSettings;
import fixbank.server.warmup.WarmUp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up's tickets go through the server's own HTTP side before it says it is ready (#15), through a
 * door no network reaches: every one answered as a ticketing system's would be, past the anonymous rate
 * limit that still holds for every real client, and under TLS with a redirect port, not redirected.
 */
class WarmUpOverHttpTest {

    /** Three anonymous requests, then one a minute. */
    private static final RateLimitSettings TINY = new RateLimitSettings(true, 1, 3, 2);

    @TempDir
    static Path certificates;

    @TempDir
    Path temp;

    private static ServerConfig warmingUp(ServerConfig config) {
        return config.withSearch(config.search().withWarmUp(true));
    }

    private static void assertAllAnswered(WarmUp.WarmedUp warmed) {
        assertTrue(warmed.sent() >= 1_000, "tickets sent through HTTP: " + warmed.sent());
        assertEquals(0, warmed.refused(), "tickets not answered with 200");
    }

    @Test
    void theWarmUpIsNotHeldToTheAnonymousLimitThatStillHoldsForClients() throws Exception {
        try (TestServer server =
                TestServer.start(temp, config -> warmingUp(config).withRateLimits(TINY))) {
            assertAllAnswered(server.server.warmedUp());

            for (int i = 0; i < 3; i++) {
                assertEquals(
                        200,
                        server.post("/api/suggest", "{\"title\": \"printer offline\"}")
                                .status());
            }
            assertEquals(
                    429,
                    server.post("/api/suggest", "{\"title\": \"printer offline\"}")
                            .status());
        }
    }

    @Test
    void healthSaysStartingUntilTheWarmUpHasEnded() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (FixbankServer server = FixbankServer.listen(warmingUp(TestServer.config(temp)))) {
            URI ready = URI.create("http://127.0.0.1:" + server.port() + "/api/health/ready");
            CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> {
                try {
                    server.openIndex();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String first = null;
            WarmUp.WarmedUp whenReady = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (whenReady == null) {
                assertTrue(System.nanoTime() < deadline, "ready within a minute");
                assertFalse(opening.isCompletedExceptionally(), "the index opened");
                HttpResponse<String> answer =
                        client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
                first = first == null ? answer.statusCode() + " " + answer.body() : first;
                if (answer.statusCode() == 200) {
                    whenReady = server.warmedUp();
                } else {
                    Thread.sleep(20);
                }
            }
            opening.get();

            assertEquals("503 {\"status\":\"starting\"}", first, "the warm-up takes seconds");
            assertAllAnswered(whenReady);
        }
    }

    @Test
    void underTlsWithARedirectPortTheWarmUpIsAnsweredNotRedirected() throws Exception {
        TestCertificate certificate = TestCertificate.create(certificates, "server");
        TlsSettings tls = TlsSettings.of(new TlsKeys.Pkcs12(certificate.keystore(), certificate.password()))
                .withHttpRedirectPort(0);
        ServerConfig config = warmingUp(TestServer.config(temp));
        try (FixbankServer server =
                FixbankServer.start(config.withHttp(config.http().withTls(tls)))) {
            assertAllAnswered(server.warmedUp());
        }
    }
}
