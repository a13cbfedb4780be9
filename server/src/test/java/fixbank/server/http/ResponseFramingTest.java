package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers of up to {@link Listeners#WHOLE_ANSWER_BYTES} go out whole, with their length, not in chunks: a
 * server killed while it answers must leave a load balancer nothing (which it sends to another server) or
 * everything, never a cut answer (deploy/try-topology kills one under load). Jetty alone chunks those over 8 KB.
 */
class ResponseFramingTest {

    @TempDir
    Path temp;

    @Test
    void anAnswerOfTwentyKilobytesIsSentWithItsLength() throws Exception {
        try (TestServer server = TestServer.start(temp)) {
            String steps = "1. Check the cable at the back of the printer and at the wall socket.\n".repeat(250);
            server.add(Map.of(
                    "printing/long-checklist.md",
                    TestServer.article(
                            "Long printer checklist",
                            "printing",
                            "Zebra",
                            "public",
                            "published",
                            "## Resolution\n" + steps)));

            TestServer.Reply reply = server.get("/api/articles/printing/long-checklist");

            assertEquals(200, reply.status(), reply.body());
            int length = reply.body().length();
            assertTrue(length > 16 * 1024 && length < Listeners.WHOLE_ANSWER_BYTES, "answer of " + length + " bytes");
            assertEquals(
                    Optional.of(Long.toString(length)), reply.raw().headers().firstValue("Content-Length"));
            assertEquals(Optional.empty(), reply.raw().headers().firstValue("Transfer-Encoding"));
        }
    }
}
