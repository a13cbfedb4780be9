package fixbank.server.suggest;

import fixbank.server.units.UnitName;
import fixbank.server.validation.InvalidRequestException;
import java.util.Optional;

/**
 * A draft ticket as a ticketing system sends it while it is typed. Either part may be empty, not both.
 * Overlong text is cut rather than refused: a pasted log should still find the fix its first lines describe.
 * With {@code explain}, each suggestion says why it was chosen; with a {@code unit}, the articles for the
 * caller's unit are preferred (see {@link UnitPreference}).
 */
public record SuggestRequest(String title, String description, int limit, boolean explain, Optional<UnitName> unit) {

    public static final int MAX_TITLE_CHARS = 500;
    public static final int MAX_DESCRIPTION_CHARS = 8_000;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;

    public SuggestRequest {
        title = cut(title, MAX_TITLE_CHARS);
        description = cut(description, MAX_DESCRIPTION_CHARS);
        if (title.isBlank() && description.isBlank()) {
            throw new InvalidRequestException("title", "give a title or a description to suggest articles for");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A request from no particular unit, without the explanation of each suggestion. */
    public SuggestRequest(String title, String description, int limit) {
        this(title, description, limit, false, Optional.empty());
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
    }
}
