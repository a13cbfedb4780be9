package fixbank.server.eval;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.suggest.SuggestService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The relevance evaluation command:
 * {@code java -cp server/target/fixbank-server.jar fixbank.server.eval.EvaluateRelevance [--semantic] [SHARED_DIR]}.
 * Builds the evaluation corpus from {@code SHARED_DIR/corpus/office-support} (default {@code ../shared}),
 * indexes it, sends {@code SHARED_DIR/eval/dev-queries.jsonl} and {@code dev-paraphrases.jsonl} through
 * suggest, and prints MRR@10 and Recall@1/5/10 per track and the twenty worst misses. With
 * {@code --semantic} the index holds meaning vectors and suggest re-ranks by them, as the server does with
 * {@code --semantic on}; embedding the corpus adds about a minute.
 */
public final class EvaluateRelevance {

    private EvaluateRelevance() {}

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean semantic = arguments.remove("--semantic");
        Path shared = Path.of(arguments.isEmpty() ? "../shared" : arguments.get(0));
        Path work = Files.createTempDirectory("fixbank-eval");
        Optional<SentenceEmbedder> embedder = semantic ? Optional.of(SentenceEmbedder.load()) : Optional.empty();
        try {
            print(evaluate(shared, work, embedder));
        } finally {
            embedder.ifPresent(SentenceEmbedder::close);
            deleteTree(work);
        }
    }

    /**
     * Builds, indexes and scores the evaluation set of {@code shared}, using {@code work} for files, with
     * semantic re-ranking when {@code embedder} is given.
     */
    public static RelevanceEvaluation.Report evaluate(Path shared, Path work, Optional<SentenceEmbedder> embedder)
            throws IOException {
        Path corpus = work.resolve("corpus");
        EvalCorpus.copyWithoutTitles(shared.resolve("corpus/office-support"), corpus);
        IndexBuilder builder = embedder.map(IndexBuilder::withMeaning).orElseGet(IndexBuilder::new);
        try (LiveIndex index = LiveIndex.open(corpus, work.resolve("index"), Duration.ofDays(1), builder)) {
            RelevanceEvaluation evaluation = new RelevanceEvaluation(
                    new SuggestService(index, QueryAnalysis.analyzer(Optional.empty()), embedder));
            return evaluation.run(
                    EvalQuery.read(shared.resolve("eval/dev-queries.jsonl")),
                    EvalQuery.read(shared.resolve("eval/dev-paraphrases.jsonl")));
        }
    }

    static void print(RelevanceEvaluation.Report report) {
        System.out.println("track      rows   MRR@10 R@1    R@5    R@10");
        report.scores().values().forEach(System.out::println);
        List<Long> took = new ArrayList<>(report.tookMs());
        Collections.sort(took);
        System.out.printf(
                Locale.ROOT,
                "suggest tookMs over %d queries: median %d, p99 %d"
                        + " (one pass in a fresh JVM, so JIT warm-up included; bench/load times a warmed server)%n",
                took.size(),
                took.get(took.size() / 2),
                took.get((int) Math.ceil(took.size() * 0.99) - 1));
        System.out.println();
        System.out.println("Twenty worst misses (rank 0 = not in the first ten):");
        for (RelevanceEvaluation.Miss miss :
                report.misses().subList(0, Math.min(20, report.misses().size()))) {
            String query = (miss.title() + " | " + miss.description()).strip();
            System.out.printf(
                    Locale.ROOT,
                    "%-10s rank %2d  %s%n           expected %s%n           first    %s%n",
                    miss.track(),
                    miss.rank(),
                    query.length() > 110 ? query.substring(0, 110) + "…" : query,
                    miss.expected(),
                    miss.first());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
