package fixbank.indexer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixbank.indexer.schema.SourceStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server hands the builder what its open reader knows of the last commit, so that looking for changed files
 * reads nothing from the index; the builder trusts that only while the commit is still the last one.
 */
class KnownCommitTest {

    @TempDir
    Path temp;

    private ArticleFolder articles;
    private FSDirectory directory;

    @BeforeEach
    void setUp() throws IOException {
        articles = ArticleFolder.withTwoArticles(temp.resolve("articles"));
        new IndexBuilder().update(articles.root(), temp.resolve("index"));
        directory = FSDirectory.open(temp.resolve("index"));
    }

    private IndexedArticles openReaderKnows() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexedArticles.of(reader);
        }
    }

    private static List<Integer> counts(IndexReport report) {
        return List.of(report.added(), report.updated(), report.deleted(), report.unchanged());
    }

    @Test
    void whatTheOpenReaderKnowsOfTheLastCommitIsTrusted() throws IOException {
        IndexedArticles known = openReaderKnows();
        assertEquals(List.of(0, 0, 0, 2), counts(new IndexBuilder().update(articles.root(), directory, known)));

        // Were the index read again, both stamps would match and nothing would be written; the builder
        // went by what it was told, so the article it was told nothing of is indexed once more.
        Map<String, SourceStamp> forgetful = new HashMap<>(known.stamps());
        forgetful.remove("printing/blank-labels");
        IndexedArticles told = new IndexedArticles(
                known.generation(), known.schemaVersion(), known.protectedWords(), known.semantic(), forgetful);
        assertEquals(List.of(1, 0, 0, 1), counts(new IndexBuilder().update(articles.root(), directory, told)));
    }

    @Test
    void afterAnotherCommitTheIndexIsReadAgain() throws IOException {
        IndexedArticles stale = openReaderKnows();
        articles.write("printing/offline.md", ArticleFolder.article("Printer offline", "Nothing prints."));
        new IndexBuilder().update(articles.root(), directory); // as the indexer command would
        IndexReport report = new IndexBuilder().update(articles.root(), directory, stale);
        assertEquals(List.of(0, 0, 0, 3), counts(report), "the new article is known from the index itself");
    }

    @AfterEach
    void close() throws IOException {
        directory.close();
    }
}
