package fixbank.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How searches and suggestions read and rank words.
 *
 * @param synonyms a synonym file in place of the bundled one
 * @param semantic whether suggestions are also re-ranked by meaning (the index then holds meaning vectors)
 * @param suggestMinConfidence the confidence under which suggestions are withheld, 0 for none
 * @param warmUp whether the server runs suggestions and searches of its own before it says it is ready
 */
public record SearchSettings(Optional<Path> synonyms, boolean semantic, float suggestMinConfidence, boolean warmUp) {

    /**
     * The default cut-off, chosen on the hospital dev tickets (title and description, bundled and mixed banks):
     * at most one of the eight tickets no article fits is shown a suggestion, and under 3% of the tickets
     * whose right article came first lose it.
     */
    public static final float DEFAULT_MIN_CONFIDENCE = 0.58f;

    public SearchSettings withSemantic(boolean on) {
        return new SearchSettings(synonyms, on, suggestMinConfidence, warmUp);
    }

    public SearchSettings withSuggestMinConfidence(float minConfidence) {
        return new SearchSettings(synonyms, semantic, minConfidence, warmUp);
    }

    public SearchSettings withWarmUp(boolean on) {
        return new SearchSettings(synonyms, semantic, suggestMinConfidence, on);
    }
}
