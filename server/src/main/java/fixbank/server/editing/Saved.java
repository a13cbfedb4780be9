package fixbank.server.editing;

/**
 * What a write left behind: the revision's id, its new version (for the next {@code If-Match}), its status,
 * and whether it is a change waiting beside a published article.
 */
public record Saved(String id, String version, String status, boolean change) {}
