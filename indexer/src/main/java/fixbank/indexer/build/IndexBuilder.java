package fixbank.indexer.build;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.review.SourcedArticle;
import fixbank.indexer.schema.ArticleDocuments;
import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.schema.ProtectedWords;
import fixbank.indexer.schema.SourceStamp;
import fixbank.indexer.semantic.ArticleGist;
import fixbank.indexer.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * Brings a Lucene index up to date with a folder of Markdown articles.
 *
 * <ul>
 *   <li>Incremental: a file whose size and modification time match the indexed copy is not read again;
 *       articles whose files are gone are deleted; a renamed file is deleted under its old id and added under
 *       its new one.
 *   <li>Crash-safe: all changes of a run go into one commit at its end, so a run killed half-way leaves the
 *       previous commit whole.
 *   <li>Forgiving: a file with problems is skipped and reported; the others are indexed. If an earlier
 *       version of that file was indexed, it stays searchable until the file is fixed or deleted.
 * </ul>
 *
 * <p>Not thread-safe; Lucene's write lock stops two builders, in one process or two, from writing one index.
 */
public final class IndexBuilder {

    /** Larger files are refused: an article is a page, not a log dump. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final ArticleParser parser = new ArticleParser();
    private final int threads;
    private final Optional<SentenceEmbedder> embedder;

    public IndexBuilder() {
        this(defaultThreads());
    }

    public IndexBuilder(int threads) {
        this(threads, Optional.empty());
    }

    private IndexBuilder(int threads, Optional<SentenceEmbedder> embedder) {
        this.threads = threads;
        this.embedder = embedder;
    }

    /**
     * A builder that also stores the meaning vector of every article, for semantic re-ranking. Embedding
     * costs about 26 ms an article on two cores, paid once per changed article. Switching between this and
     * a plain builder rebuilds the index in full.
     */
    public static IndexBuilder withMeaning(SentenceEmbedder embedder) {
        return new IndexBuilder(defaultThreads(), Optional.of(embedder));
    }

    private static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Updates (or creates) the index in {@code indexDir} from the articles under {@code articlesDir}. */
    public IndexReport update(Path articlesDir, Path indexDir) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(indexDir);
        try (Directory directory = IndexDirectory.open(indexDir)) {
            return update(articlesDir, directory, IndexedArticles.read(directory), start);
        }
    }

    /** Updates the index in {@code directory}, which stays open. */
    public IndexReport update(Path articlesDir, Directory directory) throws IOException {
        long start = System.nanoTime();
        return update(articlesDir, directory, IndexedArticles.read(directory), start);
    }

    /**
     * Updates the index in {@code directory}, taking {@code known} for what its last commit holds when that
     * commit is still the last one (as when a server passes what it read from the reader it has open), and
     * reading the commit otherwise (as after the indexer command committed).
     */
    public IndexReport update(Path articlesDir, Directory directory, IndexedArticles known) throws IOException {
        long start = System.nanoTime();
        boolean current = DirectoryReader.indexExists(directory)
                && SegmentInfos.getLastCommitGeneration(directory) == known.generation();
        return update(articlesDir, directory, current ? known : IndexedArticles.read(directory), start);
    }

    private IndexReport update(Path articlesDir, Directory directory, IndexedArticles indexed, long start)
            throws IOException {
        List<ArticleFile> files = ArticleFiles.scan(articlesDir);
        List<ArticleProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Set<ArticleFile> colliding = CaseCollisions.find(files, problems);

        boolean rebuild = !ArticleFields.SCHEMA_VERSION.equals(indexed.schemaVersion())
                || !ProtectedWords.BUNDLED.digest().equals(indexed.protectedWords())
                || indexed.semantic() != embedder.isPresent();
        Map<String, SourceStamp> stamps = rebuild ? Map.of() : indexed.stamps();

        List<ArticleFile> changed = new ArrayList<>();
        Set<String> onDisk = new HashSet<>();
        int unchanged = 0;
        for (ArticleFile file : files) {
            onDisk.add(file.id().value());
            if (colliding.contains(file)) {
                continue;
            }
            if (file.stamp().equals(stamps.get(file.id().value()))) {
                unchanged++;
            } else {
                changed.add(file);
            }
        }
        List<String> gone = indexed.stamps().keySet().stream()
                .filter(id -> !onDisk.contains(id))
                .sorted()
                .toList();
        if (!rebuild && changed.isEmpty() && gone.isEmpty()) {
            return report(0, 0, 0, unchanged, colliding.size(), problems, start);
        }

        IndexWriterConfig config = writerConfig(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
        AtomicInteger added = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger(colliding.size());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            inParallel(changed, file -> {
                Article article;
                try {
                    article = parser.parse(file.relativePath(), read(file));
                } catch (InvalidArticleException e) {
                    problems.addAll(e.problems());
                    skipped.incrementAndGet();
                    return;
                }
                Document doc = ArticleDocuments.toDocument(article, file.stamp());
                if (embedder.isPresent()) {
                    ArticleDocuments.addMeaning(doc, embedder.get().embed(ArticleGist.of(article)));
                }
                writer.updateDocument(ArticleDocuments.idTerm(article.id().value()), doc);
                (indexed.stamps().containsKey(file.id().value()) ? updated : added).incrementAndGet();
            });
            flushInParallel(writer);
            writer.deleteDocuments(gone.stream().map(ArticleDocuments::idTerm).toArray(Term[]::new));
            writer.setLiveCommitData(Map.of(
                            ArticleFields.SCHEMA_VERSION_KEY,
                            ArticleFields.SCHEMA_VERSION,
                            ArticleFields.PROTECTED_WORDS_KEY,
                            ProtectedWords.BUNDLED.digest(),
                            ArticleFields.SEMANTIC_KEY,
                            Boolean.toString(embedder.isPresent()))
                    .entrySet());
            writer.commit();
        }
        return report(added.get(), updated.get(), gone.size(), unchanged, skipped.get(), problems, start);
    }

    /**
     * Merges the index in {@code directory} into one segment when it has more, in a commit that keeps the
     * last one's data; returns whether it merged. A build writes a segment per thread (and per 64 MB), and a
     * search pays for every segment it visits: suggest takes a fifth less CPU on 50,000 articles in one
     * segment than in the five a build leaves, and an eighth less on 2,448 in one than in two (#15). Holds the
     * write lock while it runs.
     */
    public boolean mergeIntoOneSegment(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)
                || SegmentInfos.readLatestCommit(directory).size() <= 1) {
            return false;
        }
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(OpenMode.APPEND))) {
            writer.forceMerge(1);
            writer.commit();
        }
        return true;
    }

    private static IndexWriterConfig writerConfig(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                // Separate files per part, so that IndexDirectory can read the stored fields unmapped.
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        config.getMergePolicy().setNoCFSRatio(0);
        return config;
    }

    /** Parses every article under {@code articlesDir} and reports its problems; writes nothing. */
    public IndexReport check(Path articlesDir) throws IOException {
        return checkAll(articlesDir).report();
    }

    /** What {@link #check} reports, and every article that parsed, with its file's text. */
    public record Checked(IndexReport report, List<SourcedArticle> articles) {}

    /** As {@link #check}, keeping the articles that parsed, for rules over the whole bank. */
    public Checked checkAll(Path articlesDir) throws IOException {
        long start = System.nanoTime();
        List<SourcedArticle> parsed = Collections.synchronizedList(new ArrayList<>());
        List<ArticleFile> files = ArticleFiles.scan(articlesDir);
        List<ArticleProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Set<ArticleFile> colliding = CaseCollisions.find(files, problems);
        AtomicInteger skipped = new AtomicInteger(colliding.size());
        AtomicInteger ok = new AtomicInteger();
        inParallel(files.stream().filter(f -> !colliding.contains(f)).toList(), file -> {
            try {
                byte[] bytes = read(file);
                parsed.add(new SourcedArticle(
                        parser.parse(file.relativePath(), bytes), new String(bytes, StandardCharsets.UTF_8)));
                ok.incrementAndGet();
            } catch (InvalidArticleException e) {
                problems.addAll(e.problems());
                skipped.incrementAndGet();
            }
        });
        List<SourcedArticle> articles = new ArrayList<>(parsed);
        articles.sort(Comparator.comparing(sourced -> sourced.article().path()));
        return new Checked(report(0, 0, 0, ok.get(), skipped.get(), problems, start), articles);
    }

    private static byte[] read(ArticleFile file) throws InvalidArticleException, IOException {
        if (file.stamp().size() > MAX_FILE_BYTES) {
            throw new InvalidArticleException(List.of(new ArticleProblem(
                    file.relativePath(), 1, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB")));
        }
        return Files.readAllBytes(file.file());
    }

    private interface FileTask {
        void run(ArticleFile file) throws IOException;
    }

    private void inParallel(List<ArticleFile> files, FileTask task) throws IOException {
        inParallel(files.stream()
                .<Callable<Void>>map(file -> () -> {
                    task.run(file);
                    return null;
                })
                .toList());
    }

    /**
     * Writes the documents still buffered, one thread's buffer on each thread: the commit would write them all
     * on one, and at 2,448 articles that is every document, a tenth of the build.
     */
    private void flushInParallel(IndexWriter writer) throws IOException {
        inParallel(Collections.nCopies(threads, () -> {
            writer.flushNextBuffer();
            return null;
        }));
    }

    private void inParallel(List<Callable<Void>> tasks) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(tasks.size());
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static IndexReport report(
            int added,
            int updated,
            int deleted,
            int unchanged,
            int skipped,
            List<ArticleProblem> problems,
            long start) {
        List<ArticleProblem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new IndexReport(added, updated, deleted, unchanged, skipped, sorted, (System.nanoTime() - start) / 1e9);
    }
}
