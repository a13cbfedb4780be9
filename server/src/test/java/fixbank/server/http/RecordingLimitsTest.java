package fixbank.server.http;

import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.server.config.RateLimitSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording never breaks or slows searching, and feedback cannot be flooded (#12): a database that cannot be
 * reached costs dropped, counted events and a clear 503 for feedback, never a failed search; recording off
 * keeps nothing at all; one client's flood of "no" votes counts three times at most.
 */
class RecordingLimitsTest {

    @TempDir
    Path temp;

    private static final String VOTE_NO = "{\"articleId\": \"printing/wristband-printer-blank\", \"helpful\": false,"
            + " \"reason\": \"did-not-work\", \"session\": \"%s\"}";

    @Test
    void anUnreachableDatabaseDropsEventsAndRefusesFeedbackClearlyButSearchesGoOn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/fixbank?user=fixbank&password=secret-password";
        String logged;
        try (CapturedLog log = new CapturedLog();
                TestServer server = TestServer.start(
                        temp, config -> config.withRecord(config.record().withDatabaseUrl(url)))) {
            for (int i = 0; i < 5; i++) {
                TestServer.Reply suggest = server.post(
                        "/api/suggest",
                        json(Map.of(
                                "title", "wristband labels blank", "journey", "journey-" + i + "-0123456789abcdef")));
                assertEquals(200, suggest.status());
                assertEquals(
                        200,
                        server.get("/api/search?q=printer&search=search-" + i + "-0123456789abcdef")
                                .status());
            }
            TestServer.Reply feedback = server.post("/api/feedback", VOTE_NO.formatted("session-0123456789abcdef"));
            JsonNode recording = FollowThroughApiTest.await(
                    () -> server.getAsStaff("/api/health"),
                    json -> json.get("recording").get("dropped").asInt() == 10,
                    "ten dropped events");
            assertAll(
                    () -> assertEquals(503, feedback.status(), feedback.body()),
                    () -> assertTrue(feedback.body().contains("could not be stored just now"), feedback.body()),
                    () -> assertEquals(
                            "5",
                            feedback.raw().headers().firstValue("Retry-After").orElse("")),
                    () -> assertEquals(
                            0, recording.get("recording").get("written").asInt()),
                    () -> assertEquals(
                            503, server.getAsStaff("/api/insights/deflection").status()));
            logged = log.text();
        }
        assertAll(
                () -> assertTrue(logged.contains("PostgreSQL at 127.0.0.1:" + closedPort + "/fixbank"), logged),
                () -> assertFalse(logged.contains("secret-password"), "the log names no password"),
                () -> assertFalse(logged.contains("wristband"), "the log holds no recorded text"));
    }

    @Test
    void withRecordingOffNothingIsKept() throws IOException {
        try (TestServer server = TestServer.start(
                temp, config -> config.withRecord(config.record().withOn(false)))) {
            server.post(
                    "/api/suggest",
                    json(Map.of("title", "wristband labels blank", "journey", "journey-0123456789abcdef")));
            TestServer.Reply feedback = server.post("/api/feedback", VOTE_NO.formatted("session-0123456789abcdef"));
            assertAll(
                    () -> assertEquals(503, feedback.status()),
                    () -> assertTrue(feedback.body().contains("recording is turned off"), feedback.body()),
                    () -> assertFalse(
                            server.get("/api/config").json().get("recording").asBoolean()),
                    () -> assertEquals(
                            204,
                            server.post("/api/journeys/journey-0123456789abcdef/sent", "{}")
                                    .status()),
                    () -> assertFalse(Files.exists(temp.resolve("fixbank.db")), "no database file"));
        }
    }

    @Test
    void aFloodOfNoVotesFromOneClientCountsThreeTimesAtMost() throws IOException {
        try (TestServer server =
                TestServer.start(temp, config -> config.withRateLimits(new RateLimitSettings(true, 300, 100, 10)))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                statuses.add(server.post("/api/feedback", VOTE_NO.formatted("flood-" + i + "-0123456789abcdef"))
                        .status());
            }
            JsonNode use = null;
            for (JsonNode article :
                    server.getAsStaff("/api/insights/articles").json().get("articles")) {
                if (article.get("id").asText().equals("printing/wristband-printer-blank")) {
                    use = article;
                }
            }
            JsonNode counted = use;
            assertAll(
                    () -> assertEquals(List.of(201, 201, 201), statuses.subList(0, 3)),
                    () -> assertTrue(
                            statuses.subList(3, 50).stream().allMatch(status -> status == 429), statuses.toString()),
                    () -> assertEquals(3, counted.get("notHelpful").asInt()),
                    () -> assertEquals(
                            201,
                            server.post(
                                            "/api/feedback",
                                            VOTE_NO.formatted("other-0123456789abcdef")
                                                    .replace("wristband-printer-blank", "printer-offline"))
                                    .status(),
                            "other articles can still be voted on"));
        }
    }
}
