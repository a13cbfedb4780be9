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
    /** A title alone says less than a ticket: on the dev tickets a fifth of right answers needed the description. */
    static final String NO_KNOWN_FIX_FOR_TITLE =
            "No known fix matches this title well enough yet: describe the problem, or send it to the service desk.";

    public SuggestResult {
        suggestions = List.copyOf(suggestions);
    }

    /** With a message when nothing is left: one asking for a description when {@code request} had none. */
    static SuggestResult of(
            SuggestRequest request, List<Suggestion> suggestions, long tookMs, float minConfidence, int withheld) {
        String message = null;
        if (suggestions.isEmpty()) {
            message = request.description().isBlank() ? NO_KNOWN_FIX_FOR_TITLE : NO_KNOWN_FIX;
        }
        return new SuggestResult(suggestions, tookMs, minConfidence, withheld, message);
    }
}
