package fixbank.server.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The suggestions for one draft ticket, best first, and the time the server spent finding them; the confidence
 * under which suggestions are withheld, how many were, and a message for the person when none is left.
 */
public record SuggestResult(
        List<Suggestion> suggestions,
        long tookMs,
        float minConfidence,
        int withheld,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

    static final String NO_KNOWN_FIX = "No known fix matches this ticket well enough yet: send it to the service desk.";

    public SuggestResult {
        suggestions = List.copyOf(suggestions);
    }

    SuggestResult(List<Suggestion> suggestions, long tookMs, float minConfidence, int withheld) {
        this(suggestions, tookMs, minConfidence, withheld, suggestions.isEmpty() ? NO_KNOWN_FIX : null);
    }
}
