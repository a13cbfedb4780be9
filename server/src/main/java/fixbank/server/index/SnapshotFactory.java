package fixbank.server.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each new reader's {@link IndexSnapshot} as {@link org.apache.lucene.search.SearcherManager} opens
 * the reader: at start and on the watcher thread after a change, so the snapshot is complete before the
 * first request uses that reader. A reopened reader is also warmed, when a warmer is set, before any request
 * sees it: the counts a snapshot remembers per term start empty with every reader.
 */
final class SnapshotFactory extends SearcherFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFactory.class);

    private volatile LiveIndex.SnapshotTask<?> warmer;

    void warmReopenedWith(LiveIndex.SnapshotTask<?> task) {
        warmer = task;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        SnapshotSearcher searcher = new SnapshotSearcher(reader);
        LiveIndex.SnapshotTask<?> task = warmer;
        if (previousReader != null && task != null) {
            try {
                task.run(searcher.snapshot);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not warm the reopened index: {}", e.toString());
            }
        }
        return searcher;
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
