package fixbank.server.eval;

import java.util.Locale;

/** How the known-item rows of one track ranked. */
public record TrackScore(Track track, RankMetrics metrics) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-10s %s", track, metrics.columns());
    }
}
