package fixbank.server.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass ranks the same whether it scores every match or skips blocks that cannot enter its
 * candidates, and the caller's filter keeps hidden articles out either way. Real articles in a real index in a temporary folder.
 */
class TwoPassRankingTest {

    @TempDir
    Path temp;

    @Test
    void skippingAheadFindsTheSameVisibleArticlesAsScoringEveryMatch() throws IOException {
        Path articles = temp.resolve("articles");
        // More matching articles than the first pass keeps, in different strengths, every third one internal.
        for (int i = 0; i < 3 * TwoPassRanking.CANDIDATES; i++) {
            Path file = articles.resolve("printing/printer-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    "---\ntitle: Printer problem " + i + "\nvisibility: " + (i % 3 == 0 ? "internal" : "public")
                            + "\nstatus: published\n---\n" + "The printer queue is stuck. ".repeat(1 + i % 7)
                            + "Restart the spooler. ".repeat(1 + i % 5) + "\n");
        }
        Analyzer analyzer = QueryAnalysis.analyzer(Optional.empty());
        try (LiveIndex index = LiveIndex.open(articles, temp.resolve("index"), Duration.ofDays(1))) {
            index.withSnapshot(snapshot -> {
                // The staff's view, so that the filter alone keeps the internal articles out.
                IndexSearcher searcher = snapshot.searcher(Audience.STAFF);
                TicketPlan plan = TicketQuery.build(
                        analyzer, new Vocabulary(snapshot, Audience.STAFF), "printer queue stuck", "restart spooler");
                TopDocs scoringAll = TwoPassRanking.top(
                        searcher, plan.candidates(), 0, plan.query(), AccessRules.filter(Caller.ANONYMOUS), 5);
                TopDocs skipping = TwoPassRanking.top(
                        searcher,
                        plan.candidates(),
                        Long.MAX_VALUE,
                        plan.query(),
                        AccessRules.filter(Caller.ANONYMOUS),
                        5);
                assertEquals(5, scoringAll.scoreDocs.length);
                assertArrayEquals(docs(scoringAll), docs(skipping));
                for (ScoreDoc hit : skipping.scoreDocs) {
                    String id = searcher.storedFields().document(hit.doc).get("id");
                    int number = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                    assertTrue(number % 3 != 0, id + " is internal");
                }
                return null;
            });
        }
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    }
}
