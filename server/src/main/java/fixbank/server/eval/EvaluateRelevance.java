package fixbank.server.eval;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.index.LiveIndex;
import fixbank.server.learning.LearnedEvidence;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestService;
import fixbank.server.suggest.TicketSentences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * The relevance evaluation command: {@code java -cp server/target/fixbank-server.jar
 * fixbank.server.eval.EvaluateRelevance [--semantic] [--hospital-only] [--articles DIR] [SHARED_DIR]}.
 *
 * <ul>
 *   <li>Office support: builds the evaluation corpus from {@code SHARED_DIR/corpus/office-support} (default
 *       {@code ../shared}), indexes it, sends {@code SHARED_DIR/eval/dev-queries.jsonl} and {@code
 *       dev-paraphrases.jsonl} through suggest, and prints MRR@10 and Recall@1/5/10 per track and the twenty
 *       worst misses.
 *   <li>Hospital tickets: indexes the bundled articles ({@code --articles}, default {@code articles}) as they
 *       are, sends {@code SHARED_DIR/eval/dev-hospital-tickets.jsonl} through suggest and prints the scores
 *       per caller, track and style, what came back for the tickets no article fits, and every miss; then
 *       the same against the mixed bank of the bundled articles and the Office corpus.
 * </ul>
 *
 * <p>With {@code --semantic} the indexes hold meaning vectors and suggest re-ranks by them, as the server
 * does with {@code --semantic on}; embedding the Office corpus adds about a minute.
 */
public final class EvaluateRelevance {

    private EvaluateRelevance() {}

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean semantic = arguments.remove("--semantic");
        boolean hospitalOnly = arguments.remove("--hospital-only");
        Path articles = Path.of("articles");
        int at = arguments.indexOf("--articles");
        if (at >= 0) {
            if (at + 1 == arguments.size()) {
                throw new IllegalArgumentException("--articles needs a folder");
            }
            articles = Path.of(arguments.remove(at + 1));
            arguments.remove(at);
        }
        Path shared = Path.of(arguments.isEmpty() ? "../shared" : arguments.get(0));
        Path work = Files.createTempDirectory("fixbank-eval");
        Optional<SentenceEmbedder> embedder = semantic ? Optional.of(SentenceEmbedder.load()) : Optional.empty();
        try {
            if (!hospitalOnly) {
                print(evaluate(shared, work.resolve("office"), embedder));
                System.out.println();
            }
            List<HospitalScore> hospital = evaluateHospital(shared, articles, work.resolve("hospital"), embedder);
            HospitalReport.print("the bundled articles", hospital, System.out);
            HospitalReport.printMisses(hospital, System.out);
            System.out.println();
            SearchAgreement.print(searchAgreement(shared, articles, work.resolve("search")), System.out);
            System.out.println();
            List<HospitalScore> mixed = evaluateMixedHospital(shared, articles, work.resolve("mixed"), embedder);
            HospitalReport.print("the bundled articles and the Office corpus in one bank", mixed, System.out);
            HospitalReport.printMisses(mixed, System.out);
        } finally {
            embedder.ifPresent(SentenceEmbedder::close);
            deleteTree(work);
        }
    }

    /**
     * Builds, indexes and scores the Office support evaluation set of {@code shared}, using {@code work} for
     * files, with semantic re-ranking when {@code embedder} is given.
     */
    public static RelevanceEvaluation.Report evaluate(Path shared, Path work, Optional<SentenceEmbedder> embedder)
            throws IOException {
        Path corpus = work.resolve("corpus");
        EvalCorpus.copyWithoutTitles(shared.resolve("corpus/office-support"), corpus);
        try (LiveIndex index = LiveIndex.open(corpus, work.resolve("index"), Duration.ofDays(1), builder(embedder))) {
            RelevanceEvaluation evaluation = new RelevanceEvaluation(suggest(index, embedder));
            return evaluation.run(
                    EvalQuery.read(shared.resolve("eval/dev-queries.jsonl")),
                    EvalQuery.read(shared.resolve("eval/dev-paraphrases.jsonl")));
        }
    }

    /**
     * Indexes {@code articles} (the bundled knowledge bank) as it is, into {@code work}, and scores the
     * hospital tickets of {@code shared} against it, with semantic re-ranking when {@code embedder} is given.
     */
    public static List<HospitalScore> evaluateHospital(
            Path shared, Path articles, Path work, Optional<SentenceEmbedder> embedder) throws IOException {
        try (LiveIndex index = LiveIndex.open(articles, work.resolve("index"), Duration.ofDays(1), builder(embedder))) {
            return new HospitalEvaluation(suggest(index, embedder))
                    .run(HospitalTicket.read(shared.resolve("eval/dev-hospital-tickets.jsonl")));
        }
    }

    /**
     * The harder variant: scores the hospital tickets against one knowledge bank holding {@code articles} at
     * its top and the Office support corpus of {@code shared} under {@code office-support/}, built in
     * {@code work}, so the expected ids stay as they are while 2,448 Office articles compete with them.
     */
    public static List<HospitalScore> evaluateMixedHospital(
            Path shared, Path articles, Path work, Optional<SentenceEmbedder> embedder) throws IOException {
        Path bank = work.resolve("bank");
        copyTree(articles, bank);
        copyTree(shared.resolve("corpus/office-support"), bank.resolve("office-support"));
        return evaluateHospital(shared, bank, work, embedder);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    /** The hospital tickets typed into the search box, read as plain words and as sentences. */
    static List<SearchAgreement.Agreement> searchAgreement(Path shared, Path articles, Path work) throws IOException {
        Analyzer analyzer = QueryAnalysis.analyzer(Optional.empty());
        try (LiveIndex index =
                LiveIndex.open(articles, work.resolve("index"), Duration.ofDays(1), new IndexBuilder())) {
            SearchAgreement agreement = new SearchAgreement(suggest(index, Optional.empty()));
            List<HospitalTicket> tickets = HospitalTicket.read(shared.resolve("eval/dev-hospital-tickets.jsonl"));
            List<SearchAgreement.Agreement> agreements = new ArrayList<>();
            for (HospitalTrack track : HospitalTrack.values()) {
                agreements.add(
                        agreement.measure("plain words only", new SearchService(index, analyzer), track, tickets));
                agreements.add(agreement.measure(
                        "sentences as tickets",
                        new SearchService(index, analyzer, new TicketSentences(analyzer)),
                        track,
                        tickets));
            }
            return agreements;
        }
    }

    private static IndexBuilder builder(Optional<SentenceEmbedder> embedder) {
        return embedder.map(IndexBuilder::withMeaning).orElseGet(IndexBuilder::new);
    }

    private static SuggestService suggest(LiveIndex index, Optional<SentenceEmbedder> embedder) throws IOException {
        return new SuggestService(index, QueryAnalysis.analyzer(Optional.empty()), embedder, 0, LearnedEvidence.none());
    }

    static void print(RelevanceEvaluation.Report report) {
        System.out.println("Office support known items (dev-queries.jsonl, dev-paraphrases.jsonl):");
        System.out.println("track     " + RankMetrics.HEADER);
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

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
