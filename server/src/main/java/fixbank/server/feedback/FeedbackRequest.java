package fixbank.server.feedback;

import fixbank.server.recording.ClientId;
import fixbank.server.validation.InvalidRequestException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Did this solve your problem?" as a reader answers it.
 *
 * @param version the article version the reader read; empty means the one served now
 * @param journey the draft ticket the article was opened from, if any
 * @param search the search the article was opened from, if any
 */
public record FeedbackRequest(
        String articleId,
        boolean helpful,
        Optional<Reason> reason,
        String comment,
        Optional<String> version,
        Optional<ClientId> journey,
        Optional<ClientId> search) {

    public static final int MAX_COMMENT_CHARS = 1_000;
    private static final int VERSION_CHARS = 16;

    public FeedbackRequest {
        if (articleId.isBlank()) {
            throw new InvalidRequestException("articleId", "articleId is required");
        }
        if (helpful && reason.isPresent()) {
            throw new InvalidRequestException("reason", "a reason is given only with helpful: false");
        }
        comment = comment.strip();
        if (comment.length() > MAX_COMMENT_CHARS) {
            throw new InvalidRequestException(
                    "comment", "comment must be at most " + MAX_COMMENT_CHARS + " characters");
        }
        version.ifPresent(v -> {
            if (!v.matches("[0-9a-f]{" + VERSION_CHARS + "}")) {
                throw new InvalidRequestException(
                        "version", "version must be the article's version as the API gives it");
            }
        });
    }

    /**
     * The reason in {@code key}, or empty for none.
     *
     * @throws InvalidRequestException listing the reasons there are, when {@code key} is not one of them
     */
    public static Optional<Reason> reason(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(key)
                .orElseThrow(() -> new InvalidRequestException(
                        "reason",
                        "reason must be one of "
                                + Arrays.stream(Reason.values())
                                        .map(Reason::key)
                                        .collect(Collectors.joining(", ")))));
    }
}
