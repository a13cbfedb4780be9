package fixbank.server.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection to a test server, written to byte by byte: for requests an HTTP client library
 * would refuse to send or would tidy up (malformed escapes, broken chunks, odd headers), and for several
 * requests over one kept-alive connection. The body is read as Latin-1, enough to check its shape.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    RawHttp(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** An answer: its status, its {@code Content-Type} (empty when none), its body as text, and its headers (names in lower case). */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {}

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    Answer send(String head, byte[] body) throws IOException {
        sendOnly(head, body);
        return answer();
    }

    /** Sends a request without waiting for its answer, so the test can end the connection's output first. */
    void sendOnly(String head, byte[] body) throws IOException {
        out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** Reads the next answer. */
    Answer answer() throws IOException {
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        int length = 0;
        String contentType = "";
        Map<String, String> headers = new HashMap<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        lower.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring(line.indexOf(':') + 1).strip();
            }
        }
        char[] text = new char[length];
        int read = 0;
        while (read < length) {
            int n = in.read(text, read, length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return new Answer(status, contentType, new String(text, 0, read), headers);
    }

    /** A GET of {@code target} (path and query, sent as given) with one extra header line; its status. */
    int get(String target, String header) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + header, new byte[0])
                .status();
    }

    /** Ends the output, so the server sees the rest of a request is never coming. */
    void endOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
