package fixbank.server.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps suggestion relevance on the shared dev set from sliding: every track's MRR@10 must stay within the
 * tolerance of {@code relevance-baseline.properties}. Skips when {@code ../shared} is absent.
 */
class RelevanceRegressionTest {

    @TempDir
    Path temp;

    @Test
    void noTrackFallsBelowItsBaseline() throws Exception {
        Path shared = shared();
        RelevanceEvaluation.Report report = EvaluateRelevance.evaluate(shared, temp, Optional.empty());
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/relevance-baseline.properties")) {
            baseline.load(in);
        }
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));
        List<String> slid = new ArrayList<>();
        for (TrackScore score : report.scores().values()) {
            double expected =
                    Double.parseDouble(baseline.getProperty(score.track().name()));
            if (score.metrics().mrr() < expected - tolerance) {
                slid.add(score.track() + " MRR@10 "
                        + String.format("%.3f", score.metrics().mrr()) + " < baseline " + expected);
            }
        }
        assertTrue(slid.isEmpty(), String.join("; ", slid));
    }

    private static Path shared() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("articles"))) {
            dir = dir.getParent();
        }
        Path shared =
                dir == null || dir.getParent() == null ? null : dir.getParent().resolve("shared");
        assumeTrue(
                shared != null
                        && Files.isDirectory(shared.resolve("eval"))
                        && Files.isDirectory(shared.resolve("corpus/office-support")),
                "../shared is absent");
        return shared;
    }
}
