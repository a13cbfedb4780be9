package fixbank.server.http;

import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.REVIEWER_TOKEN;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.IndexSettings;
import fixbank.server.editing.FolderLockHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers sharing one articles folder (#15): two editors saving the same version of an article at the same
 * moment, one through each server, get one save and one conflict, never two saves of which the first is
 * silently lost; and a server waits while another process holds the folder's write lock.
 */
class SharedArticlesFolderTest {

    @TempDir
    static Path temp;

    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() throws IOException {
        first = TestServer.start(temp.resolve("first"));
        second = TestServer.start(
                temp.resolve("second"),
                config -> config.withIndex(
                        new IndexSettings(first.articles, temp.resolve("second-index"), Duration.ofSeconds(60))));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void savesOfOneVersionThroughTwoServersAtOnceGiveOneSaveAndOneConflict() throws Exception {
        String id = newArticle();
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            String version = version(id);
            String mine = "Editor " + round + ".";
            String theirs = "Reviewer " + round + ".";
            CompletableFuture<TestServer.Reply> throughFirst =
                    CompletableFuture.supplyAsync(() -> save(first, EDITOR_TOKEN, id, version, mine));
            CompletableFuture<TestServer.Reply> throughSecond =
                    CompletableFuture.supplyAsync(() -> save(second, REVIEWER_TOKEN, id, version, theirs));
            int a = throughFirst.get(30, TimeUnit.SECONDS).status();
            int b = throughSecond.get(30, TimeUnit.SECONDS).status();
            outcomes.add(a + "/" + b);
            String kept = a == 200 ? mine : theirs;
            assertTrue(
                    Files.readString(first.articles.resolve(id + ".md")).contains(kept),
                    "round " + round + ": the file lost the save answered 200");
        }
        assertTrue(
                outcomes.stream().allMatch(o -> o.equals("200/409") || o.equals("409/200")),
                "every round one save and one conflict: " + outcomes);
    }

    @Test
    void aSaveWaitsWhileAnotherProcessHoldsTheFoldersWriteLock() throws Exception {
        String id = newArticle();
        String version = version(id);
        Process other = FolderLockHolder.start(first.articles);
        try {
            CompletableFuture<TestServer.Reply> saving =
                    CompletableFuture.supplyAsync(() -> save(second, EDITOR_TOKEN, id, version, "Waited."));
            Thread.sleep(1_000);
            assertFalse(saving.isDone(), "the server wrote while another process held the folder's lock");

            FolderLockHolder.release(other);

            TestServer.Reply saved = saving.get(10, TimeUnit.SECONDS);
            assertEquals(200, saved.status(), saved.body());
            assertTrue(Files.readString(first.articles.resolve(id + ".md")).contains("Waited."));
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String version(String id) {
        TestServer.Reply source = first.send("GET", "/api/edit/" + id, EDITOR_TOKEN, null, Map.of());
        assertEquals(200, source.status(), source.body());
        return source.json().get("version").asText();
    }

    private static TestServer.Reply save(TestServer server, String token, String id, String version, String symptoms) {
        return server.send(
                "PUT",
                "/api/articles/" + id,
                token,
                json(EditingApiTest.draft("Scanner drops pages", symptoms)),
                Map.of("If-Match", '"' + version + '"'));
    }

    /** A new draft written through the first server; its id. */
    private static String newArticle() {
        TestServer.Reply reply = first.send(
                "POST",
                "/api/articles",
                EDITOR_TOKEN,
                json(EditingApiTest.draft("Scanner drops pages", "Start.")),
                Map.of());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asText();
    }
}
