package fixbank.server.feedback;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Feedback as stored, for the answer to the reader.
 *
 * @param reason the reason's key, or null for none
 * @param replaced whether it took the place of the same reader's earlier answer on this article version
 */
public record FeedbackReceipt(
        String articleId,
        String version,
        boolean helpful,
        @JsonInclude(JsonInclude.Include.ALWAYS) String reason,
        @JsonIgnore boolean replaced) {}
