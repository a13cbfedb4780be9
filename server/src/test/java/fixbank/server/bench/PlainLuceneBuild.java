package fixbank.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The index build a Lucene expert would write in ten lines, as the reference for the indexer's full build in the
 * same run (#15): every Markdown file's raw text, unparsed, as one stored field analysed by Lucene's
 * {@link EnglishAnalyzer}, with its path as the id, on every core, with the indexer's buffer size. The difference
 * to the indexer's time is what reading articles as articles costs: front matter, Markdown, sections, a field per
 * part. Not part of the test suite: {@code bench/scale} runs it.
 *
 * <p>Usage: {@code PlainLuceneBuild ARTICLES_DIR INDEX_DIR}
 */
public final class PlainLuceneBuild {

    private PlainLuceneBuild() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path articles = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).toList();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(64);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(Path.of(args[1])), config)) {
            List<Future<Void>> running = Stream.generate(() -> pool.<Void>submit(() -> {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            writer.addDocument(document(articles, files.get(i)));
                        }
                        return null;
                    }))
                    .limit(threads)
                    .toList();
            for (Future<Void> thread : running) {
                thread.get();
            }
            writer.commit();
        } finally {
            pool.shutdown();
        }
        System.out.printf("added %d in %.2f s%n", files.size(), (System.nanoTime() - start) / 1e9);
    }

    private static Document document(Path articles, Path file) {
        try {
            Document doc = new Document();
            doc.add(new StringField("id", articles.relativize(file).toString(), Field.Store.YES));
            doc.add(new TextField("body", Files.readString(file, StandardCharsets.UTF_8), Field.Store.YES));
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
