package fixbank.indexer.build;

import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.schema.SourceStamp;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * What one commit of an index holds: its generation, its schema version, the digest of the protected words it
 * was analysed with, whether it has meaning vectors, and the source stamp of every article. The version and
 * digest are null when the commit does not record them.
 *
 * <p>A server keeps this for the reader it has open ({@link #of}) and hands it to {@link IndexBuilder#update(
 * java.nio.file.Path, Directory, IndexedArticles)}, so looking for changed files every few seconds does not
 * read every article's stamp from the index again.
 */
public record IndexedArticles(
        long generation,
        String schemaVersion,
        String protectedWords,
        boolean semantic,
        Map<String, SourceStamp> stamps) {

    static final IndexedArticles NONE = new IndexedArticles(-1, null, null, false, Map.of());

    public IndexedArticles {
        stamps = Map.copyOf(stamps);
    }

    /** What the last commit in {@code directory} holds; {@link #NONE} when there is none. */
    static IndexedArticles read(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return NONE;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return of(reader);
        }
    }

    /** What the commit {@code reader} reads holds. */
    public static IndexedArticles of(DirectoryReader reader) throws IOException {
        Map<String, SourceStamp> stamps = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), ArticleFields.ID);
            NumericDocValues sizes = DocValues.getNumeric(leaf.reader(), ArticleFields.SOURCE_SIZE);
            NumericDocValues modified = DocValues.getNumeric(leaf.reader(), ArticleFields.SOURCE_MODIFIED);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
                    continue;
                }
                long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long time = modified.advanceExact(doc) ? modified.longValue() : -1;
                stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new SourceStamp(size, time));
            }
        }
        Map<String, String> userData = reader.getIndexCommit().getUserData();
        return new IndexedArticles(
                reader.getIndexCommit().getGeneration(),
                userData.get(ArticleFields.SCHEMA_VERSION_KEY),
                userData.get(ArticleFields.PROTECTED_WORDS_KEY),
                Boolean.parseBoolean(userData.get(ArticleFields.SEMANTIC_KEY)),
                stamps);
    }
}
