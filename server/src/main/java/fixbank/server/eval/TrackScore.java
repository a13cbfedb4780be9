package fixbank.server.eval;

import java.util.Locale;

/** MRR@10 and Recall@1, @5 and @10 of one track, over {@code queries} rows. */
public record TrackScore(Track track, int queries, double mrr, double recall1, double recall5, double recall10) {

    /** Scores a list of ranks, 1-based, 0 where the expected article was not in the first ten. */
    static TrackScore of(Track track, int[] ranks) {
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
        double n = Math.max(1, ranks.length);
        return new TrackScore(track, ranks.length, mrr / n, r1 / n, r5 / n, r10 / n);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "%-10s %5d  %.3f  %.3f  %.3f  %.3f", track, queries, mrr, recall1, recall5, recall10);
    }
}
