package fixbank.server.http;

import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.indexer.schema.ArticleFields;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with {@code --semantic on}, over real HTTP. */
class SemanticSuggestApiTest {

    @TempDir
    Path temp;

    @Test
    void suggestAnswersFromAnIndexWithMeaningVectors() throws Exception {
        try (TestServer server = TestServer.start(
                temp, config -> config.withSearch(config.search().withSemantic(true)))) {
            TestServer.Reply reply = server.post(
                    "/api/suggest",
                    json(Map.of("title", "wristband labels coming out blank", "description", "on 4 West", "limit", 3)));
            assertEquals(200, reply.status(), reply.body());
            JsonNode suggestions = reply.json().get("suggestions");
            assertEquals(
                    "printing/wristband-printer-blank",
                    suggestions.get(0).get("id").asText());
            assertTrue(suggestions.get(0).get("snippet").asText().contains("<mark>"));

            JsonNode badge = server.post("/api/suggest", json(Map.of("title", "badge tap does nothing")))
                    .json();
            assertFalse(
                    badge.get("suggestions").toString().contains("access/badge-tap-draft"),
                    "re-ranking keeps the access rules: " + badge);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(temp.resolve("index")))) {
            assertEquals("true", reader.getIndexCommit().getUserData().get(ArticleFields.SEMANTIC_KEY));
        }
    }
}
