package fixbank.server.index;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.build.IndexBuilder;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index as the server sees it: kept up to date with the articles folder and reopened without a pause.
 *
 * <p>On {@link #open} the index is brought up to date with the folder. A background thread then runs the
 * incremental indexer every {@code interval}, which costs a directory walk when nothing changed, and reopens
 * the searcher through a {@link SearcherManager}, so requests in flight keep their searcher and new ones see
 * the change. Commits made by the indexer command are picked up the same way. Polling rather than file-system
 * events keeps this working on network shares, where events are not delivered.
 *
 * <p>Thread-safe. Searches run through {@link #withSearcher}, which releases the searcher afterwards.
 */
public final class LiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final Path articles;
    private final Directory directory;
    private final IndexBuilder builder;
    private final SearcherManager searchers;
    private final ScheduledExecutorService watcher;
    private List<ArticleProblem> lastProblems = List.of();

    private LiveIndex(Path articles, Directory directory, Duration interval, IndexBuilder builder) throws IOException {
        this.articles = articles;
        this.directory = directory;
        this.builder = builder;
        try {
            update();
        } catch (LockObtainFailedException e) {
            if (!DirectoryReader.indexExists(directory)) {
                throw e;
            }
            LOG.warn("another process is writing the index; serving its last commit until the next refresh");
        }
        this.searchers = new SearcherManager(directory, null);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fixbank-article-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        watcher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Brings the index in {@code indexDir} up to date with {@code articles} and starts watching. */
    public static LiveIndex open(Path articles, Path indexDir, Duration interval) throws IOException {
        return open(articles, indexDir, interval, new IndexBuilder());
    }

    /** As {@link #open(Path, Path, Duration)}, indexing with {@code builder}. */
    public static LiveIndex open(Path articles, Path indexDir, Duration interval, IndexBuilder builder)
            throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        try {
            return new LiveIndex(articles, directory, interval, builder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Re-indexes what changed and reopens the searcher; the watcher calls this, tests may too. */
    public synchronized void refresh() throws IOException {
        update();
        searchers.maybeRefreshBlocking();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (LockObtainFailedException e) {
            LOG.debug("index is being written by another process; will retry");
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not refresh the index", e);
        }
    }

    private void update() throws IOException {
        IndexReport report = builder.update(articles, directory);
        if (!report.problems().equals(lastProblems)) {
            report.problems().forEach(p -> LOG.warn("article skipped: {}", p));
            lastProblems = report.problems();
        }
        if (report.changedIndex()) {
            LOG.info("articles indexed: {}", report.summary());
        }
    }

    /** Work done with the current searcher, which stays open until the work returns. */
    public interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code task} on the current searcher and releases it afterwards, however the task ends. */
    public <T> T withSearcher(SearcherTask<T> task) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return task.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The generation of the commit the current searcher reads. */
    public long generation() throws IOException {
        return withSearcher(searcher ->
                ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration());
    }

    @Override
    public void close() throws IOException {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        searchers.close();
        directory.close();
    }
}
