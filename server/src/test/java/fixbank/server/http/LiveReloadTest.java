package fixbank.server.http;

import static fixbank.server.http.TestServer.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.build.IndexReport;
import fixbank.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NoLockFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Edits, new and deleted files show up while the server runs, and no request fails meanwhile. */
class LiveReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    private static UnaryOperator<ServerConfig> watchingEvery(Duration interval) {
        return config -> config.withIndex(config.index().withWatchInterval(interval));
    }

    private static long total(TestServer server, String query) {
        return server.get("/api/search?q=" + TestServer.encode(query))
                .json()
                .get("total")
                .asLong();
    }

    private static void await(String what, TestServer server, String query, Predicate<Long> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test(total(server, query))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was not visible within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void editsNewAndDeletedFilesAppearWithoutRestartOrFailedRequests() throws Exception {
        try (TestServer server = TestServer.start(temp, watchingEvery(Duration.ofSeconds(1)))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            Thread load = new Thread(() -> {
                while (running.get()) {
                    try {
                        TestServer.Reply reply = server.get("/api/search?q=printer");
                        if (reply.status() != 200) {
                            failures.add(reply.status() + " " + reply.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString()); // a refused or broken connection fails the test too
                    }
                    requests.incrementAndGet();
                }
            });
            load.start();
            try {
                TestServer.write(
                        server.articles,
                        "printing/printer-offline.md",
                        article(
                                "Printer shows offline",
                                "printing",
                                "Windows 11",
                                "public",
                                "published",
                                "The toner cartridge is missing entirely."));
                await("an edit", server, "toner", n -> n == 1);

                TestServer.write(
                        server.articles,
                        "phones/vocera-offline.md",
                        article(
                                "Vocera badge not connected",
                                "phones",
                                "Vocera",
                                "public",
                                "published",
                                "The badge shows searching for network."));
                await("a new file", server, "vocera", n -> n == 1);

                Files.delete(server.articles.resolve("phones/vocera-offline.md"));
                await("a deletion", server, "vocera", n -> n == 0);
            } finally {
                running.set(false);
                load.join();
            }
            assertEquals(List.of(), failures);
            assertTrue(requests.get() > 10, "the load thread made requests: " + requests.get());
        }
    }

    /**
     * The indexer command commits while the server runs; the server's watcher finds the commit and serves it.
     * The test holds the index's write lock while the command runs (the command itself writes without
     * taking it), as the command's own lock would, so the server cannot index the new file first.
     */
    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void commitsByTheIndexerCommandAreFoundByTheWatcher() throws Exception {
        try (TestServer server = TestServer.start(temp, watchingEvery(Duration.ofSeconds(1)))) {
            IndexReport report;
            try (FSDirectory locked = FSDirectory.open(temp.resolve("index"));
                    Lock command = locked.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                    FSDirectory unlocked = FSDirectory.open(temp.resolve("index"), NoLockFactory.INSTANCE)) {
                TestServer.write(
                        server.articles,
                        "imaging/pacs-slow.md",
                        article("PACS viewer slow", "imaging", "PACS", "public", "published", "Studies open slowly."));
                report = new IndexBuilder().update(server.articles, unlocked);
                assertEquals(0, total(server, "pacs"), "not served before the server's watcher reopens");
            }
            assertEquals(1, report.added(), "the command did the indexing");
            long committed = generation(temp.resolve("index"));
            await("the command's commit", server, "pacs", n -> n == 1);
            assertEquals(
                    committed,
                    server.get("/api/health").json().get("generation").asLong(),
                    "the server serves the command's commit and wrote none of its own");
        }
    }

    private static long generation(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index)) {
            return SegmentInfos.getLastCommitGeneration(directory);
        }
    }
}
