package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The token in an {@code Authorization} header reaches the server byte for byte, on every request of a
 * kept-alive connection. Regression test for #11: a connection that had once sent a valid token was answered
 * as staff for the same token in other letter case, because the HTTP layer's per-connection header cache
 * matched header values without regard to case.
 */
class AuthorizationHeaderTest extends SharedTestServer {

    /** One connection, several requests in turn; each answer's status line. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final BufferedReader in;

        Connection(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            out = socket.getOutputStream();
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        }

        int status(String authorization) throws IOException {
            return statusWithHeaderLine("Authorization: " + authorization);
        }

        int statusWithHeaderLine(String header) throws IOException {
            String request = "GET /api/me HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            int length = 0;
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(
                            line.substring(line.indexOf(':') + 1).strip());
                }
            }
            in.skip(length);
            return status;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aTokenInOtherLetterCaseIsRefusedOnAConnectionThatSentTheRightOne() throws IOException {
        String token = TestServer.STAFF_TOKEN;
        try (Connection connection = new Connection(server.server.port())) {
            assertEquals(200, connection.status("Bearer " + token));
            assertEquals(401, connection.status("Bearer " + token.toUpperCase(Locale.ROOT)));
            assertEquals(401, connection.status("Bearer " + token.replace('s', 'S')));
            assertEquals(200, connection.status("Bearer " + token), "the right token still works");
            assertEquals(401, connection.status("Bearer " + token.replace('s', 'S')), "asked twice");
        }
    }

    @Test
    void theSchemeNameIsCaseInsensitiveAsHttpSaysButTheTokenIsNot() throws IOException {
        String token = TestServer.STAFF_TOKEN;
        try (Connection connection = new Connection(server.server.port())) {
            assertEquals(200, connection.status("bearer " + token));
            assertEquals(200, connection.status("BEARER " + token));
            assertEquals(401, connection.status("BEARER " + token.toUpperCase(Locale.ROOT)));
        }
    }

    @Test
    void anEmptyOrBlankHeaderIsRefusedLikeAnyMalformedOne() throws IOException {
        try (Connection connection = new Connection(server.server.port())) {
            assertEquals(401, connection.statusWithHeaderLine("Authorization: "));
            assertEquals(401, connection.statusWithHeaderLine("Authorization:"));
            assertEquals(401, connection.statusWithHeaderLine("Authorization: \t "));
            assertEquals(401, connection.status("Bearer "));
            assertEquals(200, connection.statusWithHeaderLine("X-Other: 1"), "no header at all is anonymous");
        }
    }
}
