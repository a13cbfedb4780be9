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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        write("printer-offline", "Ward printer shows offline", "The label printer on the ward says offline.");
        write("badge-not-read", "Badge reader does not read my badge", "Tapping the badge at a workstation fails.");
        return LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofDays(1));
    }

    private static WarmUp warmUp(LiveIndex index) throws IOException {
        Analyzer analyzer = QueryAnalysis.analyzer(Optional.empty());
        return new WarmUp(
                index,
                new SuggestService(index, analyzer),
                new SearchService(index, analyzer, new TicketSentences(analyzer)));
    }

    @Test
    void theWarmUpRunsItsSuggestionsOnTheBanksOwnArticles() throws Exception {
        try (LiveIndex index = open()) {
            int run = warmUp(index).run();
            assertTrue(run >= WarmUp.SUGGESTIONS && run < WarmUp.SUGGESTIONS + 3, "suggestions run: " + run);
        }
    }

    @Test
    void aReopenedIndexIsWarmedBeforeRequestsAreGivenIt() throws Exception {
        try (LiveIndex index = open()) {
            WarmUp warm = warmUp(index);
            List<Long> warmed = new ArrayList<>();
            index.warmReopenedWith(snapshot -> {
                warm.reopened(snapshot);
                warmed.add(generation(snapshot.searcher().getIndexReader()));
                return null;
            });
            long before = index.generation();
            write("wifi-drops", "Wi-Fi drops between wards", "The tablet loses Wi-Fi when moving between wards.");
            index.refresh();

            long served = index.generation();
            assertTrue(served > before, "the change was committed");
            assertEquals(List.of(served), warmed, "the reader served was warmed once, before it was served");
        }
    }

    @Test
    void aWarmUpOnAnEmptyBankEndsAtOnce() throws Exception {
        Files.createDirectories(temp.resolve("articles"));
        try (LiveIndex index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofDays(1))) {
            assertEquals(0, warmUp(index).run());
        }
    }

    private static long generation(org.apache.lucene.index.IndexReader reader) throws IOException {
        return ((DirectoryReader) reader).getIndexCommit().getGeneration();
    }
}
