package fixbank.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fixbank.indexer.semantic.SentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps suggestion relevance on the shared dev sets where it is best: MRR@10 and Recall@1 of every track,
 * by words alone and with meaning, on the Office support known items and on the hospital tickets, must stay
 * within the tolerance of their line in {@code relevance-baseline.properties}. Falling below is a
 * regression; rising above means the line must be raised to the new value. Skips when {@code ../shared} is
 * absent.
 */
class RelevanceRegressionTest {

    private static final String WORDS = "words";
    private static final String SEMANTIC = "semantic";
    private static final String MIXED = "mixed.words";

    @TempDir
    Path temp;

    /** Loaded by the first test that needs it, so that skipped tests load nothing. */
    private static SentenceEmbedder embedder;

    private static Optional<SentenceEmbedder> meaning() {
        if (embedder == null) {
            embedder = SentenceEmbedder.load();
        }
        return Optional.of(embedder);
    }

    @AfterAll
    static void closeEmbedder() {
        if (embedder != null) {
            embedder.close();
        }
    }

    @Test
    void officeTracksByWordsHoldTheirBaseline() throws Exception {
        RelevanceEvaluation.Report report = EvaluateRelevance.evaluate(shared(true), temp, Optional.empty());
        RelevanceBaseline.load().assertHeld(office(WORDS, report));
    }

    /** Embedding the 2,448 articles takes about 45 seconds on two cores. */
    @Test
    void officeTracksWithMeaningHoldTheirBaseline() throws Exception {
        RelevanceEvaluation.Report report = EvaluateRelevance.evaluate(shared(true), temp, meaning());
        RelevanceBaseline.load().assertHeld(office(SEMANTIC, report));
    }

    @Test
    void hospitalTicketsByWordsHoldTheirBaseline() throws Exception {
        RelevanceBaseline.load()
                .assertHeld(hospital(
                        WORDS, EvaluateRelevance.evaluateHospital(shared(false), articles(), temp, Optional.empty())));
    }

    /** The harder variant: the same tickets against the bundled articles and the Office corpus in one bank. */
    @Test
    void hospitalTicketsInTheMixedBankHoldTheirBaseline() throws Exception {
        RelevanceBaseline.load()
                .assertHeld(hospital(
                        MIXED,
                        EvaluateRelevance.evaluateMixedHospital(shared(true), articles(), temp, Optional.empty())));
    }

    @Test
    void hospitalTicketsWithMeaningHoldTheirBaseline() throws Exception {
        RelevanceBaseline.load()
                .assertHeld(hospital(
                        SEMANTIC, EvaluateRelevance.evaluateHospital(shared(false), articles(), temp, meaning())));
    }

    @Test
    void everyBaselineLineIsAMetricTheseTestsMeasure() {
        TreeSet<String> measured = new TreeSet<>();
        for (String mode : new String[] {WORDS, SEMANTIC, MIXED}) {
            for (Track track : Track.values()) {
                for (String metric : new String[] {"mrr", "r1"}) {
                    if (!mode.equals(MIXED)) {
                        measured.add(officeKey(mode, track, metric));
                    }
                }
            }
            for (HospitalCaller caller : HospitalCaller.values()) {
                for (HospitalTrack track : HospitalTrack.values()) {
                    for (String metric : new String[] {"mrr", "r1"}) {
                        measured.add(hospitalKey(mode, caller, track, metric));
                    }
                }
            }
        }
        Set<String> lines = RelevanceBaseline.load().keys();
        Set<String> unmeasured = new TreeSet<>(lines);
        unmeasured.removeAll(measured);
        Set<String> unbounded = new TreeSet<>(measured);
        unbounded.removeAll(lines);
        assertEquals(Set.of(), unmeasured, "lines no test measures");
        assertEquals(Set.of(), unbounded, "metrics without a line");
    }

    private static Map<String, Double> office(String mode, RelevanceEvaluation.Report report) {
        Map<String, Double> metrics = new TreeMap<>();
        for (TrackScore score : report.scores().values()) {
            metrics.put(officeKey(mode, score.track(), "mrr"), score.metrics().mrr());
            metrics.put(officeKey(mode, score.track(), "r1"), score.metrics().recall1());
        }
        print(metrics);
        return metrics;
    }

    private static Map<String, Double> hospital(String mode, Iterable<HospitalScore> scores) {
        Map<String, Double> metrics = new TreeMap<>();
        for (HospitalScore score : scores) {
            metrics.put(
                    hospitalKey(mode, score.caller(), score.track(), "mrr"),
                    score.overall().mrr());
            metrics.put(
                    hospitalKey(mode, score.caller(), score.track(), "r1"),
                    score.overall().recall1());
        }
        print(metrics);
        return metrics;
    }

    private static String officeKey(String mode, Track track, String metric) {
        return mode + "." + track + "." + metric;
    }

    private static String hospitalKey(String mode, HospitalCaller caller, HospitalTrack track, String metric) {
        return "hospital." + mode + "." + caller.key() + "." + track + "." + metric;
    }

    /** What was measured, in the file's format, so raising a line is a copy. */
    private static void print(Map<String, Double> metrics) {
        metrics.forEach((key, value) -> System.out.printf(Locale.ROOT, "%s=%.3f%n", key, value));
    }

    /** The repository's bundled articles, which the hospital tickets are labelled against. */
    private static Path articles() {
        return repositoryRoot().resolve("articles");
    }

    private static Path shared(boolean needsCorpus) {
        Path root = repositoryRoot();
        Path shared = root.getParent() == null ? null : root.getParent().resolve("shared");
        assumeTrue(
                shared != null
                        && Files.isDirectory(shared.resolve("eval"))
                        && (!needsCorpus || Files.isDirectory(shared.resolve("corpus/office-support"))),
                "../shared is absent");
        return shared;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("articles"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no articles folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
