package fixbank.server.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestService;
import fixbank.server.suggest.TicketSentences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up at start, and the warming of each reopened index before requests see it. */
class WarmUpTest {

    @TempDir
    Path temp;

    private void write(String id, String title, String summary) throws IOException {
        Files.createDirectories(temp.resolve("articles"));
        Files.writeString(
                temp.resolve("articles").resolve(id + ".md"),
                "---\ntitle: " + title + "\nsummary: " + summary + "\n---\n## Symptoms\n" + summary + "\n");
    }

    private LiveIndex open() throws IOException {
        return open(Duration.ofDays(1));
    }

    /** The index of two articles, whose watcher looks for changes every {@code interval}. */
    private LiveIndex open(Duration interval) throws IOException {
        write("printer-offline", "Ward printer shows offline", "The label printer on the ward says offline.");
        write("badge-not-read", "Badge reader does not read my badge", "Tapping the badge at a workstation fails.");
        return LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), interval);
    }

    private static WarmUp warmUp(LiveIndex index) throws IOException {
        Analyzer analyzer = QueryAnalysis.analyzer(Optional.empty());
        return new WarmUp(
                index,
                new SuggestService(index, analyzer),
                new SearchService(index, analyzer, new TicketSentences(analyzer)));
    }

    @Test
    void theWarmUpRunsItsSuggestionsOnTheBanksOwnArticlesThenSendsTicketsThroughTheServer() throws Exception {
        try (LiveIndex index = open()) {
            List<WarmUpTicket> sent = new CopyOnWriteArrayList<>();
            WarmUp.WarmedUp warmed = warmUp(index).run(ticket -> sent.add(ticket) && sent.size() % 10 != 0);

            int run = warmed.suggestions();
            assertTrue(run >= WarmUp.SUGGESTIONS && run < WarmUp.SUGGESTIONS + 7, "suggestions run: " + run);
            assertEquals(sent.size(), warmed.sent());
            assertTrue(sent.size() >= WarmUp.SENT && sent.size() < WarmUp.SENT + 6, "sent: " + sent.size());
            assertEquals(sent.size() / 10, warmed.refused(), "the tickets not answered are counted");
            assertTrue(sent.contains(new WarmUpTicket("", "The label printer on the ward says offline.")));
            assertTrue(sent.contains(new WarmUpTicket("Badge reader does not", "")), "the title still being typed");
        }
    }

    @Test
    void theTicketsTakeEveryFormATicketReachesSuggestIn() {
        assertEquals(
                List.of(
                        new WarmUpTicket("Ward printer shows offline", "It says offline."),
                        new WarmUpTicket("", "It says offline."),
                        new WarmUpTicket("Ward printer shows offline", ""),
                        new WarmUpTicket("Ward printer sh", ""),
                        new WarmUpTicket("Ward prniter shows offline", ""),
                        new WarmUpTicket("retnirp Ward printer shows offline", "")),
                WarmUpTicket.fromArticle("Ward printer shows offline", "It says offline."));
        assertEquals(
                List.of(
                        new WarmUpTicket("VPN", ""),
                        new WarmUpTicket("V", ""),
                        new WarmUpTicket("VPN", ""),
                        new WarmUpTicket("NPV VPN", "")),
                WarmUpTicket.fromArticle("VPN", ""),
                "without a summary, nothing to describe; a short word is not mistyped");
    }

    @Test
    void anIndexTheWatcherReopensIsWarmedBeforeRequestsAreGivenIt() throws Exception {
        try (LiveIndex index = open(Duration.ofMillis(50))) {
            List<Long> warmed = warmedGenerations(index);
            long before = addAnArticle(index);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (index.generation() == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            long served = index.generation();
            assertTrue(served > before, "the watcher committed the change");
            assertEquals(List.of(served), warmed, "the reader served was warmed once, before it was served");
        }
    }

    @Test
    void anIndexReopenedForAWaitingWriterIsServedAtOnce() throws Exception {
        try (LiveIndex index = open(Duration.ofDays(1))) {
            List<Long> warmed = warmedGenerations(index);
            long before = addAnArticle(index);
            index.refresh();

            assertTrue(index.generation() > before, "the change was committed");
            assertEquals(List.of(), warmed, "an editor's save does not wait for the warming");
        }
    }

    /** Writes a third article, not yet indexed; returns the generation served before it. */
    private long addAnArticle(LiveIndex index) throws IOException {
        long before = index.generation();
        write("wifi-drops", "Wi-Fi drops between wards", "The tablet loses Wi-Fi when moving between wards.");
        return before;
    }

    /** Sets the warming of reopened readers, and returns the generations it warms as it warms them. */
    private static List<Long> warmedGenerations(LiveIndex index) throws IOException {
        WarmUp warm = warmUp(index);
        List<Long> warmed = new CopyOnWriteArrayList<>();
        index.warmReopenedWith(snapshot -> {
            warm.reopened(snapshot);
            warmed.add(generation(snapshot.searcher().getIndexReader()));
            return null;
        });
        return warmed;
    }

    @Test
    void aWarmUpOnAnEmptyBankEndsAtOnce() throws Exception {
        Files.createDirectories(temp.resolve("articles"));
        try (LiveIndex index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofDays(1))) {
            assertEquals(WarmUp.WarmedUp.NONE, warmUp(index).run(ticket -> true));
        }
    }

    private static long generation(org.apache.lucene.index.IndexReader reader) throws IOException {
        return ((DirectoryReader) reader).getIndexCommit().getGeneration();
    }
}
