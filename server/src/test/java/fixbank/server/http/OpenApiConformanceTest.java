package fixbank.server.http;

import static fixbank.server.http.ApiCall.delete;
import static fixbank.server.http.ApiCall.get;
import static fixbank.server.http.ApiCall.post;
import static fixbank.server.http.ApiCall.put;
import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fixbank.server.config.PageSettings;
import fixbank.server.config.RateLimitSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API answers as its OpenAPI document says (#11): every call below goes over real HTTP to a real server,
 * and its status must be one the document declares for that operation and its body must match the schema
 * declared for that status and content type. Every endpoint the server registers needs a call, and every
 * status the document declares needs one that reaches it, so a new endpoint or status comes with a line here.
 */
class OpenApiConformanceTest {

    private static final String WRONG_TOKEN = "Bearer not-a-known-token-0123456789";
    private static final String TICKET = json(Map.of("title", "wristband labels blank", "limit", 3));
    private static final String JOURNEY = "journey-0123456789abcdef";
    private static final String VOTE = json(Map.of("articleId", "printing/wristband-printer-blank", "helpful", true));
    private static final String VOTE_NO = json(Map.of(
            "articleId", "printing/wristband-printer-blank",
            "helpful", false,
            "reason", "out-of-date",
            "session", "session-0123456789abcdef"));

    private static final String DRAFT_ID = "printing/conformance-draft";
    private static final String DRAFT = json(Map.of(
            "id", DRAFT_ID,
            "title", "Conformance draft",
            "tags", List.of("printing"),
            "symptoms", "Labels are blank.",
            "resolution", "Turn the ribbon over."));
    private static final String EDIT = json(Map.of("title", "Conformance draft", "symptoms", "Labels still blank."));
    private static final String EDITING = "/api/articles/" + DRAFT_ID;
    private static final String NO_SUCH = "/api/articles/printing/no-such-article";
    private static final String RESOLVED = json(Map.of(
            "title", "Label printer on 4 West prints blank",
            "description", "Blank labels since this morning.",
            "resolution", "Turned the ribbon over.",
            "unit", "Ward 4 North (Respiratory)"));
    private static final String UNITS = json(Map.of(
            "units",
            List.of(Map.of(
                    "name", "Ward 4 North (Respiratory)",
                    "contact", "Sam Okoro, clinical systems",
                    "phone", "bleep 4455"))));
    private static final String COMMENT = json(Map.of("comment", "Name the printer model."));

    private static final List<ApiCall> CALLS = List.of(
            get("/api/search?q=printer").answers(200),
            get("/api/search?q=printer&status=draft,review,published").asStaff().answers(200),
            get("/api/search?q=" + encode("title:(printer")).answers(200),
            get("/api/search?q=restart").answers(200),
            get("/api/search?explain=true&q=" + encode("the wristband printer on our ward prints blank labels"))
                    .asStaff()
                    .answers(200),
            get("/api/search?explain=true&q=" + encode("title:printer")).answers(200),
            get("/api/search?explain=yes&q=printer").answers(400),
            get("/api/search?page=0").answers(400),
            get("/api/search?q=printer&unit=Pharmacy").answers(200),
            get("/api/search?q=printer&unit=" + "u".repeat(201)).answers(400),
            get("/api/search?q=printer").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/search?status=draft").answers(403),
            get("/api/search?q=printer").whileStarting().answers(503),
            get("/api/search?q=printer").overTheRateLimit().answers(429),
            post("/api/suggest", TICKET).answers(200),
            post("/api/suggest", "{\"title\": ").answers(400),
            post("/api/suggest", TICKET).withAuthorization(WRONG_TOKEN).answers(401),
            post("/api/suggest", json(Map.of("title", "x", "description", "y".repeat(70_000))))
                    .answers(413),
            post("/api/suggest", TICKET).whileStarting().answers(503),
            post("/api/suggest", TICKET).overTheRateLimit().answers(429),
            get("/api/suggest?q=" + encode("printer offline")).answers(200),
            get("/api/suggest?explain=true&q=" + encode("wristband printer labels blank"))
                    .answers(200),
            get("/api/suggest?explain=maybe&q=printer").answers(400),
            get("/api/suggest?unit=Theatres&q=" + encode("printer offline")).answers(200),
            post("/api/suggest", json(Map.of("title", "wristband labels blank", "unit", "Pharmacy")))
                    .answers(200),
            post("/api/suggest", json(Map.of("title", "wristband labels blank", "unit", "u".repeat(201))))
                    .answers(400),
            post("/api/suggest", json(Map.of("title", "wristband labels blank", "explain", true)))
                    .asStaff()
                    .answers(200),
            post("/api/suggest", json(Map.of("title", "zzqx frobnicate wibble")))
                    .answers(200),
            get("/api/suggest").answers(400),
            get("/api/suggest?q=printer").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/suggest?q=printer").whileStarting().answers(503),
            get("/api/suggest?q=printer").overTheRateLimit().answers(429),
            get("/api/articles/printing/wristband-printer-blank").answers(200),
            get("/api/articles/access/badge-tap-draft").asStaff().answers(200),
            get("/api/articles/misc/bare-note").answers(200),
            get("/api/articles/access/badge-tap-draft").answers(404),
            get("/api/articles/printing/no-such-article").answers(404),
            get("/api/articles/printing/printer-offline")
                    .withAuthorization(WRONG_TOKEN)
                    .answers(401),
            get("/api/articles/printing/printer-offline").whileStarting().answers(503),
            get("/api/autocomplete?q=wristb").answers(200),
            get("/api/autocomplete?q=" + "a".repeat(101)).answers(400),
            get("/api/autocomplete?q=wristb").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/autocomplete?q=wristb").whileStarting().answers(503),
            get("/api/autocomplete?q=wristb").overTheRateLimit().answers(429),
            get("/api/health").answers(200),
            get("/api/health").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/health").whileStarting().answers(503),
            get("/api/health/live").answers(200),
            get("/api/health/live").whileStarting().answers(200),
            get("/api/health/live").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/health/ready").answers(200),
            get("/api/health/ready").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/health/ready").whileStarting().answers(503),
            get("/api/health/problems").asStaff().answers(200),
            get("/api/health/problems").asStaff().whileStarting().answers(200),
            get("/api/health/problems").answers(401),
            get("/api/health/problems").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/me").answers(200),
            get("/api/me").asStaff().answers(200),
            get("/api/me").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/me").withAuthorization(WRONG_TOKEN).overTheRateLimit().answers(429),
            get("/api/config").answers(200),
            get("/api/config").whileStarting().answers(200),
            get("/api/config").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/openapi.json").answers(200),
            get("/api/openapi.json").withAuthorization(WRONG_TOKEN).answers(401),
            post("/api/suggest", json(Map.of("title", "wristband labels", "journey", JOURNEY, "source", "report")))
                    .answers(200),
            post("/api/suggest", json(Map.of("title", "wristband", "journey", "short")))
                    .answers(400),
            get("/api/search?q=printer&search=search-0123456789abcdef").answers(200),
            get("/api/articles/printing/wristband-printer-blank?journey=" + JOURNEY)
                    .answers(200),
            get("/api/articles/printing/wristband-printer-blank?search=too-short")
                    .answers(400),
            post("/api/feedback", VOTE_NO).answers(201),
            post("/api/feedback", VOTE_NO.replace("out-of-date", "hard-to-follow"))
                    .answers(200),
            post("/api/feedback", json(Map.of("articleId", "printing/wristband-printer-blank", "helpful", "yes")))
                    .answers(400),
            post("/api/feedback", json(Map.of("articleId", "access/badge-tap-draft", "helpful", true)))
                    .answers(404),
            post("/api/feedback", VOTE).withAuthorization(WRONG_TOKEN).answers(401),
            post("/api/feedback", json(Map.of("articleId", "x", "helpful", true, "comment", "y".repeat(70_000))))
                    .answers(413),
            post("/api/feedback", VOTE).overTheRateLimit().answers(429),
            post("/api/feedback", VOTE).withRecordingOff().answers(503),
            post("/api/journeys/" + JOURNEY + "/sent", "{}").answers(204),
            post("/api/journeys/not-an-id/sent", "{}").answers(400),
            post("/api/journeys/" + JOURNEY + "/sent", "{}")
                    .withAuthorization(WRONG_TOKEN)
                    .answers(401),
            post("/api/journeys/" + JOURNEY + "/sent", "{}").overTheRateLimit().answers(429),
            get("/api/learned/printing/wristband-printer-blank").asStaff().answers(200),
            get("/api/learned/printing/wristband-printer-blank").answers(401),
            get("/api/learned/printing/no-such-article").asStaff().answers(404),
            get("/api/learned/printing/wristband-printer-blank")
                    .asStaff()
                    .withRecordingOff()
                    .answers(503),
            delete("/api/learned/printing/wristband-printer-blank").asEditor().answers(200),
            delete("/api/learned/printing/wristband-printer-blank").asStaff().answers(403),
            delete("/api/learned/printing/wristband-printer-blank").answers(401),
            delete("/api/learned/printing/wristband-printer-blank")
                    .asEditor()
                    .withRecordingOff()
                    .answers(503),
            post("/api/articles", DRAFT).asEditor().answers(201),
            post("/api/articles", DRAFT).asEditor().answers(409),
            post("/api/articles", "{}").asEditor().answers(400),
            post("/api/articles", json(Map.of("title", "x", "symptoms", "y".repeat(70_000))))
                    .asEditor()
                    .answers(413),
            post("/api/articles", DRAFT).answers(401),
            post("/api/articles", DRAFT).asStaff().answers(403),
            post("/api/articles", DRAFT).asEditor().withRecordingOff().answers(503),
            get("/api/edit/" + DRAFT_ID).asEditor().answers(200),
            get("/api/edit/printing/broken-date").asEditor().answers(409),
            get("/api/edit/printing/no-such-article").asEditor().answers(404),
            get("/api/edit/" + DRAFT_ID).answers(401),
            get("/api/edit/" + DRAFT_ID).asStaff().answers(403),
            get("/api/edit/" + DRAFT_ID).asEditor().withRecordingOff().answers(503),
            put(EDITING, EDIT).asEditor().ifMatchOf("/api/edit/" + DRAFT_ID).answers(200),
            put(EDITING, EDIT).asEditor().ifMatch("0000000000000000").answers(409),
            put(EDITING, EDIT).asEditor().answers(428),
            put(EDITING, "{\"title\": \"\"}").asEditor().ifMatch("0").answers(400),
            put(NO_SUCH, EDIT).asEditor().ifMatch("0").answers(404),
            put(EDITING, EDIT).ifMatch("0").answers(401),
            put(EDITING, EDIT).asStaff().ifMatch("0").answers(403),
            put(EDITING, EDIT).asEditor().ifMatch("0").withRecordingOff().answers(503),
            post("/api/preview", EDIT).asEditor().answers(200),
            post("/api/preview", "{}").asEditor().answers(400),
            post("/api/preview", EDIT).answers(401),
            post("/api/preview", EDIT).asStaff().answers(403),
            post("/api/preview", EDIT).asEditor().withRecordingOff().answers(503),
            get("/api/review").asEditor().answers(200),
            get("/api/review").answers(401),
            get("/api/review").asStaff().answers(403),
            get("/api/review").asEditor().withRecordingOff().answers(503),
            get("/api/review/" + DRAFT_ID).asReviewer().answers(200),
            get("/api/review/printing/broken-date").asReviewer().answers(409),
            get("/api/review/printing/no-such-article").asReviewer().answers(404),
            get("/api/review/" + DRAFT_ID).answers(401),
            get("/api/review/" + DRAFT_ID).asStaff().answers(403),
            get("/api/review/" + DRAFT_ID).asEditor().withRecordingOff().answers(503),
            post(EDITING + "/submit", null).asEditor().answers(200),
            post("/api/articles/printing/printer-offline/submit", null)
                    .asEditor()
                    .answers(409),
            post(NO_SUCH + "/submit", null).asEditor().answers(404),
            post(EDITING + "/submit", null).answers(401),
            post(EDITING + "/submit", null).asStaff().answers(403),
            post(EDITING + "/submit", null).asEditor().withRecordingOff().answers(503),
            post(EDITING + "/reject", "{}").asReviewer().answers(400),
            post(EDITING + "/reject", COMMENT).asReviewer().answers(200),
            post(EDITING + "/reject", COMMENT).asReviewer().answers(409),
            post(NO_SUCH + "/reject", COMMENT).asReviewer().answers(404),
            post(EDITING + "/reject", COMMENT).answers(401),
            post(EDITING + "/reject", COMMENT).asEditor().answers(403),
            post(EDITING + "/reject", COMMENT).asReviewer().withRecordingOff().answers(503),
            post(EDITING + "/submit", null).asEditor().answers(200),
            post(EDITING + "/approve", null).asEditor().answers(403),
            post(EDITING + "/approve", null).asReviewer().answers(200),
            post(EDITING + "/approve", null).asReviewer().answers(409),
            post(NO_SUCH + "/approve", null).asReviewer().answers(404),
            post(EDITING + "/approve", null).answers(401),
            post(EDITING + "/approve", null).asReviewer().withRecordingOff().answers(503),
            delete(EDITING).asEditor().answers(403),
            delete(EDITING).asReviewer().ifMatch("0000000000000000").answers(409),
            delete(NO_SUCH).asEditor().answers(404),
            delete(EDITING).answers(401),
            delete(EDITING).asStaff().answers(403),
            delete(EDITING).asEditor().withRecordingOff().answers(503),
            delete(EDITING).asReviewer().answers(200),
            post("/api/resolved-tickets", RESOLVED).asEditor().answers(201),
            post("/api/resolved-tickets", json(Map.of("title", "No fix given")))
                    .asEditor()
                    .answers(400),
            post("/api/resolved-tickets", json(Map.of("title", "x", "resolution", "y".repeat(70_000))))
                    .asEditor()
                    .answers(413),
            post("/api/resolved-tickets", RESOLVED).answers(401),
            post("/api/resolved-tickets", RESOLVED).asStaff().answers(403),
            post("/api/resolved-tickets", RESOLVED)
                    .asEditor()
                    .withRecordingOff()
                    .answers(503),
            get("/api/units").answers(200),
            get("/api/units").withAuthorization(WRONG_TOKEN).answers(401),
            put("/api/units", UNITS).asAdmin().ifMatchOf("/api/units").answers(200),
            put("/api/units", UNITS).asAdmin().ifMatch("0000000000000000").answers(409),
            put("/api/units", UNITS).asAdmin().answers(428),
            put("/api/units", "{\"units\": [{\"name\": \"x\"}]}")
                    .asAdmin()
                    .ifMatch("0")
                    .answers(400),
            put("/api/units", UNITS).ifMatch("0").answers(401),
            put("/api/units", UNITS).asEditor().ifMatch("0").answers(403),
            put("/api/units", UNITS).asAdmin().ifMatch("0").withRecordingOff().answers(503),
            get("/api/audit").asAdmin().answers(200),
            get("/api/audit?format=csv&limit=5").asAdmin().answers(200),
            get("/api/audit?limit=0").asAdmin().answers(400),
            get("/api/audit").answers(401),
            get("/api/audit").asStaff().answers(403),
            get("/api/audit").asAdmin().withRecordingOff().answers(503),
            get("/api/insights/deflection").asStaff().answers(200),
            get("/api/insights/deflection?format=csv").asStaff().answers(200),
            get("/api/insights/deflection?weeks=0").asStaff().answers(400),
            get("/api/insights/deflection").answers(401),
            get("/api/insights/deflection").asStaff().withRecordingOff().answers(503),
            get("/api/insights/articles?owner=" + encode(TestServer.STAFF_NAME))
                    .asStaff()
                    .answers(200),
            get("/api/insights/articles?format=csv").asStaff().answers(200),
            get("/api/insights/articles?format=xml").asStaff().answers(400),
            get("/api/insights/articles").answers(401),
            get("/api/insights/articles").asStaff().whileStarting().answers(503),
            get("/api/insights/attention").asStaff().answers(200),
            get("/api/insights/attention?format=csv").asStaff().answers(200),
            get("/api/insights/attention").withAuthorization(WRONG_TOKEN).answers(401),
            get("/api/insights/attention").asStaff().withRecordingOff().answers(503),
            get("/api/insights/unanswered").asStaff().answers(200),
            get("/api/insights/unanswered?format=csv").asStaff().answers(200),
            get("/api/insights/unanswered?days=99999").asStaff().answers(400),
            get("/api/insights/unanswered").answers(401),
            get("/api/insights/unanswered").asStaff().withRecordingOff().answers(503),
            get("/api/insights/owners").asStaff().answers(200),
            get("/api/insights/owners").answers(401),
            get("/api/insights/owners").asStaff().withRecordingOff().answers(503),
            get("/api/health").asStaff().answers(200),
            get("/api/health").asStaff().withRecordingOff().answers(200));

    @TempDir
    static Path temp;

    /** Ready, with a ticket address, an article without front matter, and one the index skips. */
    static TestServer ready;
    /** Listening, but its index not yet opened: health says "starting" and searches are a 503. */
    static FixbankServer starting;
    /**
     * Rate-limited to one anonymous request and one wrong token, both spent before the calls, and to the
     * feedback votes on one article that one address may give.
     */
    static TestServer limited;
    /** Started with --record off: no feedback, no insights. */
    static TestServer recordingOff;

    static OpenApiDocument document;

    @BeforeAll
    static void start() throws Exception {
        ready = TestServer.start(
                temp.resolve("ready"),
                config -> config.withPages(
                        new PageSettings(Optional.of(URI.create("https://servicedesk.example.org/tickets/new")))));
        ready.add(Map.of(
                "misc/bare-note.md", "Restart the label printer when it stops.\n",
                "printing/broken-date.md", "---\ntitle: Broken date\nupdated: 2026-13-01\n---\nText.\n"));
        starting = FixbankServer.listen(TestServer.config(temp.resolve("starting")));
        limited = TestServer.start(
                temp.resolve("limited"), config -> config.withRateLimits(new RateLimitSettings(true, 1, 1, 1)));
        limited.get("/api/search?q=printer");
        limited.getWithAuthorization("/api/me", WRONG_TOKEN);
        for (int vote = 0; vote < 3; vote++) {
            assertEquals(
                    201,
                    limited.post(
                                    "/api/feedback",
                                    VOTE.replace("}", ", \"session\": \"s" + vote + "-0123456789abcdef\"}"))
                            .status());
        }
        recordingOff = TestServer.start(
                temp.resolve("recording-off"),
                config -> config.withRecord(config.record().withOn(false)));
        document = OpenApiDocument.parse(ready.get("/api/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        if (starting != null) {
            starting.close();
        }
        if (limited != null) {
            limited.close();
        }
        if (recordingOff != null) {
            recordingOff.close();
        }
        if (ready != null) {
            ready.close();
        }
    }

    @Test
    void theDocumentIsValidOpenApi303() {
        assertEquals("3.0.3", document.version());
        assertEquals(List.of(), document.problems());
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerHasAStatusAndBodyTheDocumentDeclares() {
        return CALLS.stream()
                .map(call -> DynamicTest.dynamicTest(call.toString(), () -> {
                    ApiCall.Answer answer = call.send(
                            switch (call.server()) {
                                case READY -> ready.server.port();
                                case STARTING -> starting.port();
                                case LIMITED -> limited.server.port();
                                case RECORDING_OFF -> recordingOff.server.port();
                            });
                    String operation = document.operation(call.method(), call.path())
                            .orElseThrow(() -> new AssertionError("the document has no operation for " + call));
                    assertAll(
                            () -> assertEquals(call.status(), answer.status(), answer.toString()),
                            () -> assertEquals(
                                    List.of(),
                                    document.mismatches(
                                            operation, answer.status(), answer.contentType(), answer.body()),
                                    "how the answer differs from the document; it was " + answer));
                }));
    }

    @Test
    void everyEndpointTheServerRegistersHasACall() {
        Set<String> called =
                CALLS.stream().map(OpenApiConformanceTest::operation).collect(Collectors.toSet());
        List<String> served = ready.server.apiEndpoints().stream()
                .map(endpoint -> endpoint.replaceAll("<(\\w+)>", "{$1}"))
                .toList();
        assertNotEquals(List.of(), served);
        assertEquals(
                List.of(),
                served.stream().filter(endpoint -> !called.contains(endpoint)).toList(),
                "endpoints without a call in CALLS");
    }

    @Test
    void everyStatusTheDocumentDeclaresHasACall() {
        Set<String> reached = CALLS.stream()
                .map(call -> operation(call) + " " + call.status())
                .collect(Collectors.toSet());
        List<String> declared = document.operations().entrySet().stream()
                .flatMap(operation -> operation.getValue().stream().map(status -> operation.getKey() + " " + status))
                .toList();
        assertEquals(
                List.of(),
                declared.stream().filter(status -> !reached.contains(status)).toList(),
                "declared statuses no call in CALLS reaches");
    }

    /** The check itself refuses what the document does not describe, so a pass above means something. */
    @Test
    void answersTheDocumentDoesNotDescribeAreRefused() {
        String me = "{\"signedIn\": false, \"name\": null, \"roles\": []}";
        String search = "{\"total\": 1, \"tookMs\": 1, \"page\": 1, \"size\": 10,"
                + " \"facets\": {\"tags\": {}, \"systems\": {}}, \"hits\": [{\"score\": \"high\"}]}";
        assertEquals(List.of(), document.mismatches("GET /api/me", 200, "application/json", me));
        assertAll(
                () -> assertRefused("an undeclared status", "GET /api/me", 418, "application/json", me),
                () -> assertRefused("an undeclared content type", "GET /api/me", 200, "text/html", me),
                () -> assertRefused(
                        "a string for a boolean",
                        "GET /api/me",
                        200,
                        "application/json",
                        me.replace("false", "\"no\"")),
                () -> assertRefused(
                        "an undeclared field",
                        "GET /api/me",
                        200,
                        "application/json",
                        me.replace("}", ", \"token\": \"x\"}")),
                () -> assertRefused(
                        "a required field left out",
                        "GET /api/me",
                        200,
                        "application/json",
                        me.replace("\"name\": null, ", "")),
                () -> assertRefused(
                        "an error without its message, through a shared response",
                        "GET /api/search",
                        400,
                        "application/json",
                        "{\"field\": \"q\"}"),
                () -> assertRefused(
                        "a hit scored in words, through $ref", "GET /api/search", 200, "application/json", search));
    }

    private static void assertRefused(String what, String operation, int status, String contentType, String body) {
        assertNotEquals(
                List.of(), document.mismatches(operation, status, contentType, body), what + " was let through");
    }

    private static String operation(ApiCall call) {
        return document.operation(call.method(), call.path()).orElse("no operation in the document for " + call);
    }
}
