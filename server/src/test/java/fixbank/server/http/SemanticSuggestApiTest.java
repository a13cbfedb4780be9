package fixbank.server.http;

import static fixbank.server.http.TestServer.article;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.indexer.schema.ArticleFields;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with {@code --semantic on}, over real HTTP, beside one ranking by words alone. */
class SemanticSuggestApiTest {

    /** Both titles hold "account", the ticket's only telling word, once in as many words: a tie on words. */
    private static final Map<String, String> TIED = Map.of(
            "access/sign-in-fails.md",
            article("Sign-in to account fails", "access", "", "public", "published", "The sign-in page errors."),
            "access/account-name-wrong.md",
            article("Wrong name on account", "access", "", "public", "published", "The page shows another name."));

    private static final String TICKET = "I can't get into my account";

    @TempDir
    static Path temp;

    private static TestServer semantic;
    private static TestServer words;

    @BeforeAll
    static void start() throws Exception {
        // A tie by words is a weak lead, which the confidence cut-off would withhold: these compare order only.
        semantic = TestServer.start(
                temp.resolve("semantic"),
                config -> config.withSearch(config.search().withSemantic(true).withSuggestMinConfidence(0)));
        words = TestServer.start(
                temp.resolve("words"),
                config -> config.withSearch(config.search().withSuggestMinConfidence(0)));
        semantic.add(TIED);
        words.add(TIED);
    }

    @AfterAll
    static void stop() {
        semantic.close();
        words.close();
    }

    private static Map<String, Double> scores(TestServer server, String title) {
        TestServer.Reply reply = server.post("/api/suggest", json(Map.of("title", title, "limit", 10)));
        assertEquals(200, reply.status(), reply.body());
        Map<String, Double> scores = new HashMap<>();
        reply.json()
                .get("suggestions")
                .forEach(s -> scores.put(s.get("id").asText(), s.get("score").asDouble()));
        return scores;
    }

    @Test
    void meaningBreaksATieThatWordsCannot() {
        Map<String, Double> byWords = scores(words, TICKET);
        assertEquals(
                byWords.get("access/sign-in-fails"), byWords.get("access/account-name-wrong"), "a tie: " + byWords);
        Map<String, Double> byMeaning = scores(semantic, TICKET);
        assertTrue(
                byMeaning.get("access/sign-in-fails") > byMeaning.get("access/account-name-wrong"),
                "the sign-in article is nearer in meaning: " + byMeaning);
    }

    @Test
    void whySaysWhereMeaningMovedEachSuggestion() {
        JsonNode semanticWhy = semantic.post(
                        "/api/suggest", json(Map.of("title", TICKET, "limit", 10, "explain", true)))
                .json();
        JsonNode first = semanticWhy.get("suggestions").get(0);
        assertEquals(1, first.get("why").get("meaning").get("rank").asInt(), first.toString());
        assertTrue(first.get("why").get("meaning").get("wordRank").asInt() >= 1, first.toString());
        JsonNode wordsWhy = words.post("/api/suggest", json(Map.of("title", TICKET, "limit", 10, "explain", true)))
                .json();
        assertFalse(
                wordsWhy.get("suggestions").get(0).get("why").has("meaning"), "no re-ranker, no meaning: " + wordsWhy);
    }

    @Test
    void theIndexHoldsMeaningVectors() throws Exception {
        try (FSDirectory directory = FSDirectory.open(temp.resolve("semantic/index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals("true", reader.getIndexCommit().getUserData().get(ArticleFields.SEMANTIC_KEY));
        }
    }

    @Test
    void reRankingKeepsTheAccessRules() throws Exception {
        String ticket = "badge tap does nothing";
        JsonNode hidden =
                semantic.post("/api/suggest", json(Map.of("title", ticket))).json();
        assertFalse(hidden.toString().contains("access/badge-tap-draft"), "a draft is not suggested: " + hidden);

        // The same ticket finds the article once it is published: the draft was kept out, not missed.
        semantic.add(Map.of(
                "access/badge-tap-draft.md",
                article(
                        "Badge tap does nothing",
                        "access, sso",
                        "Imprivata OneSign",
                        "public",
                        "published",
                        "Tapping the badge on the reader does nothing.")));
        JsonNode shown =
                semantic.post("/api/suggest", json(Map.of("title", ticket))).json();
        assertEquals(
                "access/badge-tap-draft",
                shown.get("suggestions").get(0).get("id").asText(),
                shown.toString());
        assertTrue(shown.get("suggestions").get(0).get("snippet").asText().contains("<mark>"));
    }
}
