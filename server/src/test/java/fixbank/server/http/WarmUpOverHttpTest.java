package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.RateLimitSettings;
import fixbank.server.config.ServerConfig;
import fixbank.server.config.TlsKeys;
import fixbank.server.config.TlsSettings;
import fixbank.server.warmup.WarmUp;
import java.nio.file.Path;
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
