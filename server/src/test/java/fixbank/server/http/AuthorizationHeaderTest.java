package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The token in an {@code Authorization} header reaches the server byte for byte, on every request of a
 * kept-alive connection. Regression test for #11: a connection that had once sent a valid token was answered
 * as staff for the same token in other letter case, because the HTTP layer's per-connection header cache
 * matched header values without regard to case.
 */
class AuthorizationHeaderTest extends SharedTestServer {

    /** A request for {@code /api/me} on {@code connection} with the given Authorization value. */
    private static int status(RawHttp connection, String authorization) throws IOException {
        return connection.get("/api/me", "Authorization: " + authorization);
    }

    @Test
    void aTokenInOtherLetterCaseIsRefusedOnAConnectionThatSentTheRightOne() throws IOException {
        String token = TestServer.STAFF_TOKEN;
        try (RawHttp connection = new RawHttp(server.server.port())) {
            assertEquals(200, status(connection, "Bearer " + token));
            assertEquals(401, status(connection, "Bearer " + token.toUpperCase(Locale.ROOT)));
            assertEquals(401, status(connection, "Bearer " + token.replace('s', 'S')));
            assertEquals(200, status(connection, "Bearer " + token), "the right token still works");
            assertEquals(401, status(connection, "Bearer " + token.replace('s', 'S')), "asked twice");
        }
    }

    @Test
    void theSchemeNameIsCaseInsensitiveAsHttpSaysButTheTokenIsNot() throws IOException {
        String token = TestServer.STAFF_TOKEN;
        try (RawHttp connection = new RawHttp(server.server.port())) {
            assertEquals(200, status(connection, "bearer " + token));
            assertEquals(200, status(connection, "BEARER " + token));
            assertEquals(401, status(connection, "BEARER " + token.toUpperCase(Locale.ROOT)));
        }
    }

    @Test
    void anEmptyOrBlankHeaderIsRefusedLikeAnyMalformedOne() throws IOException {
        try (RawHttp connection = new RawHttp(server.server.port())) {
            assertEquals(401, connection.get("/api/me", "Authorization: "));
            assertEquals(401, connection.get("/api/me", "Authorization:"));
            assertEquals(401, connection.get("/api/me", "Authorization: \t "));
            assertEquals(401, status(connection, "Bearer "));
            assertEquals(200, connection.get("/api/me", "X-Other: 1"), "no header at all is anonymous");
        }
    }
}
