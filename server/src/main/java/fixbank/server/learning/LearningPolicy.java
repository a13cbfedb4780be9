package fixbank.server.learning;

import java.time.Duration;

/**
 * How much a taught word counts. One person's vote gives a word {@link #ANONYMOUS_VOTE} (a signed-in staff
 * member's {@link #STAFF_VOTE}); votes add up to 1 at most, and anonymous votes together to
 * {@link #ANONYMOUS_CAP} at most, so a burst of anonymous votes cannot make a word count fully. A vote's
 * weight halves every {@link #HALF_LIFE}. Each vote teaches at most {@link #WORDS_PER_VOTE} words and each
 * article keeps its newest {@link #WORDS_PER_ARTICLE} rows (a vote at the boundary keeps all its words): a few
 * hundred words, newest first.
 */
final class LearningPolicy {

    static final float ANONYMOUS_VOTE = 0.25f;
    static final float STAFF_VOTE = 0.5f;
    static final float ANONYMOUS_CAP = 0.5f;
    static final Duration HALF_LIFE = Duration.ofDays(90);
    static final int WORDS_PER_VOTE = 16;
    static final int WORDS_PER_ARTICLE = 300;

    private LearningPolicy() {}

    /** The weight of a vote taught {@code ageMillis} ago. */
    static float weight(boolean staff, long ageMillis) {
        double halvings = Math.max(0, ageMillis) / (double) HALF_LIFE.toMillis();
        return (float) ((staff ? STAFF_VOTE : ANONYMOUS_VOTE) * Math.pow(0.5, halvings));
    }

    /** A word's strength from its staff and anonymous votes' weights, summed apart. */
    static float strength(float staffWeight, float anonymousWeight) {
        return Math.min(1f, staffWeight + Math.min(ANONYMOUS_CAP, anonymousWeight));
    }
}
