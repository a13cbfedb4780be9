package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each answer says how long the server took over it, no longer than the client waited for it. */
class ServerTimingTest extends SharedTestServer {

    private static final Pattern VALUE = Pattern.compile("app;dur=(\\d+)\\.(\\d{3})");

    @Test
    void aSuggestionSaysHowLongTheServerTookWithinWhatTheClientWaited() {
        long sent = System.nanoTime();
        TestServer.Reply reply = server.post("/api/suggest", "{\"title\": \"printer shows offline\"}");
        double waitedMillis = (System.nanoTime() - sent) / 1e6;

        assertEquals(200, reply.status());
        List<String> values = reply.raw().headers().allValues(ServerTiming.HEADER);
        assertEquals(1, values.size(), "one timing: " + values);
        Matcher matcher = VALUE.matcher(values.get(0));
        assertTrue(matcher.matches(), values.get(0));
        double took = Double.parseDouble(matcher.group(1) + "." + matcher.group(2));
        assertTrue(took > 0 && took <= waitedMillis, took + " ms against " + waitedMillis + " ms waited");
    }

    @Test
    void errorsAndFilesAreTimedToo() {
        for (TestServer.Reply reply : List.of(
                server.get("/api/search?size=0"), server.get("/js/api.js"), server.get("/api/no-such-endpoint"))) {
            assertTrue(
                    reply.raw()
                            .headers()
                            .firstValue(ServerTiming.HEADER)
                            .filter(value -> VALUE.matcher(value).matches())
                            .isPresent(),
                    reply.status() + ": " + reply.raw().headers().map());
        }
    }

    @Test
    void theValueIsMillisecondsToTheMicrosecond() {
        assertEquals("app;dur=0.000", ServerTiming.value(999));
        assertEquals("app;dur=1.005", ServerTiming.value(1_005_999));
        assertEquals("app;dur=12.340", ServerTiming.value(12_340_000));
    }
}
