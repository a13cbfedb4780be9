package fixbank.server.suggest;

/**
 * A known fix for a draft ticket; {@code snippet} is escaped HTML with {@code <mark>} around matches, {@code href}
 * the address of its page, {@code version} the article version shown (feedback is counted by it).
 */
public record Suggestion(
        String id, String title, String summary, String snippet, float score, String href, String version) {}
