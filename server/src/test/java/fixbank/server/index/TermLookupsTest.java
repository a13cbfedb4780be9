package fixbank.server.index;

import static fixbank.server.http.TestServer.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term lookups are remembered per open reader, and a newer reader never answers from an older one's. */
class TermLookupsTest {

    private static final Term PRINTER = new Term(ArticleFields.BODY, "printer");

    @TempDir
    Path temp;

    private void write(String id, String body) throws IOException {
        Path file = temp.resolve("articles").resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, article(id, "printing", "", "public", "published", body));
    }

    @Test
    void lookupsAreRememberedPerReaderAndRebuiltForTheNext() throws IOException {
        write("printing/offline", "The printer is offline.");
        try (LiveIndex index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofHours(1))) {
            TermStates first = index.withSnapshot(snapshot -> snapshot.termStates(Audience.STAFF, PRINTER));
            assertEquals(1, first.docFreq());
            assertSame(
                    first, index.withSnapshot(snapshot -> snapshot.termStates(Audience.STAFF, PRINTER)), "remembered");

            write("printing/jams", "The label printer jams.");
            index.refresh();
            TermStates second = index.withSnapshot(snapshot -> snapshot.termStates(Audience.STAFF, PRINTER));
            assertNotSame(first, second);
            assertEquals(2, second.docFreq());
            int matches = index.withSnapshot(
                    snapshot -> snapshot.searcher(Audience.STAFF).count(snapshot.termQuery(Audience.STAFF, PRINTER)));
            assertEquals(2, matches);
        }
    }
}
