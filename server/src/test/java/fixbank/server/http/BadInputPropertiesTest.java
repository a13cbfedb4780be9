package fixbank.server.http;

import static fixbank.server.http.TestServer.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated malformed input for the three ways text reaches the server from outside: the search box's query
 * syntax, a suggest request's body and headers, and an article's address. Whatever arrives, the answer is a
 * 2xx or a 4xx with the API's JSON error, never a 5xx. Regression net for #11, whose fuzzer found 500s from
 * deep JSON, unknown charsets, too complex regular expressions, bad {@code %} escapes and broken chunks.
 */
class BadInputPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path temp;
    private static TestServer server;

    @BeforeContainer
    static void start() throws IOException {
        temp = Files.createTempDirectory("fixbank-fuzz");
        server = TestServer.start(temp);
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A 2xx, or a 4xx whose body is the API's error; {@code what} says which request it was. */
    private static void assertAnsweredWell(int status, String contentType, String body, String what)
            throws IOException {
        if (status >= 500) {
            throw new AssertionError(status + " for " + what + ": " + body);
        }
        if (status >= 400
                && !(contentType.startsWith("application/json")
                        && JSON.readTree(body).has("error"))) {
            throw new AssertionError(status + " without the JSON error for " + what + ": " + contentType + " " + body);
        }
    }

    @Property(tries = 400)
    void searchQueriesAreAnsweredOrRefused(@ForAll("queries") String query) throws IOException {
        TestServer.Reply reply = server.get("/api/search?q=" + encode(query));
        assertAnsweredWell(
                reply.status(),
                reply.raw().headers().firstValue("Content-Type").orElse(""),
                reply.body(),
                "q=" + query);
    }

    @Property(tries = 300)
    void suggestBodiesAreAnsweredOrRefused(@ForAll("bodies") String body, @ForAll("contentTypes") String contentType)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp connection = new RawHttp(server.server.port())) {
            RawHttp.Answer answer = connection.send(
                    "POST /api/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: " + bytes.length,
                    bytes);
            assertAnsweredWell(answer.status(), answer.contentType(), answer.body(), contentType + " " + body);
        }
    }

    @Property(tries = 300)
    void articleAddressesAreAnsweredOrRefused(@ForAll("addresses") String id) throws IOException {
        for (String prefix : Set.of("/api/articles/", "/articles/")) {
            try (RawHttp connection = new RawHttp(server.server.port())) {
                RawHttp.Answer answer = connection.send(
                        "GET " + prefix + id + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json", new byte[0]);
                assertAnsweredWell(answer.status(), answer.contentType(), answer.body(), prefix + id);
            }
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> syntax = Arbitraries.strings()
                .withChars("abcprinterlabel019 :*?~^()[]{}/\\\"+-!&|.,'")
                .ofMaxLength(120);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> regex = Arbitraries.strings()
                .withChars("ab.*+?{}()[]|0123456789,")
                .ofMinLength(1)
                .ofMaxLength(40)
                .map(inner -> "title:/" + inner + "/");
        Arbitrary<String> long_ =
                Arbitraries.strings().withChars("ab ").ofMinLength(490).ofMaxLength(520);
        return Arbitraries.oneOf(syntax, anything, regex, long_);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(BadInputPropertiesTest::quoted),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "[]", "{}", "\"\"", "1e999", "-0"));
        Arbitrary<String> ticket = Arbitraries.of("title", "description", "limit", "other", "")
                .list()
                .ofMaxSize(4)
                .flatMap(keys -> value.list().ofSize(keys.size()).map(values -> {
                    StringBuilder object = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        object.append(i == 0 ? "" : ",")
                                .append(quoted(keys.get(i)))
                                .append(':')
                                .append(values.get(i));
                    }
                    return object.append('}').toString();
                }));
        Arbitrary<String> nested = Arbitraries.integers()
                .between(1, 3000)
                .map(depth -> "{\"title\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        Arbitrary<String> garbage = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(ticket, nested, garbage);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(
                "application/json",
                "application/json; charset=utf-8",
                "application/json; charset=",
                "application/json; charset=nope",
                "application/json; charset=\"utf-16\"",
                "text/plain",
                "application/json;;;",
                "");
    }

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.strings()
                .withChars("abcprinting/.-_~%0123456789AFuz;:@!$&'()*+,=")
                .ofMaxLength(80);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
