package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The five kinds of malformed request #11's fuzzer answered with a 500, each now a 4xx with the API's JSON
 * error. {@link BadInputPropertiesTest} generates many more of each kind.
 */
class BadInputTest extends SharedTestServer {

    private static RawHttp.Answer post(String contentType, String headers, byte[] body) throws IOException {
        try (RawHttp connection = new RawHttp(server.server.port())) {
            return connection.send(
                    "POST /api/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + headers, body);
        }
    }

    private static RawHttp.Answer post(String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(contentType, "\r\nContent-Length: " + bytes.length, bytes);
    }

    private static RawHttp.Answer get(String target) throws IOException {
        try (RawHttp connection = new RawHttp(server.server.port())) {
            return connection.send("GET " + target + " HTTP/1.1\r\nHost: localhost", new byte[0]);
        }
    }

    @Test
    void deeplyNestedJsonIsA400() throws IOException {
        RawHttp.Answer answer = post("application/json", "{\"title\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        assertEquals(400, answer.status());
        assertEquals(
                "{\"error\":\"the request body is nested too deeply to be a ticket\",\"field\":\"body\"}",
                answer.body());
    }

    @Test
    void anUnknownOrEmptyCharsetIsReadAsUtf8() throws IOException {
        for (String contentType : new String[] {"application/json; charset=nope", "application/json; charset="}) {
            RawHttp.Answer answer = post(contentType, "{\"title\":\"printer offline\"}");
            assertEquals(200, answer.status(), contentType + ": " + answer.body());
        }
        byte[] latin1Body = "{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer latin1 = post("application/json", "\r\nContent-Length: " + latin1Body.length, latin1Body);
        assertEquals(400, latin1.status());
        assertEquals("{\"error\":\"the request body is not UTF-8 text\",\"field\":\"body\"}", latin1.body());
    }

    @Test
    void aTooComplexRegularExpressionIsA400() throws IOException {
        RawHttp.Answer answer = get("/api/search?q=" + TestServer.encode("title:/(.{1,50}){1,50}/"));
        assertEquals(400, answer.status());
        assertEquals(
                "{\"error\":\"the regular expression is too complex; make it more specific\",\"field\":\"q\"}",
                answer.body());
    }

    @Test
    void aMalformedEscapeInAnArticleAddressIsA400() throws IOException {
        for (String target :
                new String[] {"/api/articles/%u002e%u002e/", "/articles/%u002e%u002e/", "/api/articles/%"}) {
            RawHttp.Answer answer = get(target);
            assertEquals(400, answer.status(), target);
            assertEquals("application/json", answer.contentType().split(";")[0], target);
        }
    }

    @Test
    void aBrokenChunkedBodyIsA400() throws IOException {
        for (String chunks : new String[] {"ZZ\r\n{\"title\":\"printer\"}\r\n0\r\n\r\n", "5\r\n{\"tit"}) {
            try (RawHttp connection = new RawHttp(server.server.port())) {
                connection.sendOnly(
                        "POST /api/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                                + "\r\nTransfer-Encoding: chunked",
                        chunks.getBytes(StandardCharsets.ISO_8859_1));
                connection.endOutput();
                RawHttp.Answer answer = connection.answer();
                assertEquals(400, answer.status(), chunks);
                assertEquals("application/json", answer.contentType().split(";")[0]);
            }
        }
    }
}
