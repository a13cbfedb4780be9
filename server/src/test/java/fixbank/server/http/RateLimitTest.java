package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.server.config.AddressRange;
import fixbank.server.config.RateLimitSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous searches, suggestions and completions, and wrong staff tokens, are limited per client address
 * (#11 item 7), over real HTTP. The limits here are tiny and refill once a minute, so no test waits or
 * depends on timing: three requests, then one a minute, and two wrong tokens.
 */
class RateLimitTest {

    private static final RateLimitSettings TINY = new RateLimitSettings(true, 1, 3, 2);
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String WRONG_TOKEN = "wrong-TOKEN-abcdefghijklmnop";

    @TempDir
    Path temp;

    private TestServer start(RateLimitSettings limits, List<AddressRange> trustedProxies) throws IOException {
        return TestServer.start(
                temp,
                config -> config.withRateLimits(limits).withHttp(config.http().withTrustedProxies(trustedProxies)));
    }

    private static List<AddressRange> loopbackIsAProxy() {
        return List.of(AddressRange.parse("127.0.0.1"));
    }

    private static TestServer.Reply searchFrom(TestServer server, String client) {
        return server.getWithHeader("/api/search?q=printer", FORWARDED_FOR, client);
    }

    private static void assertTooMany(TestServer.Reply reply, String what) {
        assertEquals(429, reply.status(), reply.body());
        long retryAfter =
                Long.parseLong(reply.raw().headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After in whole seconds: " + retryAfter);
        assertEquals(
                what + "; try again in " + retryAfter + (retryAfter == 1 ? " second" : " seconds"),
                reply.json().get("error").asText());
        assertEquals(
                "nosniff",
                reply.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theRequestPastTheAllowanceIsRefusedWith429AndWhenToComeBack() throws IOException {
        try (TestServer server = start(TINY, List.of())) {
            assertEquals(200, server.get("/api/search?q=printer").status());
            assertEquals(200, server.get("/api/autocomplete?q=prin").status());
            assertEquals(200, server.get("/api/suggest?q=printer+offline").status());

            assertTooMany(
                    server.post("/api/suggest", "{\"title\": \"printer offline\"}"),
                    "too many requests from this address");
            assertTooMany(server.get("/api/search?q=printer"), "too many requests from this address");
            assertTooMany(server.get("/api/autocomplete?q=prin"), "too many requests from this address");
            assertEquals(200, server.get("/api/health").status(), "health is not limited");
            assertEquals(
                    200, server.get("/api/articles/printing/printer-offline").status(), "nor articles");
        }
    }

    @Test
    void staffWithAValidTokenAreNotLimited() throws IOException {
        try (TestServer server = start(TINY, List.of())) {
            for (int i = 0; i < 3; i++) {
                server.get("/api/search?q=printer");
            }
            assertEquals(429, server.get("/api/search?q=printer").status());
            for (int i = 0; i < 10; i++) {
                assertEquals(200, server.getAsStaff("/api/search?q=printer").status());
                assertEquals(
                        200,
                        server.postAsStaff("/api/suggest", "{\"title\": \"printer\"}")
                                .status());
            }
        }
    }

    @Test
    void withoutATrustedProxyAForgedForwardedForChangesNothing() throws IOException {
        try (TestServer server = start(TINY, List.of())) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(200, searchFrom(server, "203.0.113." + i).status());
            }
            assertEquals(429, searchFrom(server, "203.0.113.4").status(), "still the one loopback client");
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnAllowance() throws IOException {
        try (TestServer server = start(TINY, loopbackIsAProxy())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, searchFrom(server, "203.0.113.7").status());
            }
            assertEquals(429, searchFrom(server, "203.0.113.7").status());
            assertEquals(
                    429,
                    searchFrom(server, "198.51.100.1, 203.0.113.7").status(),
                    "what the client itself wrote to the left of the proxy's entry is not believed");
            assertEquals(200, searchFrom(server, "203.0.113.8").status(), "another client is not affected");
            assertEquals(200, server.get("/api/search?q=printer").status(), "nor the proxy's own requests");
        }
    }

    @Test
    void withLimitsOffNothingIsEverRefused() throws IOException {
        try (TestServer server = start(TINY.off(), List.of())) {
            for (int i = 0; i < 30; i++) {
                assertEquals(200, server.get("/api/search?q=printer").status());
                assertEquals(
                        200,
                        server.post("/api/suggest", "{\"title\": \"printer\"}").status());
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        401,
                        server.getWithAuthorization("/api/me", "Bearer " + WRONG_TOKEN)
                                .status());
            }
            assertEquals(200, server.getAsStaff("/api/me").status());
        }
    }

    @Test
    void wrongTokensAreLimitedPerAddressAndLoggedWithoutTheToken() throws IOException {
        try (TestServer server = start(TINY, loopbackIsAProxy());
                CapturedLog log = new CapturedLog()) {
            Map<String, String> guesser =
                    Map.of(FORWARDED_FOR, "198.51.100.66", "Authorization", "Bearer " + WRONG_TOKEN);
            assertEquals(401, server.getWithHeaders("/api/me", guesser).status());
            assertEquals(
                    401,
                    server.getWithHeaders(
                                    "/api/me",
                                    Map.of(FORWARDED_FOR, "198.51.100.66", "Authorization", "Basic dXNlcjpwYXNz"))
                            .status());
            assertTooMany(server.getWithHeaders("/api/me", guesser), "too many wrong staff tokens from this address");
            assertTooMany(
                    server.getWithHeaders(
                            "/api/me",
                            Map.of(
                                    FORWARDED_FOR,
                                    "198.51.100.66",
                                    "Authorization",
                                    "Bearer " + TestServer.STAFF_TOKEN)),
                    "too many wrong staff tokens from this address");
            assertEquals(
                    200,
                    server.getWithHeader("/api/me", FORWARDED_FOR, "198.51.100.66")
                            .status(),
                    "the address may still ask anonymously");
            assertEquals(
                    200,
                    server.getWithHeaders(
                                    "/api/me",
                                    Map.of(
                                            FORWARDED_FOR,
                                            "198.51.100.67",
                                            "Authorization",
                                            "Bearer " + TestServer.STAFF_TOKEN))
                            .status(),
                    "staff elsewhere sign in as ever");

            String logged = log.text();
            List<String> failures = logged.lines()
                    .filter(line -> line.contains("Failed sign-in from 198.51.100.66 "))
                    .toList();
            assertEquals(2, failures.size(), logged);
            assertTrue(
                    failures.get(0)
                            .matches(
                                    ".* WARN .*Failed sign-in from 198\\.51\\.100\\.66 at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z: the token is not valid"),
                    failures.get(0));
            assertTrue(
                    failures.get(1).contains("Failed sign-in from 198.51.100.66 at ")
                            && failures.get(1).endsWith(": use 'Authorization: Bearer TOKEN'"),
                    failures.get(1));
            for (String part : List.of(
                    WRONG_TOKEN, "wrong-TOKEN", "abcdefgh", "dXNlcjpwYXNz", TestServer.STAFF_TOKEN.substring(0, 8))) {
                assertFalse(logged.contains(part), "the log holds no token or part of one: " + part);
            }
        }
    }

    @Test
    void theApiDocumentSaysEveryLimitedEndpointMayAnswer429WithRetryAfter() throws IOException {
        try (TestServer server = start(TINY, List.of())) {
            JsonNode doc = server.get("/api/openapi.json").json();
            JsonNode tooMany = doc.at("/components/responses/TooManyRequests");
            assertTrue(tooMany.at("/headers/Retry-After").isObject(), tooMany.toString());
            for (String path : AnonymousLimits.LIMITED_PATHS) {
                doc.get("paths")
                        .get(path)
                        .fields()
                        .forEachRemaining(operation -> assertEquals(
                                "#/components/responses/TooManyRequests",
                                operation.getValue().at("/responses/429/$ref").asText(),
                                operation.getKey() + " " + path));
            }
        }
    }
}
