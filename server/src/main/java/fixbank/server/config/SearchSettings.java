package fixbank.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How searches and suggestions read and rank words.
 *
 * @param synonyms a synonym file in place of the bundled one
 * @param semantic whether suggestions are also re-ranked by meaning (the index then holds meaning vectors)
 */
public record SearchSettings(Optional<Path> synonyms, boolean semantic) {

    public SearchSettings withSemantic(boolean on) {
        return new SearchSettings(synonyms, on);
    }
}
