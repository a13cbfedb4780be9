package fixbank.server.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Builds each new reader's {@link IndexSnapshot} as {@link org.apache.lucene.search.SearcherManager} opens
 * the reader: at start and on the watcher thread after a change, so the snapshot is complete before the
 * first request uses that reader.
 */
final class SnapshotFactory extends SearcherFactory {

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new SnapshotSearcher(reader);
    }

    /** A searcher that carries the snapshot of its reader. */
    static final class SnapshotSearcher extends IndexSearcher {
        final IndexSnapshot snapshot;

        SnapshotSearcher(IndexReader reader) throws IOException {
            super(reader);
            this.snapshot = IndexSnapshot.of(this);
        }
    }
}
