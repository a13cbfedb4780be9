package fixbank.indexer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.schema.ProtectedWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protected-words list is part of the schema: an index analysed with another list is rebuilt in full,
 * one analysed with this list is updated as usual.
 */
class ProtectedWordsChangeTest {

    @TempDir
    Path temp;

    private ArticleFolder articles;
    private Path index;
    private final IndexBuilder builder = new IndexBuilder();

    @BeforeEach
    void buildIndex() throws IOException {
        articles = ArticleFolder.withTwoArticles(temp.resolve("articles"));
        index = temp.resolve("index");
        builder.update(articles.root(), index);
    }

    @Test
    void theCommitRecordsTheDigestOfTheBundledList() throws IOException {
        assertEquals(
                ProtectedWords.BUNDLED.digest(), IndexContents.userData(index).get(ArticleFields.PROTECTED_WORDS_KEY));
    }

    @Test
    void anIndexAnalysedWithAnotherListIsRebuiltInFull() throws IOException {
        String otherList = ProtectedWords.parse("teams\nwindows\n").digest();
        recommitWith(ArticleFields.PROTECTED_WORDS_KEY, otherList);
        assertNotEquals(ProtectedWords.BUNDLED.digest(), otherList);

        IndexReport report = builder.update(articles.root(), index);

        assertEquals(
                List.of(0, 2, 0, 0, 0),
                List.of(report.added(), report.updated(), report.deleted(), report.unchanged(), report.skipped()),
                "both articles indexed again, none left as they were: " + report.summary());
        assertEquals(
                ProtectedWords.BUNDLED.digest(), IndexContents.userData(index).get(ArticleFields.PROTECTED_WORDS_KEY));
        assertEquals(ArticleFields.SCHEMA_VERSION, IndexContents.userData(index).get(ArticleFields.SCHEMA_VERSION_KEY));
        assertEquals(List.of("access/locked-out", "printing/blank-labels"), IndexContents.ids(index));
    }

    @Test
    void anIndexWithoutADigestIsRebuiltInFull() throws IOException {
        recommitWith(ArticleFields.PROTECTED_WORDS_KEY, null);

        IndexReport report = builder.update(articles.root(), index);

        assertEquals(2, report.updated(), report.summary());
        assertEquals(0, report.unchanged(), report.summary());
        assertEquals(
                ProtectedWords.BUNDLED.digest(), IndexContents.userData(index).get(ArticleFields.PROTECTED_WORDS_KEY));
    }

    @Test
    void anIndexAnalysedWithTheSameListIsNotRebuilt() throws IOException {
        // A new commit that records the current digest again: only the digest decides, not the commit.
        recommitWith(ArticleFields.PROTECTED_WORDS_KEY, ProtectedWords.BUNDLED.digest());
        long generation = IndexContents.generation(index);

        IndexReport report = builder.update(articles.root(), index);

        assertEquals(
                List.of(0, 0, 0, 2, 0),
                List.of(report.added(), report.updated(), report.deleted(), report.unchanged(), report.skipped()),
                report.summary());
        assertEquals(generation, IndexContents.generation(index), "nothing changed, so nothing is committed");
    }

    /** Commits the index again with its user data but {@code key} set to {@code value} (removed when null). */
    private void recommitWith(String key, String value) throws IOException {
        Map<String, String> data = new HashMap<>(IndexContents.userData(index));
        if (value == null) {
            data.remove(key);
        } else {
            data.put(key, value);
        }
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        assertEquals(data, IndexContents.userData(index), "the altered commit is the last one");
    }
}
