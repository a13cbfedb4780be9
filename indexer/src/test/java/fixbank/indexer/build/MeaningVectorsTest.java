package fixbank.indexer.build;

import static fixbank.indexer.build.ArticleFolder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.semantic.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeaningVectorsTest {

    @TempDir
    Path temp;

    private ArticleFolder articles;
    private Path index;
    private static SentenceEmbedder embedder;
    private IndexBuilder semantic;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @BeforeEach
    void setUp() {
        articles = ArticleFolder.withTwoArticles(temp.resolve("articles"));
        index = temp.resolve("index");
        semantic = IndexBuilder.withMeaning(embedder);
    }

    @Test
    void everyArticleGetsAVectorAndTheCommitSaysSo() throws IOException {
        semantic.update(articles.root(), index);
        assertEquals(2, vectorCount());
        assertEquals("true", userData(ArticleFields.SEMANTIC_KEY));
    }

    @Test
    void aChangedArticleKeepsItsVector() throws IOException {
        semantic.update(articles.root(), index);
        articles.write(
                "printing/blank-labels.md", article("Blank labels", "Labels come out blank after a ribbon change."));
        IndexReport report = semantic.update(articles.root(), index);
        assertEquals(1, report.updated());
        assertEquals(2, vectorCount());
    }

    @Test
    void switchingSemanticOffOrOnRebuildsTheIndex() throws IOException {
        semantic.update(articles.root(), index);

        IndexReport off = new IndexBuilder().update(articles.root(), index);
        assertEquals(2, off.updated(), off.summary());
        assertEquals(0, vectorCount());
        assertEquals("false", userData(ArticleFields.SEMANTIC_KEY));

        IndexReport on = semantic.update(articles.root(), index);
        assertEquals(2, on.updated(), on.summary());
        assertEquals(2, vectorCount());
    }

    @Test
    void aPlainIndexHasNoVectors() throws IOException {
        new IndexBuilder().update(articles.root(), index);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                assertNull(leaf.reader().getFloatVectorValues(ArticleFields.MEANING));
            }
        }
    }

    private int vectorCount() throws IOException {
        int count = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues vectors = leaf.reader().getFloatVectorValues(ArticleFields.MEANING);
                if (vectors == null) {
                    continue;
                }
                while (vectors.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    if (leaf.reader().getLiveDocs() == null
                            || leaf.reader().getLiveDocs().get(vectors.docID())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private String userData(String key) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.getIndexCommit().getUserData().get(key);
        }
    }
}
