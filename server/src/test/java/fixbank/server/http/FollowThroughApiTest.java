package fixbank.server.http;

import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-through over real HTTP (#12): feedback, journeys and searches recorded, and read back on the
 * insights endpoints. Runs against each database engine for real: {@link FollowThroughSqliteTest} and
 * {@link FollowThroughPostgresTest} say which. Each test uses article and wording of its own, so they share
 * one server.
 */
abstract class FollowThroughApiTest {

    private static final String WRISTBAND = "printing/wristband-printer-blank";
    private static final String OFFLINE = "printing/printer-offline";
    private static final String LOCKED = "access/account-locked";

    @TempDir
    static Path temp;

    static TestServer server;

    /** Starts the shared server on the engine of the subclass. */
    static void start(UnaryOperator<ServerConfig> database) throws IOException {
        server = TestServer.start(temp.resolve("server"), database);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static TestServer.Reply vote(String articleId, boolean helpful, String reason, String session) {
        Map<String, Object> body =
                new HashMap<>(Map.of("articleId", articleId, "helpful", helpful, "session", session));
        if (reason != null) {
            body.put("reason", reason);
        }
        return server.post("/api/feedback", json(body));
    }

    /** Asks {@code ask} until its JSON satisfies {@code wanted}: recording is asynchronous. */
    static JsonNode await(Supplier<TestServer.Reply> ask, Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            TestServer.Reply reply = ask.get();
            assertEquals(200, reply.status(), reply.body());
            last = reply.json();
            if (wanted.test(last)) {
                return last;
            }
            sleep();
        }
        throw new AssertionError(what + " never came; last answer: " + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode articleUse(String id) {
        JsonNode all = server.getAsStaff("/api/insights/articles").json().get("articles");
        for (JsonNode article : all) {
            if (article.get("id").asText().equals(id)) {
                return article;
            }
        }
        throw new AssertionError(id + " is not among " + all);
    }

    @Test
    void aReadersRepeatedVotesCountOnceAndTheLastOneStands() {
        String reader = newId();
        TestServer.Reply first = vote(LOCKED, false, "did-not-work", reader);
        TestServer.Reply again = vote(LOCKED, false, "hard-to-follow", reader);
        TestServer.Reply other = vote(LOCKED, true, null, newId());
        assertAll(
                () -> assertEquals(201, first.status(), first.body()),
                () -> assertEquals(200, again.status(), again.body()),
                () -> assertEquals(201, other.status(), other.body()),
                () -> assertEquals("hard-to-follow", again.json().get("reason").asText()));
        JsonNode use = articleUse(LOCKED);
        assertAll(
                () -> assertEquals(1, use.get("helpful").asInt()),
                () -> assertEquals(1, use.get("notHelpful").asInt()),
                () -> assertEquals(1, use.get("reasons").get("hard-to-follow").asInt()),
                () -> assertFalse(use.get("reasons").has("did-not-work"), use.toString()));
    }

    @Test
    void aRewrittenArticleStartsAFreshTally() throws IOException {
        String id = "network/wifi-drops-" + newId().substring(0, 8);
        server.add(Map.of(
                id + ".md",
                TestServer.article("Wi-Fi drops on carts", "network", "Wi-Fi", "public", "published", "Reconnect.")));
        String before = server.get("/api/articles/" + id).json().get("version").asText();
        assertEquals(201, vote(id, false, "out-of-date", newId()).status());
        assertEquals(1, articleUse(id).get("notHelpful").asInt());

        server.add(Map.of(
                id + ".md",
                TestServer.article(
                        "Wi-Fi drops on carts",
                        "network",
                        "Wi-Fi",
                        "public",
                        "published",
                        "Forget the network, then reconnect.")));
        JsonNode use = articleUse(id);
        assertAll(
                () -> assertNotEquals(before, use.get("version").asText()),
                () -> assertEquals(0, use.get("notHelpful").asInt(), "the old version's vote no longer counts"));
    }

    @Test
    void feedbackOnAHiddenArticleIsTheSame404AsOnNoArticle() {
        for (String hidden : List.of("printing/print-server-spooler", "access/badge-tap-draft")) {
            TestServer.Reply anonymous =
                    server.post("/api/feedback", json(Map.of("articleId", hidden, "helpful", false)));
            TestServer.Reply unknown =
                    server.post("/api/feedback", json(Map.of("articleId", hidden + "x", "helpful", false)));
            assertAll(
                    () -> assertEquals(404, anonymous.status()),
                    () -> assertEquals(unknown.body().replace(hidden + "x", hidden), anonymous.body()));
            assertEquals(
                    201,
                    server.postAsStaff("/api/feedback", json(Map.of("articleId", hidden, "helpful", true)))
                            .status());
        }
    }

    @Test
    void badFeedbackIsRefusedNamingTheField() {
        Map<String, String> refusals = Map.of(
                json(Map.of("helpful", true)), "articleId",
                json(Map.of("articleId", WRISTBAND)), "helpful",
                json(Map.of("articleId", WRISTBAND, "helpful", true, "reason", "out-of-date")), "reason",
                json(Map.of("articleId", WRISTBAND, "helpful", false, "reason", "boring")), "reason",
                json(Map.of("articleId", WRISTBAND, "helpful", false, "comment", "x".repeat(1001))), "comment",
                json(Map.of("articleId", WRISTBAND, "helpful", false, "session", "me")), "session",
                json(Map.of("articleId", WRISTBAND, "helpful", false, "version", "v2")), "version");
        refusals.forEach((body, field) -> {
            TestServer.Reply reply = server.post("/api/feedback", body);
            assertEquals(400, reply.status(), body);
            assertEquals(field, reply.json().get("field").asText(), body);
        });
    }

    @Test
    void draftTicketsCountAsSolvedSentAnywayOrNeither() {
        JsonNode before = server.getAsStaff("/api/insights/deflection").json().get("totals");
        String solved = newId();
        String sent = newId();
        String neither = newId();
        for (String journey : List.of(solved, sent, neither)) {
            TestServer.Reply shown = server.post(
                    "/api/suggest",
                    json(Map.of("title", "wristband labels come out blank", "journey", journey, "source", "report")));
            assertEquals(
                    WRISTBAND, shown.json().get("suggestions").get(0).get("id").asText());
        }
        assertEquals(
                200,
                server.get("/api/articles/" + WRISTBAND + "?journey=" + solved).status());
        assertEquals(
                201,
                server.post(
                                "/api/feedback",
                                json(Map.of(
                                        "articleId",
                                        WRISTBAND,
                                        "helpful",
                                        true,
                                        "journey",
                                        solved,
                                        "session",
                                        newId())))
                        .status());
        assertEquals(
                200,
                server.get("/api/articles/" + WRISTBAND + "?journey=" + sent).status());
        assertEquals(204, server.post("/api/journeys/" + sent + "/sent", "{}").status());

        JsonNode after = await(
                () -> server.getAsStaff("/api/insights/deflection"),
                json -> json.get("totals").get("started").asLong()
                                == before.get("started").asLong() + 3
                        && json.get("totals").get("sentAnyway").asLong()
                                == before.get("sentAnyway").asLong() + 1,
                "three tickets started, one sent");
        JsonNode totals = after.get("totals");
        assertAll(
                () -> assertEquals(
                        before.get("solved").asLong() + 1, totals.get("solved").asLong()),
                () -> assertEquals(
                        before.get("noOutcome").asLong() + 1,
                        totals.get("noOutcome").asLong()),
                () -> assertEquals(12, after.get("weeks").size()),
                () -> assertEquals(
                        totals.get("started").asLong(),
                        after.get("weeks").get(11).get("started").asLong()));
        JsonNode use = articleUse(WRISTBAND);
        assertTrue(
                use.get("solved").asInt() >= 1
                        && use.get("shown").asInt() >= 3
                        && use.get("opened").asInt() >= 2
                        && use.get("sentAfterOpening").asInt() >= 1,
                use.toString());
    }

    @Test
    void theSameNeedTypedThreeWaysIsOneUnansweredQuestion() {
        for (String query : List.of(
                "zebra scanner beeps twice", "Zebra scanners beeping twice", "beeps twice, the zebra scanner")) {
            TestServer.Reply search = server.get("/api/search?explain=true&q=" + encode(query) + "&search=" + newId());
            assertEquals(0, search.json().get("total").asInt(), search.body());
        }
        JsonNode questions = await(
                () -> server.getAsStaff("/api/insights/unanswered"),
                json -> find(json, "zebra")
                        .map(q -> q.get("count").asInt() == 3)
                        .orElse(false),
                "one question asked three times");
        JsonNode question = find(questions, "zebra").orElseThrow();
        assertAll(
                () -> assertEquals("no-results", question.get("kind").asText()),
                () -> assertEquals(3, question.get("examples").size()),
                () -> assertEquals(
                        "beeps twice, the zebra scanner",
                        question.get("examples").get(0).asText(),
                        "newest first"));
    }

    @Test
    void patientDetailsAreScrubbedBeforeTheyAreStored() {
        String typed = "Kiosk frozen for patient MRN 12345678 DOB 12/03/1980 call 07700 900123 or jane.doe@example.org";
        server.get("/api/search?q=" + encode(typed) + "&search=" + newId());
        JsonNode questions = await(
                () -> server.getAsStaff("/api/insights/unanswered"),
                json -> find(json, "Kiosk").isPresent(),
                "the kiosk question");
        String stored = find(questions, "Kiosk").orElseThrow().get("wording").asText();
        assertAll(
                () -> assertFalse(stored.contains("12345678"), stored),
                () -> assertFalse(stored.contains("1980"), stored),
                () -> assertFalse(stored.contains("900123"), stored),
                () -> assertFalse(stored.contains("jane.doe"), stored),
                () -> assertTrue(stored.startsWith("Kiosk frozen for patient MRN [number]"), stored));
    }

    @Test
    void csvDownloadsCannotRunFormulas() {
        server.get("/api/search?q=" + encode("=HYPERLINK(\"http://evil.example\",\"quokka\")") + "&search=" + newId());
        await(
                () -> server.getAsStaff("/api/insights/unanswered"),
                json -> find(json, "quokka").isPresent(),
                "the formula");
        TestServer.Reply csv = server.getAsStaff("/api/insights/unanswered?format=csv");
        assertAll(
                () -> assertTrue(csv.raw()
                        .headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("text/csv")),
                () -> assertTrue(csv.raw()
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .contains("fixbank-unanswered.csv")),
                () -> assertTrue(csv.body().startsWith("kind,wording,count,examples,last asked\r\n"), csv.body()),
                () -> assertTrue(csv.body().contains("\"'=HYPERLINK("), csv.body()),
                () -> assertFalse(
                        csv.body().contains(",=HYPERLINK") || csv.body().contains("\"=HYPERLINK"), csv.body()));
    }

    @Test
    void ownersSeeTheirArticlesThatNeedAttention() throws IOException {
        String id = "network/vpn-" + newId().substring(0, 8);
        server.add(
                Map.of(
                        id + ".md",
                        "---\ntitle: VPN drops at night\nowner: Sam Okoro (Network)\nreview_by: 2020-01-01\n---\nReconnect.\n"));
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    201, vote(id, false, i == 0 ? "out-of-date" : null, newId()).status());
        }
        JsonNode mine = server.getAsStaff("/api/insights/attention?owner=" + encode("sam okoro (network)"))
                .json()
                .get("articles");
        JsonNode others = server.getAsStaff("/api/insights/attention?owner=" + encode(TestServer.STAFF_NAME))
                .json()
                .get("articles");
        assertAll(
                () -> assertEquals(1, mine.size(), mine.toString()),
                () -> assertEquals(
                        List.of("mostly-not-helpful", "out-of-date", "review-overdue"),
                        texts(mine.get(0).get("why"))),
                () -> assertFalse(others.toString().contains(id)),
                () -> assertTrue(
                        texts(server.getAsStaff("/api/insights/owners").json().get("owners"))
                                .contains("Sam Okoro (Network)")));
    }

    @Test
    void theOwnersDeskListsReviewsDueSoonChangesAwaitingReviewAndAnyNo() throws IOException {
        String owner = "Ria Patel (EHR " + newId().substring(0, 6) + ")";
        String prefix = "ehr/desk-" + newId().substring(0, 8);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        server.add(Map.of(
                prefix + "-soon.md",
                "---\ntitle: Soon " + prefix + "\nowner: " + owner + "\nreview_by: " + today.plusDays(10)
                        + "\n---\nText.\n",
                prefix + "-later.md",
                "---\ntitle: Later " + prefix + "\nowner: " + owner + "\nreview_by: " + today.plusDays(60)
                        + "\n---\nText.\n",
                prefix + "-pending.md",
                "---\ntitle: Pending " + prefix + "\nowner: " + owner + "\nstatus: review\nreview_by: "
                        + today.plusDays(90) + "\n---\nText.\n",
                prefix + "-disliked.md",
                "---\ntitle: Disliked " + prefix + "\nowner: " + owner + "\nreview_by: " + today.plusDays(90)
                        + "\n---\nText.\n"));
        assertEquals(
                201, vote(prefix + "-disliked", false, "did-not-work", newId()).status());

        JsonNode desk = server.getAsStaff("/api/insights/attention?owner=" + encode(owner))
                .json()
                .get("articles");

        Map<String, List<String>> why = new HashMap<>();
        desk.forEach(article -> why.put(article.get("id").asText(), texts(article.get("why"))));
        assertEquals(
                Map.of(
                        prefix + "-soon", List.of("review-due-soon"),
                        prefix + "-pending", List.of("pending-review"),
                        prefix + "-disliked", List.of("negative-feedback")),
                why,
                "the review 60 days away is not due yet: " + desk);
    }

    /** Suggests for a draft ticket named {@code journey}, as the report page does. */
    private static void draft(String journey, String title, String description) {
        TestServer.Reply shown = server.post(
                "/api/suggest",
                json(Map.of("title", title, "description", description, "journey", journey, "source", "report")));
        assertEquals(200, shown.status(), shown.body());
    }

    /** Votes {@code articleId} helpful for {@code journey} until the recorded ticket has taught it {@code word}. */
    private static JsonNode teach(String articleId, String journey, String session, String word) {
        return teach(articleId, journey, session, word, 1);
    }

    /** Votes as {@link #teach}, until {@code word} has been taught by {@code voters} people. */
    private static JsonNode teach(String articleId, String journey, String session, String word, int voters) {
        return await(
                () -> {
                    TestServer.Reply vote = server.post(
                            "/api/feedback",
                            json(Map.of(
                                    "articleId", articleId, "helpful", true, "journey", journey, "session", session)));
                    assertTrue(vote.status() == 200 || vote.status() == 201, vote.body());
                    return server.getAsStaff("/api/learned/" + articleId);
                },
                learned -> learnedWord(learned, word)
                        .filter(taught -> taught.get("voters").asInt() >= voters)
                        .isPresent(),
                word + " learned for " + articleId + " from " + voters);
    }

    private static Optional<JsonNode> learnedWord(JsonNode learned, String word) {
        for (JsonNode taught : learned.get("words")) {
            if (taught.get("word").asText().equals(word)) {
                return Optional.of(taught);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> suggestion(JsonNode answer, String id) {
        for (JsonNode suggestion : answer.get("suggestions")) {
            if (suggestion.get("id").asText().equals(id)) {
                return Optional.of(suggestion);
            }
        }
        return Optional.empty();
    }

    @Test
    void aFixThatHelpedLearnsTheTicketsWordsAndLiftsItForTheNextTicketInThem() {
        String ticket = "wristband labels blank, the sticker machine keeps spitting";
        Map<String, Object> later = Map.of("title", ticket, "limit", 5, "explain", true);
        JsonNode before = server.postAsStaff("/api/suggest", json(later)).json();
        String journey = newId();
        draft(journey, ticket, "ward 5");

        JsonNode learned = teach(WRISTBAND, journey, newId(), "spit");

        JsonNode spit = learnedWord(learned, "spit").orElseThrow();
        assertEquals(1, spit.get("voters").asInt());
        assertEquals(0.25, spit.get("strength").asDouble(), 1e-6, "one anonymous person counts a quarter");
        assertTrue(learnedWord(learned, "ward").isPresent(), "every telling word of the ticket: " + learned);
        assertFalse(learnedWord(learned, "the").isPresent(), "no function words: " + learned);
        JsonNode after = server.postAsStaff("/api/suggest", json(later)).json();
        JsonNode lifted = suggestion(after, WRISTBAND).orElseThrow();
        assertTrue(
                lifted.get("score").asDouble()
                        > suggestion(before, WRISTBAND)
                                .orElseThrow()
                                .get("score")
                                .asDouble(),
                "the learned words lift it: " + before + " then " + after);
        List<String> how = new ArrayList<>();
        lifted.get("why").get("words").forEach(word -> how.add(word.get("how").asText()));
        assertTrue(how.contains("learned"), "why says so: " + lifted.get("why"));
    }

    @Test
    void noAmountOfTeachingMakesAnArticleComeUpForATicketSharingNoWordWithIt() throws IOException {
        String target = "phones/desk-phone-" + newId().substring(0, 8);
        server.add(Map.of(
                target + ".md",
                TestServer.article(
                        "Desk phone has no dial tone", "phones", "Cisco", "public", "published", "Replug the cable.")));
        String poison = "toner cartridge smudged";
        for (int i = 1; i <= 8; i++) {
            String journey = newId();
            draft(journey, poison, "");
            teach(target, journey, newId(), "toner", i);
        }
        JsonNode toner = learnedWord(server.getAsStaff("/api/learned/" + target).json(), "toner")
                .orElseThrow();
        assertEquals(8, toner.get("voters").asInt());
        assertEquals(0.5, toner.get("strength").asDouble(), 1e-6, "anonymous votes together count half at most");
        JsonNode answer = server.postAsStaff("/api/suggest", json(Map.of("title", poison, "limit", 10)))
                .json();
        assertTrue(suggestion(answer, target).isEmpty(), "the article shares no word with the ticket: " + answer);
    }

    @Test
    void wordsLearnedForAnInternalArticleNeverShowItToAnonymousCallers() {
        String spooler = "printing/print-server-spooler";
        String ticket = "every printer on the ward offline, spooler stuck";
        String journey = newId();
        TestServer.Reply shown = server.postAsStaff(
                "/api/suggest", json(Map.of("title", ticket, "journey", journey, "source", "report")));
        assertEquals(200, shown.status(), shown.body());
        await(
                () -> {
                    server.postAsStaff(
                            "/api/feedback", json(Map.of("articleId", spooler, "helpful", true, "journey", journey)));
                    return server.getAsStaff("/api/learned/" + spooler);
                },
                learned -> learnedWord(learned, "spooler").isPresent(),
                "spooler learned");
        JsonNode anonymous = server.post("/api/suggest", json(Map.of("title", ticket, "limit", 10)))
                .json();
        assertTrue(suggestion(anonymous, spooler).isEmpty(), anonymous.toString());
        assertEquals(401, server.get("/api/learned/" + spooler).status(), "and anonymous callers cannot read them");
    }

    @Test
    void editorsClearWhatAnArticleLearnedAndAReaderTakesTheirWordsBackWithANo() {
        String journey = newId();
        draft(journey, "printer says offline, nothing comes out of the cupboard printer", "");
        String session = newId();
        teach(OFFLINE, journey, session, "cupboard");
        TestServer.Reply no = server.post(
                "/api/feedback",
                json(Map.of("articleId", OFFLINE, "helpful", false, "journey", journey, "session", session)));
        assertEquals(200, no.status(), no.body());
        assertTrue(learnedWord(server.getAsStaff("/api/learned/" + OFFLINE).json(), "cupboard")
                .isEmpty());

        teach(OFFLINE, journey, newId(), "cupboard");
        assertEquals(403, server.deleteAsStaff("/api/learned/" + OFFLINE).status(), "staff only read");
        TestServer.Reply cleared =
                server.send("DELETE", "/api/learned/" + OFFLINE, TestServer.EDITOR_TOKEN, null, Map.of());
        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(cleared.json().get("cleared").asInt() > 0, cleared.body());
        assertEquals(
                0,
                server.getAsStaff("/api/learned/" + OFFLINE).json().get("words").size());

        JsonNode newest =
                server.getAsAdmin("/api/audit?limit=1").json().get("entries").get(0);
        assertEquals(TestServer.EDITOR_NAME, newest.get("actor").asText(), newest.toString());
        assertEquals("clear-learned", newest.get("action").asText());
        assertEquals(OFFLINE, newest.get("articleId").asText());
        assertEquals(
                cleared.json().get("cleared").asInt() + " taught words",
                newest.get("detail").asText());
        assertEquals(403, server.getAsStaff("/api/audit").status(), "the audit log is for admins");
    }

    @Test
    void staffSeeHowRecordingGoesOnHealth() {
        JsonNode recording = server.getAsStaff("/api/health").json().get("recording");
        assertAll(
                () -> assertTrue(recording.get("on").asBoolean()),
                () -> assertEquals(0, recording.get("dropped").asInt()),
                () -> assertFalse(
                        server.get("/api/health").json().has("recording"), "anonymous callers do not see it"));
    }

    static Optional<JsonNode> find(JsonNode questions, String word) {
        for (JsonNode question : questions.get("questions")) {
            if (question.get("wording").asText().contains(word)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
