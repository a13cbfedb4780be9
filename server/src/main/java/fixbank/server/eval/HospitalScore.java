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
        List<NoMatch> noMatches) {

    public HospitalScore {
        // In style order, as EnumMap keeps it.
        byStyle = Collections.unmodifiableMap(byStyle.isEmpty() ? new EnumMap<>(Style.class) : new EnumMap<>(byStyle));
        noMatches = List.copyOf(noMatches);
    }

    /** A ticket no article fits, and what suggest offered anyway: how many, and the first one. */
    public record NoMatch(String title, int returned, String topId, float topScore) {

        /** The first suggestion's score as a share of {@code medianRightTopScore}; 0 when nothing came back. */
        public double share(double medianRightTopScore) {
            return returned == 0 ? 0 : topScore / medianRightTopScore;
        }
    }
}
