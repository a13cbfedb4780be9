package fixbank.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the staff tokens come from; without either, every caller is anonymous.
 *
 * @param tokensFile a file of {@code TOKEN ROLE [name]} lines
 * @param inlineTokens {@code TOKEN:ROLE[:name]} entries separated by commas, read from the environment only
 */
public record AccessSettings(Optional<Path> tokensFile, Optional<String> inlineTokens) {

    /** Tokens given inline, as {@code FIXBANK_TOKENS} gives them. */
    public static AccessSettings inline(String tokens) {
        return new AccessSettings(Optional.empty(), Optional.of(tokens));
    }
}
