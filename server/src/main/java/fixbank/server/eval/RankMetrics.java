package fixbank.server.eval;

import fixbank.server.suggest.Suggestion;
import java.util.List;
import java.util.Locale;

/**
 * MRR@10 and Recall@1, @5 and @10 over {@code queries} rows, from the rank of each row's expected article:
 * 1-based, 0 when it was not in the first ten.
 */
public record RankMetrics(int queries, double mrr, double recall1, double recall5, double recall10) {

    /** The header of {@link #columns()}. */
    static final String HEADER = " rows   MRR@10 R@1    R@5    R@10";

    static RankMetrics of(List<Integer> ranks) {
        double mrr = 0;
        int r1 = 0;
        int r5 = 0;
        int r10 = 0;
        for (int rank : ranks) {
            if (rank > 0 && rank <= 10) {
                mrr += 1.0 / rank;
                r10++;
                r5 += rank <= 5 ? 1 : 0;
                r1 += rank == 1 ? 1 : 0;
            }
        }
        double n = Math.max(1, ranks.size());
        return new RankMetrics(ranks.size(), mrr / n, r1 / n, r5 / n, r10 / n);
    }

    /** The 1-based place of the first of {@code expected} among {@code suggestions}, 0 when none is there. */
    static int rank(List<Suggestion> suggestions, List<String> expected) {
        for (int i = 0; i < suggestions.size(); i++) {
            if (expected.contains(suggestions.get(i).id())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Rows, MRR@10, R@1, R@5 and R@10 in fixed-width columns, three decimals. */
    String columns() {
        return String.format(Locale.ROOT, "%5d  %.3f  %.3f  %.3f  %.3f", queries, mrr, recall1, recall5, recall10);
    }
}
