package fixbank.server.index;

import static fixbank.server.http.TestServer.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reopened snapshot takes over the public view of each segment the reopen left alone, and builds afresh
 * the view of every segment that changed, so what anonymous callers see is always the new state.
 */
class ReopenedSnapshotTest {

    @TempDir
    Path temp;

    private void write(String id, String title, String visibility, String body) throws IOException {
        Path file = temp.resolve("articles").resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, article(title, "printing", "", visibility, "published", body));
    }

    private static List<IndexReader> publicSegments(LiveIndex index) throws IOException {
        return index.withSnapshot(snapshot -> snapshot.reader(Audience.PUBLIC).leaves().stream()
                .map(LeafReaderContext::reader)
                .map(IndexReader.class::cast)
                .toList());
    }

    private static int publicDocFreq(LiveIndex index, String word) throws IOException {
        return index.withSnapshot(
                snapshot -> snapshot.reader(Audience.PUBLIC).docFreq(new Term(ArticleFields.BODY, word)));
    }

    /** The segment under a public view: a new reader once its deletions change, on the same core. */
    private static LeafReader segment(IndexReader view) {
        return FilterLeafReader.unwrap((LeafReader) view);
    }

    @Test
    void theOldCopyOfAnEditedInternalArticleLendsTheAnonymousNoWords() throws IOException {
        write("printing/a", "Printer offline", "public", "The printer shows offline.");
        write("printing/b", "Zebra scanner offline", "internal", "The zebra scanner shows offline.");
        try (LiveIndex index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofHours(1))) {
            assertEquals(
                    1,
                    (int) index.withSnapshot(
                            s -> s.reader(Audience.STAFF).leaves().size()),
                    "merged into one segment at start");
            write("printing/b", "Barcode scanner offline", "internal", "The barcode scanner shows offline.");
            index.refresh();
            // The one segment now holds the public article and the deleted old copy, whose words Lucene
            // counts until a merge.
            assertEquals(0, publicDocFreq(index, "zebra"));
            assertEquals(
                    List.of(),
                    index.withSnapshot(s -> s.titleWordsStartingWith(Audience.PUBLIC, "zeb", 10)),
                    "no completion from it either");
            assertEquals(1, publicDocFreq(index, "printer"));
        }
    }

    @Test
    void anUnchangedSegmentKeepsItsViewAndAChangedOneIsSeenAfresh() throws IOException {
        write("printing/a", "Printer offline", "public", "The printer shows offline.");
        write("printing/b", "Scanner offline", "internal", "The scanner shows offline.");
        try (LiveIndex index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofHours(1))) {
            List<IndexReader> before = publicSegments(index);
            assertEquals(1, publicDocFreq(index, "printer"));
            assertEquals(0, publicDocFreq(index, "scanner"), "internal");

            write("printing/c", "Label printer jams", "public", "The label printer jams.");
            index.refresh();
            List<IndexReader> added = publicSegments(index);
            assertEquals(before.size() + 1, added.size(), "the new article is a segment of its own");
            assertSame(before.get(0), added.get(0), "the untouched segment's view is taken over");
            assertEquals(2, publicDocFreq(index, "printer"));

            write("printing/b", "Scanner offline", "public", "The scanner shows offline.");
            index.refresh();
            // The first build may put a and b in one segment or, one per indexing thread, in two; b's old
            // segment is then changed (a deletion) or gone, and the index may merge: compare segment by segment.
            List<IndexReader> after = publicSegments(index);
            for (IndexReader view : after) {
                for (IndexReader old : added) {
                    if (segment(old).getReaderCacheHelper().getKey()
                            == segment(view).getReaderCacheHelper().getKey()) {
                        assertSame(old, view, "an unchanged segment's view is taken over");
                    } else if (segment(old).getCoreCacheHelper().getKey()
                            == segment(view).getCoreCacheHelper().getKey()) {
                        assertNotSame(old, view, "a segment with a deletion is seen afresh");
                    }
                }
            }
            assertTrue(
                    added.stream()
                            .anyMatch(old -> after.stream()
                                    .noneMatch(view ->
                                            segment(view).getReaderCacheHelper().getKey()
                                                    == segment(old)
                                                            .getReaderCacheHelper()
                                                            .getKey())),
                    "b's old segment changed");
            assertEquals(1, publicDocFreq(index, "scanner"), "now public");
            assertEquals(2, publicDocFreq(index, "printer"), "the old copy of b no longer counts");
            assertEquals(
                    3, (int) index.withSnapshot(s -> s.reader(Audience.PUBLIC).numDocs()));
        }
    }
}
