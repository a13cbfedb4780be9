package fixbank.indexer.build;

import fixbank.indexer.article.ArticleProblem;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one indexer run. {@code skipped} counts files left out because of problems; each problem
 * is listed in {@code problems}.
 */
public record IndexReport(
        int added,
        int updated,
        int deleted,
        int unchanged,
        int skipped,
        List<ArticleProblem> problems,
        double seconds) {

    public IndexReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return skipped == 0 && problems.isEmpty();
    }

    public boolean changedIndex() {
        return added + updated + deleted > 0;
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "added %d, updated %d, deleted %d, skipped %d, unchanged %d in %.2f s",
                added,
                updated,
                deleted,
                skipped,
                unchanged,
                seconds);
    }
}
