package fixbank.server.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fixbank.server.why.Why;

/**
 * A known fix for a draft ticket; {@code snippet} is escaped HTML with {@code <mark>} around matches, {@code href}
 * the address of its page, {@code version} the article version shown (feedback is counted by it), {@code status}
 * whether it is published or still a draft or in review (staff only see those), {@code confidence} how likely
 * it is to fix the ticket (see {@link Confidence}) and {@code why} why it was chosen, when asked for.
 */
public record Suggestion(
        String id,
        String title,
        String summary,
        String snippet,
        float score,
        String href,
        String version,
        String status,
        float confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Why why) {}
