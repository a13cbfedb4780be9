package fixbank.server.suggest;

import fixbank.server.why.QueryWord;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * How likely a suggestion is to be the fix for the ticket, from 0 to 1: a logistic function of two things
 * the word ranking knows, neither of them a raw Lucene score (whose scale grows with the ticket's length and
 * the bank's size).
 *
 * <ul>
 *   <li><b>strength</b>: the article's word score as a share of what the ticket's words could score, their
 *       informativeness summed (each typed word counted once, by its best form; a word no article holds or
 *       resembles at a quarter of the rarest word's) times {@link #FULL_MATCH}, the score of a word matched in
 *       a title with a typical term frequency. A long ticket has many words no fix holds all of, so the share
 *       is scaled by the square root of the number of words, over ten;
 *   <li><b>lead</b>: how far the article scores above the next one down, as a share of its own score. A fix
 *       that fits stands out; when a ticket fits nothing, several articles match a word or two each, about
 *       equally. A lone match leads by default, so the lead counts in full only once the strength is a
 *       sixth or more.
 * </ul>
 *
 * <p>{@code confidence = 1 / (1 + exp(-(9.44 * (2 * strength + lead * min(1, 6 * strength)) - 4.84)))}, fitted by
 * logistic regression on the hospital dev tickets (both callers, title+description and title only, bundled
 * and mixed banks; 460 first suggestions, "right" when the expected article came first): of first suggestions
 * given 0.9 or more, 98% were right; 0.8 to 0.9, 87%; 0.5 to 0.6, 57%; under 0.1, 6%. Down a list, confidence
 * never rises: a later suggestion is shown only if every one above it is.
 */
final class Confidence {

    static final float FULL_MATCH = 5.5f;
    private static final double SLOPE = 9.44;
    private static final double OFFSET = -4.84;
    private static final double TYPICAL_WORDS = 10;
    /** A typed word no article holds counts this share of its informativeness in what could be scored. */
    private static final float UNKNOWN_SHARE = 0.25f;
    /** The lead counts fully once the strength reaches 1 / this; a lone weak match leads nobody. */
    private static final double LEAD_NEEDS_STRENGTH = 6;

    private Confidence() {}

    /** The confidence of each of {@code hits}, by document, given what {@code words} could score together. */
    static Map<Integer, Float> of(ScoreDoc[] hits, List<QueryWord> words, List<QueryWord> unknown) {
        Map<String, Float> byTyped = informativenessByTyped(words);
        for (QueryWord word : unknown) {
            byTyped.merge(word.typed().toLowerCase(Locale.ROOT), UNKNOWN_SHARE * word.informativeness(), Math::max);
        }
        float possible = possibleScore(byTyped);
        double length = Math.sqrt(Math.max(1, byTyped.size()) / TYPICAL_WORDS);
        Map<Integer, Float> confidence = new HashMap<>();
        float above = 1;
        for (int i = 0; i < hits.length; i++) {
            float score = hits[i].score;
            float next = i + 1 < hits.length ? hits[i + 1].score : 0;
            float value = 0;
            if (possible > 0 && score > 0) {
                double strength = length * score / possible;
                double lead = (score - next) / score;
                value = logistic(2 * strength + lead * Math.min(1, LEAD_NEEDS_STRENGTH * strength));
            }
            above = Math.min(above, value);
            confidence.put(hits[i].doc, above);
        }
        return confidence;
    }

    /** Each typed word once, by its most informative form. */
    private static Map<String, Float> informativenessByTyped(List<QueryWord> words) {
        Map<String, Float> byTyped = new HashMap<>();
        for (QueryWord word : words) {
            byTyped.merge(word.typed().toLowerCase(Locale.ROOT), word.informativeness(), Math::max);
        }
        return byTyped;
    }

    /** What the typed words could score together: their informativeness times the score of a full match. */
    private static float possibleScore(Map<String, Float> byTyped) {
        float sum = 0;
        for (float informativeness : byTyped.values()) {
            sum += informativeness;
        }
        return sum * FULL_MATCH;
    }

    private static float logistic(double z) {
        return (float) (1 / (1 + Math.exp(-(SLOPE * z + OFFSET))));
    }
}
