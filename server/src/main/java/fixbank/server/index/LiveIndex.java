package fixbank.server.index;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.build.IndexDirectory;
import fixbank.indexer.build.IndexReport;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index as the server sees it: kept up to date with the articles folder and reopened without a pause.
 *
 * <p>When it starts ({@link #start}; {@link #open} prepares and starts in one step), the index is brought up to
 * date with the folder; until then searches are refused as not ready. A background thread then runs the
 * incremental indexer every {@code interval}, which costs a directory walk when nothing changed, and reopens
 * the searcher through a {@link SearcherManager}, so requests in flight keep their searcher and new ones see
 * the change. Commits made by the indexer command are picked up the same way. Polling rather than file-system
 * events keeps this working on network shares, where events are not delivered.
 *
 * <p>Each reader opened comes with its {@link IndexSnapshot}, the state derived from it once.
 *
 * <p>Thread-safe. Searches run through {@link #withSnapshot}, which releases the snapshot afterwards.
 */
public final class LiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final Path articles;
    private final Path indexDir;
    private final Directory directory;
    private final Duration interval;
    private final IndexBuilder builder;
    private final SnapshotFactory snapshots = new SnapshotFactory();
    private volatile SearcherManager searchers;
    private ScheduledExecutorService watcher;
    private volatile List<ArticleProblem> lastProblems = List.of();

    private LiveIndex(Path articles, Path indexDir, Directory directory, Duration interval, IndexBuilder builder) {
        this.articles = articles;
        this.indexDir = indexDir;
        this.directory = directory;
        this.interval = interval;
        this.builder = builder;
    }

    /**
     * The index in {@code indexDir} for the articles in {@code articles}, not yet brought up to date: until
     * {@link #start} returns, searches throw {@link IndexNotReadyException}.
     */
    public static LiveIndex prepare(Path articles, Path indexDir, Duration interval, IndexBuilder builder)
            throws IOException {
        Files.createDirectories(indexDir);
        return new LiveIndex(articles, indexDir, IndexDirectory.open(indexDir), interval, builder);
    }

    /** Brings the index in {@code indexDir} up to date with {@code articles} and starts watching. */
    public static LiveIndex open(Path articles, Path indexDir, Duration interval) throws IOException {
        return open(articles, indexDir, interval, new IndexBuilder());
    }

    /** As {@link #open(Path, Path, Duration)}, indexing with {@code builder}. */
    public static LiveIndex open(Path articles, Path indexDir, Duration interval, IndexBuilder builder)
            throws IOException {
        LiveIndex index = prepare(articles, indexDir, interval, builder);
        try {
            index.start();
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Brings the index up to date with the folder, opens it for searches and starts watching the folder. */
    public synchronized void start() throws IOException {
        if (searchers != null) {
            throw new IllegalStateException("the index is already open");
        }
        try {
            update();
            mergeIntoOneSegment();
        } catch (LockObtainFailedException e) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new LockObtainFailedException(
                        "another indexer or server is writing " + indexDir.toAbsolutePath()
                                + " and it holds no commit to serve yet; start again when it is done",
                        e);
            }
            LOG.warn("another process is writing the index; serving its last commit until the next refresh");
        }
        searchers = new SearcherManager(directory, snapshots);
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fixbank-article-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        watcher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code warmer} on each snapshot the watcher reopens, before requests are given it (Solr's
     * new-searcher queries).
     */
    public void warmReopenedWith(SnapshotTask<?> warmer) {
        snapshots.warmReopenedWith(warmer);
    }

    /**
     * Re-indexes what changed and reopens the searcher at once, unwarmed: for a caller that waits on its own
     * write, such as an editor's save, which changes one article. Warming there cost each save 400 to 600 ms
     * (bench/editing), and what a one-article reopen leaves cold is small: every unchanged segment's public
     * view is taken over ({@link AudienceReader}).
     */
    public synchronized void refresh() throws IOException {
        update();
        openSearchers().maybeRefreshBlocking();
    }

    /** As {@link #refresh}, warming the reopened snapshot first: the watcher's refresh after outside changes. */
    private synchronized void refreshWarmed() throws IOException {
        snapshots.warmNextReopen(true);
        try {
            refresh();
        } finally {
            snapshots.warmNextReopen(false);
        }
    }

    private void refreshQuietly() {
        try {
            refreshWarmed();
        } catch (LockObtainFailedException e) {
            LOG.debug("index is being written by another process; will retry");
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not refresh the index", e);
        }
    }

    private void update() throws IOException {
        // Once a reader is open, its snapshot holds the stamps of the commit it reads, so a look at the folder
        // reads nothing from the index unless another process has committed since.
        IndexReport report = searchers == null
                ? builder.update(articles, directory)
                : builder.update(articles, directory, withSnapshot(IndexSnapshot::indexed));
        if (!report.problems().equals(lastProblems)) {
            report.problems().forEach(p -> LOG.warn("article skipped: {}", p));
            lastProblems = report.problems();
        }
        if (report.changedIndex()) {
            LOG.info("articles indexed: {}", report.summary());
        }
    }

    /**
     * Before the first searcher opens: a server searches what it was started on for days, and one segment
     * answers suggestions with a fifth less CPU at 50,000 articles than the five a build leaves. Later
     * updates add small segments, which Lucene's merge policy keeps few.
     */
    private void mergeIntoOneSegment() throws IOException {
        long start = System.nanoTime();
        if (builder.mergeIntoOneSegment(directory)) {
            LOG.info("index merged into one segment in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The article files the last update skipped, and why; for staff, never for anonymous callers. */
    public List<ArticleProblem> problems() {
        return lastProblems;
    }

    /** Work done with the current snapshot, which stays open until the work returns. */
    public interface SnapshotTask<T> {
        T run(IndexSnapshot snapshot) throws IOException;
    }

    /**
     * Runs {@code task} on the current snapshot and releases it afterwards, however the task ends.
     *
     * @throws IndexNotReadyException before {@link #start} has returned
     */
    public <T> T withSnapshot(SnapshotTask<T> task) throws IOException {
        SearcherManager current = openSearchers();
        IndexSearcher searcher = current.acquire();
        try {
            return task.run(((SnapshotFactory.SnapshotSearcher) searcher).snapshot);
        } finally {
            current.release(searcher);
        }
    }

    private SearcherManager openSearchers() {
        SearcherManager current = searchers;
        if (current == null) {
            throw new IndexNotReadyException();
        }
        return current;
    }

    /** The generation of the commit the current searcher reads. */
    public long generation() throws IOException {
        return withSnapshot(snapshot -> ((DirectoryReader) snapshot.searcher().getIndexReader())
                .getIndexCommit()
                .getGeneration());
    }

    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.shutdownNow();
            try {
                watcher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (searchers != null) {
                searchers.close();
            }
        } finally {
            directory.close();
        }
    }
}
