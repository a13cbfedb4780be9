package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.schema.FixbankAnalyzer;
import fixbank.server.access.Caller;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * Fixbank's suggest in-process against the query a Lucene expert would write in ten lines, on the same index
 * in the same JVM, one query at a time (#15): a BM25 {@code OR} of the ticket's title and description over
 * the title and body fields, with the index's own analyzer. Both run every query of the evaluation set a few
 * times to warm up, then are timed in turn, ticket by ticket; prints wall time (median, p99) and the thread's
 * CPU time per query, and the ratio of the two CPU times. Not part of the test suite: {@code bench/scale} runs
 * it.
 *
 * <p>Usage: {@code ScaleBenchmark ARTICLES_DIR INDEX_DIR QUERIES_JSONL [TIMED_PASSES]}
 */
public final class ScaleBenchmark {

    private static final int WARM_UP_PASSES = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleBenchmark() {}

    /** One kind of query, run for a ticket. */
    private interface Asker {
        void ask(JsonNode ticket) throws Exception;
    }

    /** Per query: wall nanoseconds and CPU nanoseconds. */
    private record Timings(List<Long> wall, List<Long> cpu) {}

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        List<JsonNode> tickets = EvalQueries.read(Path.of(args[2]));
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try (LiveIndex index = LiveIndex.open(articles, indexDir, Duration.ofHours(1));
                DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            SuggestService suggest = new SuggestService(index, QueryAnalysis.analyzer(Optional.empty()));
            IndexSearcher plain = new IndexSearcher(reader);
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    new String[] {ArticleFields.TITLE, ArticleFields.BODY}, new FixbankAnalyzer());
            Asker fixbank = ticket -> suggest.suggest(
                    new SuggestRequest(
                            ticket.get("title").asText(),
                            ticket.get("description").asText(),
                            5),
                    Caller.ANONYMOUS);
            Asker lucene = ticket -> {
                Query query = parser.parse(QueryParser.escape(ticket.get("title")
                                .asText() + " " + ticket.get("description").asText()));
                plain.search(query, 5);
            };
            inTurn(List.of(fixbank, lucene), tickets, WARM_UP_PASSES);
            List<Timings> timed = inTurn(List.of(fixbank, lucene), tickets, passes);
            Timings ours = timed.get(0);
            Timings reference = timed.get(1);
            System.out.printf(
                    Locale.ROOT,
                    "in-process, %d docs, %d tickets × %d passes, one at a time (after %d warm-up passes)%n",
                    reader.numDocs(),
                    tickets.size(),
                    passes,
                    WARM_UP_PASSES);
            print("Fixbank suggest", ours);
            print("plain Lucene BM25 OR", reference);
            System.out.printf(
                    Locale.ROOT,
                    "Fixbank suggest CPU per query / plain Lucene's: %.2f×%n",
                    mean(ours.cpu()) / mean(reference.cpu()));
        }
    }

    /**
     * Times the askers in turn on each ticket, the first one first on every other ticket: this machine's slow
     * and fast spells, which last seconds, then fall on all of them alike, and their ratio holds still.
     */
    private static List<Timings> inTurn(List<Asker> askers, List<JsonNode> tickets, int passes) throws Exception {
        List<Timings> timings = askers.stream()
                .map(asker -> new Timings(new ArrayList<>(), new ArrayList<>()))
                .toList();
        int turn = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (JsonNode ticket : tickets) {
                for (int i = 0; i < askers.size(); i++) {
                    int which = (turn + i) % askers.size();
                    Timings into = timings.get(which);
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    askers.get(which).ask(ticket);
                    into.wall().add(System.nanoTime() - start);
                    into.cpu().add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }
                turn++;
            }
        }
        return timings;
    }

    private static void print(String name, Timings timings) {
        List<Long> sorted = timings.wall().stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%-22s wall median %6.2f ms, p99 %6.2f ms; CPU %6.2f ms per query%n",
                name,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                mean(timings.cpu()) / 1e6);
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
