package fixbank.server.http;

import static fixbank.server.http.TestServer.EDITOR_NAME;
import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.REVIEWER_NAME;
import static fixbank.server.http.TestServer.REVIEWER_TOKEN;
import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing, reviewing and publishing articles over real HTTP (#14): drafts reach only staff, a change to a
 * published article stays invisible until approved, authors cannot approve their own revisions, conflicting
 * saves and hand edits are reported instead of overwritten, and each step is in the audit log. Runs on both
 * database engines, since the audit log says who wrote what.
 */
abstract class EditingApiTest {

    @TempDir
    static Path temp;

    static TestServer server;

    static void start(UnaryOperator<ServerConfig> database) throws IOException {
        server = TestServer.start(temp.resolve("server"), database);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A word no other article holds, so searches for it find only the article under test. */
    private static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> draft(String title, String symptoms) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", title);
        draft.put("summary", "What to do when " + title.toLowerCase() + ".");
        draft.put("tags", List.of("printing", "labels"));
        draft.put("systems", List.of("Zebra ZD621"));
        draft.put("visibility", "public");
        draft.put("review_by", "2099-01-31");
        draft.put("symptoms", symptoms);
        draft.put("cause", "The ribbon is loaded inside out.");
        draft.put("resolution", "1. Open the lid.\n2. Turn the ribbon over.");
        return draft;
    }

    static TestServer.Reply create(String token, Map<String, Object> draft) {
        return server.send("POST", "/api/articles", token, json(draft), Map.of());
    }

    static TestServer.Reply save(String token, String id, String version, Map<String, Object> draft) {
        return server.send("PUT", "/api/articles/" + id, token, json(draft), Map.of("If-Match", '"' + version + '"'));
    }

    static TestServer.Reply step(String token, String id, String action) {
        return server.send("POST", "/api/articles/" + id + "/" + action, token, null, Map.of());
    }

    static TestServer.Reply reject(String token, String id, String comment) {
        return server.send(
                "POST", "/api/articles/" + id + "/reject", token, json(Map.of("comment", comment)), Map.of());
    }

    static JsonNode source(String id) {
        TestServer.Reply reply = server.send("GET", "/api/edit/" + id, EDITOR_TOKEN, null, Map.of());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    static boolean anonymousSearchFinds(String word, String id) {
        JsonNode hits = server.get("/api/search?q=" + encode(word)).json().get("hits");
        for (JsonNode hit : hits) {
            if (hit.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    static boolean anonymousSuggestFinds(String words, String id) {
        JsonNode suggestions = server.post("/api/suggest", json(Map.of("title", words, "description", words)))
                .json()
                .get("suggestions");
        for (JsonNode suggestion : suggestions) {
            if (suggestion.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    static String created(TestServer.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asText();
    }

    static List<String> auditActions(String id) {
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : server.getAsAdmin("/api/audit").json().get("entries")) {
            if (entry.get("articleId").asText().equals(id)) {
                actions.add(
                        0,
                        entry.get("action").asText() + " by "
                                + entry.get("actor").asText());
            }
        }
        return actions;
    }

    @Test
    void aDraftReachesReadersOnlyOnceAnotherPersonApprovesIt() throws IOException {
        String word = unique();
        String id = created(create(EDITOR_TOKEN, draft("Label printer prints " + word, "Labels come out " + word)));

        assertAll(
                () -> assertEquals(404, server.get("/api/articles/" + id).status()),
                () -> assertEquals(
                        "draft",
                        server.getAsStaff("/api/articles/" + id)
                                .json()
                                .get("status")
                                .asText()),
                () -> assertFalse(anonymousSearchFinds(word, id)),
                () -> assertFalse(anonymousSuggestFinds("label printer " + word, id)));

        TestServer.Reply submitted = step(EDITOR_TOKEN, id, "submit");
        assertEquals("review", submitted.json().get("status").asText(), submitted.body());
        assertFalse(anonymousSearchFinds(word, id));

        TestServer.Reply approved = step(REVIEWER_TOKEN, id, "approve");
        assertEquals(200, approved.status(), approved.body());
        String file = Files.readString(server.articles.resolve(id + ".md"));
        assertAll(
                () -> assertEquals("published", approved.json().get("status").asText()),
                () -> assertTrue(anonymousSearchFinds(word, id)),
                () -> assertTrue(anonymousSuggestFinds("label printer " + word, id)),
                () -> assertTrue(file.contains("\nstatus: published\n"), file),
                () -> assertTrue(file.contains("\napproved_by: " + REVIEWER_NAME + "\n"), file),
                () -> assertTrue(file.contains("\napproved: " + LocalDate.now() + "\n"), file),
                () -> assertTrue(file.contains("\nowner: " + EDITOR_NAME + "\n"), file),
                () -> assertTrue(file.contains("\n## Symptoms\n\nLabels come out " + word + "\n"), file),
                () -> assertEquals(
                        List.of("create by " + EDITOR_NAME, "submit by " + EDITOR_NAME, "approve by " + REVIEWER_NAME),
                        auditActions(id)));
    }

    @Test
    void theAuthorOfARevisionCannotApproveIt() {
        String id = created(create(REVIEWER_TOKEN, draft("Scanner beeps twice " + unique(), "It beeps twice.")));
        step(REVIEWER_TOKEN, id, "submit");

        TestServer.Reply own = step(REVIEWER_TOKEN, id, "approve");
        TestServer.Reply detail = server.send("GET", "/api/review/" + id, REVIEWER_TOKEN, null, Map.of());
        assertAll(
                () -> assertEquals(403, own.status(), own.body()),
                () -> assertTrue(own.json().get("error").asText().contains("another reviewer"), own.body()),
                () -> assertFalse(detail.json().get("mayApprove").asBoolean()),
                () -> assertEquals("review", source(id).get("status").asText()));

        TestServer.Reply other = step(TestServer.ADMIN_TOKEN, id, "approve");
        assertEquals(200, other.status(), other.body());
    }

    @Test
    void aChangeToAPublishedArticleStaysInvisibleUntilApproved() throws IOException {
        String id = "printing/wristband-printer-blank";
        String before = Files.readString(server.articles.resolve(id + ".md"));
        String word = unique();
        JsonNode opened = source(id);
        Map<String, Object> change = draft("Wristband printer prints blank labels", "The labels are blank " + word);

        TestServer.Reply saved = save(EDITOR_TOKEN, id, opened.get("version").asText(), change);
        assertAll(
                () -> assertEquals(200, saved.status(), saved.body()),
                () -> assertTrue(saved.json().get("change").asBoolean()),
                () -> assertEquals(before, Files.readString(server.articles.resolve(id + ".md"))),
                () -> assertTrue(Files.exists(server.articles.resolve(".pending/" + id + ".md"))),
                () -> assertFalse(anonymousSearchFinds(word, id)),
                () -> assertFalse(
                        server.getAsStaff("/api/articles/" + id).body().contains(word)),
                () -> assertTrue(
                        source(id).get("fields").get("symptoms").asText().contains(word)));

        TestServer.Reply diff = server.send("GET", "/api/review/" + id, REVIEWER_TOKEN, null, Map.of());
        assertTrue(
                diff.body().contains("{\"kind\":\"added\",\"text\":\"The labels are blank " + word + "\"}"),
                diff.body());

        step(EDITOR_TOKEN, id, "submit");
        assertFalse(anonymousSearchFinds(word, id));
        TestServer.Reply approved = step(REVIEWER_TOKEN, id, "approve");
        assertAll(
                () -> assertEquals(200, approved.status(), approved.body()),
                () -> assertTrue(anonymousSearchFinds(word, id)),
                () -> assertFalse(Files.exists(server.articles.resolve(".pending/" + id + ".md"))),
                () -> assertFalse(source(id).get("change").asBoolean()));
    }

    @Test
    void aSubmittedChangeIsOnItsOwnersDeskAsAwaitingReview() {
        String id = "access/account-locked";
        String owner = TestServer.STAFF_NAME;
        TestServer.Reply saved =
                save(EDITOR_TOKEN, id, source(id).get("version").asText(), draft("Account locked out", "Locked."));
        step(EDITOR_TOKEN, id, "submit");
        String desk = server.getAsStaff("/api/insights/attention?owner=" + encode(owner))
                .body();
        server.send("DELETE", "/api/articles/" + id, EDITOR_TOKEN, null, Map.of());
        String after = server.getAsStaff("/api/insights/attention?owner=" + encode(owner))
                .body();
        assertAll(
                () -> assertEquals(200, saved.status(), saved.body()),
                () -> assertTrue(desk.matches(".*\"id\":\"" + id + "\".*\"pending-review\".*"), desk),
                () -> assertFalse(after.matches(".*\"id\":\"" + id + "\"[^}]*\"pending-review\".*"), after));
    }

    @Test
    void aSecondSaveFromTheSameVersionIsAConflictWithBothVersions() throws IOException {
        String id = created(create(EDITOR_TOKEN, draft("Badge reader ignores cards " + unique(), "Nothing happens.")));
        String version = source(id).get("version").asText();

        TestServer.Reply first = save(EDITOR_TOKEN, id, version, draft("Badge reader ignores cards", "First editor."));
        String afterFirst = Files.readString(server.articles.resolve(id + ".md"));
        TestServer.Reply second =
                save(REVIEWER_TOKEN, id, version, draft("Badge reader ignores cards", "Second editor."));

        assertAll(
                () -> assertEquals(200, first.status(), first.body()),
                () -> assertEquals(409, second.status(), second.body()),
                () -> assertEquals(
                        "First editor.",
                        second.json()
                                .get("current")
                                .get("fields")
                                .get("symptoms")
                                .asText()),
                () -> assertEquals(
                        first.json().get("version").asText(),
                        second.json().get("current").get("version").asText()),
                () -> assertEquals(
                        "Second editor.",
                        second.json().get("yours").get("symptoms").asText()),
                () -> assertEquals(afterFirst, Files.readString(server.articles.resolve(id + ".md"))));

        Map<String, Object> noOwner = draft("Badge reader ignores cards", "First editor.");
        noOwner.put("owner", "");
        TestServer.Reply kept =
                save(REVIEWER_TOKEN, id, first.json().get("version").asText(), noOwner);
        assertEquals(EDITOR_NAME, source(id).get("fields").get("owner").asText(), "a blank owner keeps the owner");

        TestServer.Reply merged = save(
                REVIEWER_TOKEN,
                id,
                kept.json().get("version").asText(),
                draft("Badge reader ignores cards", "Both editors."));
        assertEquals(200, merged.status(), merged.body());
    }

    @Test
    void aHandEditOrGitPullIsReportedNotOverwritten() throws IOException {
        String id = created(create(EDITOR_TOKEN, draft("Monitor flickers " + unique(), "It flickers.")));
        String version = source(id).get("version").asText();
        Path file = server.articles.resolve(id + ".md");
        String byHand = Files.readString(file).replace("It flickers.", "It flickers when the cart moves.");
        Files.writeString(file, byHand);

        TestServer.Reply reply = save(EDITOR_TOKEN, id, version, draft("Monitor flickers", "Overwrite attempt."));
        assertAll(
                () -> assertEquals(409, reply.status(), reply.body()),
                () -> assertEquals(byHand, Files.readString(file)),
                () -> assertEquals(
                        "It flickers when the cart moves.",
                        reply.json()
                                .get("current")
                                .get("fields")
                                .get("symptoms")
                                .asText()));
    }

    @Test
    void aChangeWrittenAgainstAnOlderPublishedTextCannotBeApprovedOverIt() throws IOException {
        String id = "printing/printer-offline";
        save(EDITOR_TOKEN, id, source(id).get("version").asText(), draft("Printer shows offline", "Proposed text."));
        step(EDITOR_TOKEN, id, "submit");
        Path published = server.articles.resolve(id + ".md");
        String pulled = Files.readString(published).replace("Check the network cable.", "Check the cable and port.");
        Files.writeString(published, pulled);

        TestServer.Reply approve = step(REVIEWER_TOKEN, id, "approve");
        assertAll(
                () -> assertEquals(409, approve.status(), approve.body()),
                () -> assertEquals(pulled, Files.readString(published)),
                () -> assertTrue(
                        approve.json()
                                .get("current")
                                .get("fields")
                                .get("resolution")
                                .asText()
                                .contains("cable and port"),
                        approve.body()));

        reject(REVIEWER_TOKEN, id, "Merge the cable change from Git first.");
        JsonNode change = source(id);
        TestServer.Reply rebased = save(
                EDITOR_TOKEN, id, change.get("publishedVersion").asText(), draft("Printer shows offline", "Merged."));
        assertEquals(200, rebased.status(), rebased.body());
        step(EDITOR_TOKEN, id, "submit");
        assertEquals(200, step(REVIEWER_TOKEN, id, "approve").status());
    }

    @Test
    void sendingBackNeedsACommentAndShowsItToTheAuthorScrubbed() {
        String id = created(create(EDITOR_TOKEN, draft("Dictation app freezes " + unique(), "It freezes.")));
        step(EDITOR_TOKEN, id, "submit");

        TestServer.Reply empty = reject(REVIEWER_TOKEN, id, "  ");
        TestServer.Reply sent = reject(REVIEWER_TOKEN, id, "Say which ward; the example names MRN 12345678.");
        JsonNode sentBack = source(id).get("sentBack");
        assertAll(
                () -> assertEquals(400, empty.status(), empty.body()),
                () -> assertEquals(200, sent.status(), sent.body()),
                () -> assertEquals("draft", sent.json().get("status").asText()),
                () -> assertEquals(REVIEWER_NAME, sentBack.get("by").asText()),
                () -> assertEquals(
                        "Say which ward; the example names MRN [number].",
                        sentBack.get("comment").asText()),
                () -> assertEquals(409, step(REVIEWER_TOKEN, id, "approve").status()),
                () -> assertTrue(auditActions(id).contains("reject by " + REVIEWER_NAME)));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws IOException {
        List<Path> before = files();
        Map<String, Object> noTitle = draft("", "Text.");
        Map<String, Object> pathLike = draft("Sneaky", "Text.");
        pathLike.put("id", "../../etc/passwd");
        Map<String, Object> hidden = draft("Sneaky", "Text.");
        hidden.put("id", ".pending/printing/x");
        Map<String, Object> tooLong = draft("Long", "x".repeat(50_000));
        Map<String, Object> badDate = draft("Bad date", "Text.");
        badDate.put("review_by", "next week");

        assertAll(
                () -> assertEquals(400, create(EDITOR_TOKEN, noTitle).status()),
                () -> assertEquals(
                        "title",
                        create(EDITOR_TOKEN, noTitle).json().get("field").asText()),
                () -> assertEquals(400, create(EDITOR_TOKEN, pathLike).status()),
                () -> assertEquals(400, create(EDITOR_TOKEN, hidden).status()),
                () -> assertEquals(400, create(EDITOR_TOKEN, tooLong).status()),
                () -> assertEquals(
                        413,
                        create(EDITOR_TOKEN, draft("Huge", "x".repeat(70_000))).status()),
                () -> assertEquals(
                        "review_by",
                        create(EDITOR_TOKEN, badDate).json().get("field").asText()),
                () -> assertEquals(
                        404,
                        save(EDITOR_TOKEN, "../outside", "0", draft("X", "Y")).status()),
                () -> assertEquals(
                        404,
                        save(EDITOR_TOKEN, "printing/no-such", "0", draft("X", "Y"))
                                .status()),
                () -> assertEquals(
                        428,
                        server.send(
                                        "PUT",
                                        "/api/articles/printing/printer-offline",
                                        EDITOR_TOKEN,
                                        json(draft("X", "Y")),
                                        Map.of())
                                .status()));
        assertEquals(before, files());
    }

    @Test
    void editorsDeleteDraftsAndChangesButOnlyReviewersDeletePublishedArticles() throws IOException {
        String id = created(create(EDITOR_TOKEN, draft("Old kiosk " + unique(), "Gone.")));
        assertEquals(
                200,
                server.send("DELETE", "/api/articles/" + id, EDITOR_TOKEN, null, Map.of())
                        .status());
        assertFalse(Files.exists(server.articles.resolve(id + ".md")));

        String published = created(create(EDITOR_TOKEN, draft("Retired printer " + unique(), "Retired.")));
        step(EDITOR_TOKEN, published, "submit");
        step(REVIEWER_TOKEN, published, "approve");
        TestServer.Reply byEditor = server.send("DELETE", "/api/articles/" + published, EDITOR_TOKEN, null, Map.of());
        TestServer.Reply byReviewer =
                server.send("DELETE", "/api/articles/" + published, REVIEWER_TOKEN, null, Map.of());
        assertAll(
                () -> assertEquals(403, byEditor.status(), byEditor.body()),
                () -> assertEquals(200, byReviewer.status(), byReviewer.body()),
                () -> assertEquals(
                        404, server.getAsStaff("/api/articles/" + published).status()),
                () -> assertEquals(
                        "delete by " + REVIEWER_NAME,
                        auditActions(published).get(auditActions(published).size() - 1)));
    }

    @Test
    void theQueueListsNewArticlesAndChangesSubmittedFirst() {
        String fresh = created(create(EDITOR_TOKEN, draft("Queue check " + unique(), "Waiting.")));
        step(EDITOR_TOKEN, fresh, "submit");
        JsonNode items = server.send("GET", "/api/review", REVIEWER_TOKEN, null, Map.of())
                .json()
                .get("items");
        JsonNode mine = null;
        boolean draftBeforeReview = false;
        boolean seenDraft = false;
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(fresh)) {
                mine = item;
            }
            seenDraft |= item.get("status").asText().equals("draft");
            draftBeforeReview |= seenDraft && item.get("status").asText().equals("review");
        }
        JsonNode found = mine;
        boolean ordered = !draftBeforeReview;
        assertAll(
                () -> assertTrue(found != null, items.toString()),
                () -> assertEquals("review", found.get("status").asText()),
                () -> assertEquals(
                        List.of(EDITOR_NAME),
                        List.of(found.get("authors").get(0).asText())),
                () -> assertTrue(ordered, items.toString()));
    }

    private static final String UNITS =
            "- unit: Ward 7 (Cardiology)\n  contact: Sam Okoro, clinical systems\n  phone: bleep 4455\n";

    @Test
    void unitsMustBeOnesUnitsYamlListsAndAreWrittenAsItNamesThem() throws IOException {
        server.add(Map.of("units.yaml", UNITS));
        Map<String, Object> unknown = draft("Telemetry box " + unique(), "No signal.");
        unknown.put("units", List.of("Ward 99"));
        Map<String, Object> known = draft("Telemetry box " + unique(), "No signal.");
        known.put("units", List.of("WARD 7 (cardiology)"));

        TestServer.Reply refused = create(EDITOR_TOKEN, unknown);
        String id = created(create(EDITOR_TOKEN, known));
        assertAll(
                () -> assertEquals(400, refused.status()),
                () -> assertEquals("units", refused.json().get("field").asText()),
                () -> assertTrue(refused.json().get("error").asText().contains("Ward 7 (Cardiology)"), refused.body()),
                () -> assertTrue(Files.readString(server.articles.resolve(id + ".md"))
                        .contains("\nunits: [Ward 7 (Cardiology)]\n")));
    }

    @Test
    void aResolvedTicketBecomesAScrubbedDraftOwnedByTheUnitsPointPerson() throws IOException {
        server.add(Map.of("units.yaml", UNITS));
        String word = unique();
        Map<String, Object> ticket = Map.of(
                "title", "Obs tablet will not sync " + word,
                "description", "Patient MRN 12345678 (DOB 12/03/1980): the obs tablet says 'sync failed'.",
                "resolution", "Re-paired the tablet with base station 10.20.30.40 and restarted the Vitals app.",
                "unit", "ward 7 (cardiology)");

        TestServer.Reply reply = server.send("POST", "/api/resolved-tickets", EDITOR_TOKEN, json(ticket), Map.of());
        String id = created(reply);
        JsonNode fields = source(id).get("fields");
        String file = Files.readString(server.articles.resolve(id + ".md"));
        JsonNode queue = server.send("GET", "/api/review", REVIEWER_TOKEN, null, Map.of())
                .json();
        assertAll(
                () -> assertEquals("draft", reply.json().get("status").asText()),
                () -> assertEquals(
                        "Patient MRN [number] (DOB [date]): the obs tablet says 'sync failed'.",
                        fields.get("symptoms").asText()),
                () -> assertTrue(fields.get("resolution").asText().contains("10.20.30.40"), fields.toString()),
                () -> assertEquals(
                        "Sam Okoro, clinical systems", fields.get("owner").asText()),
                () -> assertEquals(
                        "Ward 7 (Cardiology)", fields.get("units").get(0).asText()),
                () -> assertEquals("internal", fields.get("visibility").asText()),
                () -> assertFalse(file.contains("12345678"), file),
                () -> assertTrue(queue.toString().contains("\"id\":\"" + id + "\""), queue.toString()),
                () -> assertEquals(404, server.get("/api/articles/" + id).status()),
                () -> assertTrue(auditActions(id).contains("create by " + EDITOR_NAME)));

        Map<String, Object> unknownUnit = new HashMap<>(ticket);
        unknownUnit.put("unit", "Nowhere ward");
        String other = created(server.send("POST", "/api/resolved-tickets", EDITOR_TOKEN, json(unknownUnit), Map.of()));
        assertEquals(EDITOR_NAME, source(other).get("fields").get("owner").asText());
        Map<String, Object> noResolution = new HashMap<>(ticket);
        noResolution.remove("resolution");
        TestServer.Reply refused =
                server.send("POST", "/api/resolved-tickets", EDITOR_TOKEN, json(noResolution), Map.of());
        assertEquals("resolution", refused.json().get("field").asText(), refused.body());
    }

    @Test
    void thePreviewIsRenderedAndSanitisedAsTheArticlePageIs() {
        Map<String, Object> draft = draft("Preview", "**bold** [x](javascript:alert(1))\n\n<script>alert(1)</script>");
        TestServer.Reply preview = server.send("POST", "/api/preview", EDITOR_TOKEN, json(draft), Map.of());
        String html = preview.json().get("html").asText();
        assertAll(
                () -> assertEquals(200, preview.status(), preview.body()),
                () -> assertTrue(html.contains("<strong>bold</strong>"), html),
                () -> assertTrue(html.contains("&lt;script&gt;"), html),
                () -> assertFalse(html.contains("href=\"javascript"), html),
                () -> assertFalse(html.contains("<script"), html),
                () -> assertTrue(html.contains("<h2>Symptoms</h2>"), html));
    }

    @Test
    void unknownFrontMatterKeysAndExtraSectionsSurviveAnEdit() throws IOException {
        String id = "access/hand-written-" + unique();
        server.add(Map.of(
                id + ".md",
                "---\ntitle: Hand written\nms.date: 2024-01-02\nauthor: someone # from DocFX\nstatus: draft\n---\n"
                        + "# Hand written\n\nIntro line.\n\n## Symptoms\nOld.\n\n## Resolution\nDo it.\n\n"
                        + "## If this did not help\nCall x4357.\n"));
        JsonNode opened = source(id);
        Map<String, Object> edited = new HashMap<>();
        opened.get("fields")
                .fields()
                .forEachRemaining(field -> edited.put(
                        field.getKey(),
                        field.getValue().isArray()
                                ? jsonList(field.getValue())
                                : field.getValue().asText()));
        edited.put("symptoms", "New.");
        assertEquals(
                200,
                save(EDITOR_TOKEN, id, opened.get("version").asText(), edited).status());
        String file = Files.readString(server.articles.resolve(id + ".md"));
        assertAll(
                () -> assertTrue(file.contains("\nms.date: 2024-01-02\n"), file),
                () -> assertTrue(file.contains("\nauthor: someone # from DocFX\n"), file),
                () -> assertTrue(file.contains("\nIntro line.\n"), file),
                () -> assertTrue(file.contains("## Symptoms\n\nNew.\n"), file),
                () -> assertTrue(file.contains("Do it.\n\n## If this did not help\nCall x4357.\n"), file));
    }

    private static List<String> jsonList(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(server.articles)) {
            return all.sorted().toList();
        }
    }
}
