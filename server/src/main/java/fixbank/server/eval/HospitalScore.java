package fixbank.server.eval;

import fixbank.server.eval.HospitalTicket.Style;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one caller fared with one track of the hospital tickets: ranks over the tickets it is scored on,
 * overall and per style, and what it was offered for the tickets no article fits.
 *
 * @param medianRightTopScore the median score of the first suggestion on tickets answered right (expected
 *     article first), NaN when there are none: the yardstick for how confident a suggestion looks
 */
public record HospitalScore(
        HospitalCaller caller,
        HospitalTrack track,
        RankMetrics overall,
        Map<Style, RankMetrics> byStyle,
        double medianRightTopScore,
        List<NoMatch> noMatches,
        List<Miss> misses,
        Cutoff cutoff) {

    public HospitalScore {
        // In style order, as EnumMap keeps it.
        byStyle = Collections.unmodifiableMap(byStyle.isEmpty() ? new EnumMap<>(Style.class) : new EnumMap<>(byStyle));
        noMatches = List.copyOf(noMatches);
        misses = List.copyOf(misses);
    }

    /** An answerable ticket whose expected article did not come first: its rank (0 = not in the ten) and what did. */
    public record Miss(String title, int rank, List<String> expected, String topId) {}

    /**
     * What the default confidence cut-off does: of the tickets no article fits, how many would still be shown
     * a suggestion; of the tickets whose expected article came first, how many would lose it.
     */
    public record Cutoff(float minConfidence, int noMatchShown, int noMatches, int rightWithheld, int right) {}

    /** A ticket no article fits, and what suggest offered anyway: how many, and the first one. */
    public record NoMatch(String title, int returned, String topId, float topScore, float topConfidence) {

        /** The first suggestion's score as a share of {@code medianRightTopScore}; 0 when nothing came back. */
        public double share(double medianRightTopScore) {
            return returned == 0 ? 0 : topScore / medianRightTopScore;
        }
    }
}
