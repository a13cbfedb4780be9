package fixbank.server.eval;

import fixbank.server.access.Caller;
import fixbank.server.config.SearchSettings;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestResult;
import fixbank.server.suggest.SuggestService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends known-item queries through {@link SuggestService}, the code behind {@code POST /api/suggest}, and
 * scores where the expected article lands in the first ten.
 */
public final class RelevanceEvaluation {

    /** A query whose article came late or not at all, and what came first instead. */
    public record Miss(Track track, String title, String description, String expected, int rank, String first) {}

    /** Scores per track, and every miss (rank other than 1), worst first. */
    public record Report(Map<Track, TrackScore> scores, List<Miss> misses, List<Long> tookMs) {}

    private final SuggestService suggest;

    public RelevanceEvaluation(SuggestService suggest) {
        this.suggest = suggest;
    }

    public Report run(List<EvalQuery> queries, List<EvalQuery> paraphrases) throws IOException {
        Map<Track, TrackScore> scores = new EnumMap<>(Track.class);
        List<Miss> misses = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        for (Track track : Track.values()) {
            List<EvalQuery> rows = track == Track.PARAPHRASE ? paraphrases : queries;
            List<Integer> ranks = new ArrayList<>(rows.size());
            int right = 0;
            int rightWithheld = 0;
            for (EvalQuery row : rows) {
                String[] fields = track.fieldsOf(row);
                SuggestResult result = suggest.suggest(new SuggestRequest(fields[0], fields[1], 10), Caller.ANONYMOUS);
                took.add(result.tookMs());
                int rank = RankMetrics.rank(result.suggestions(), List.of(row.expected()));
                ranks.add(rank);
                if (rank == 1) {
                    right++;
                    rightWithheld +=
                            result.suggestions().get(0).confidence() < SearchSettings.DEFAULT_MIN_CONFIDENCE ? 1 : 0;
                } else {
                    String first = result.suggestions().isEmpty()
                            ? "(nothing)"
                            : result.suggestions().get(0).id();
                    misses.add(new Miss(track, fields[0], fields[1], row.expected(), rank, first));
                }
            }
            scores.put(track, new TrackScore(track, RankMetrics.of(ranks), rightWithheld, right));
        }
        misses.sort(Comparator.comparingInt((Miss m) -> m.rank() == 0 ? Integer.MAX_VALUE : m.rank())
                .reversed());
        return new Report(scores, misses, took);
    }
}
