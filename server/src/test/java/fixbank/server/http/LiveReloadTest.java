package fixbank.server.http;

import static fixbank.server.http.TestServer.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.build.IndexReport;
import fixbank.server.config.ServerConfig;
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
                    TestServer.Reply reply = server.get("/api/search?q=printer");
                    requests.incrementAndGet();
                    if (reply.status() != 200) {
                        failures.add(reply.status() + " " + reply.body());
                    }
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

    @Test
    void commitsByTheIndexerCommandAreServed() throws Exception {
        try (TestServer server = TestServer.start(temp, watchingEvery(Duration.ofHours(1)))) {
            TestServer.write(
                    server.articles,
                    "imaging/pacs-slow.md",
                    article(
                            "PACS viewer slow",
                            "imaging",
                            "PACS",
                            "public",
                            "published",
                            "Studies take minutes to open."));
            IndexReport report = new IndexBuilder().update(server.articles, temp.resolve("index"));
            assertEquals(1, report.added(), "the indexer command did the indexing");
            assertEquals(0, total(server, "pacs"), "not served before the server reopens");
            server.server.refresh();
            assertEquals(1, total(server, "pacs"));
        }
    }
}
