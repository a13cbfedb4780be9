package fixbank.server.eval;

import java.util.Locale;

/**
 * How the known-item rows of one track ranked, and of those whose article came first, how many the default
 * confidence cut-off would withhold.
 */
public record TrackScore(Track track, RankMetrics metrics, int rightWithheld, int right) {

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%-10s %s   cut-off withholds %d of %d right first",
                track,
                metrics.columns(),
                rightWithheld,
                right);
    }
}
